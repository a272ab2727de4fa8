import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import {
  buildExportModel,
  type Block,
  type ExportModel,
  type Inline,
} from '../../../../shared/export-model';
import type { Thread } from '../../../../shared/document/fileSchema';
import { schema } from '../../../../shared/schema';
import {
  comment,
  del,
  fileFor,
  ins,
  np,
  p,
  richDocument,
  standardMasthead,
  t,
  thread,
} from '../../main/export/fixtures';

const { nodes } = schema;

function exportOf(blocks: Node[], threads: Thread[], options = { comments: true, changes: true }) {
  const doc = nodes.doc.create(null, [standardMasthead(), ...blocks]);
  return buildExportModel(doc, fileFor(doc, threads), options);
}

/** Every run of the body in order, flattened through quotes, lists, tables and actions. */
function bodyRuns(model: ExportModel): Inline[] {
  const out: Inline[] = [];
  const visit = (block: Block) => {
    if ('runs' in block) out.push(...block.runs);
    else if (block.kind === 'quote') block.paragraphs.forEach(visit);
    else if (block.kind === 'list') block.items.forEach((i) => i.content.forEach(visit));
    else if (block.kind === 'table')
      block.rows.forEach((r) => r.cells.forEach((c) => c.paragraphs.forEach(visit)));
    else block.fields.forEach((f) => f.paragraphs.forEach(visit));
  };
  [...(model.summary ?? []), ...model.body].forEach(visit);
  return out;
}

/** The words between a thread's start and end markers. */
function anchored(model: ExportModel, id: string): string | null {
  let inside = false;
  let seen = false;
  let text = '';
  for (const run of bodyRuns(model)) {
    if (run.kind === 'commentStart' && run.thread === id) inside = seen = true;
    else if (run.kind === 'commentEnd' && run.thread === id) inside = false;
    else if (inside && run.kind === 'text') text += run.text;
  }
  return seen ? text : null;
}

describe('comments in the export model', () => {
  it('anchors a thread on the marked words, across paragraphs when the mark spans them', () => {
    const model = exportOf(
      [
        np(0, t('The '), t('Assembly', comment('a')), t(' met.')),
        np(0, t('From ', comment('b'))),
        p(t('here', comment('b')), t(' on.')),
      ],
      [thread('a', [['Ana', 'Which?']]), thread('b', [['Ben', 'Long']])],
    );
    expect(anchored(model, 'a')).toBe('Assembly');
    expect(anchored(model, 'b')).toBe('From here');
    expect(model.threads.map((th) => th.id)).toEqual(['a', 'b']);
  });

  it('keeps replies in order and the resolved state of the thread', () => {
    const model = exportOf(
      [np(0, t('x', comment('a')))],
      [
        thread(
          'a',
          [
            ['Ana Ruiz', 'Q'],
            ['Ben Ode', 'A'],
          ],
          { status: 'resolved' },
        ),
      ],
    );
    expect(model.threads[0]).toMatchObject({
      resolved: true,
      detached: false,
      comments: [
        { author: 'Ana Ruiz', initials: 'AR', paragraphs: ['Q'] },
        { author: 'Ben Ode', initials: 'BO', paragraphs: ['A'] },
      ],
    });
  });

  it('places a detached thread at the start of its surviving block, quoting what it was about', () => {
    const kept = nodes.numbered_paragraph.create({ id: 'keep1' }, t('Survivor'));
    const model = exportOf(
      [np(0, t('First')), kept],
      [
        thread('gone', [['Cy', 'About old text\nsecond line']], {
          blockId: 'keep1',
          quote: 'old text',
        }),
      ],
    );
    const runs = model.body[1] && 'runs' in model.body[1] ? model.body[1].runs : [];
    expect(runs.slice(0, 2)).toEqual([
      { kind: 'commentStart', thread: 'gone' },
      { kind: 'commentEnd', thread: 'gone' },
    ]);
    expect(model.threads[0]).toMatchObject({
      detached: true,
      comments: [
        { paragraphs: ['Comment on deleted text: “old text”', 'About old text', 'second line'] },
      ],
    });
  });

  it('places a detached thread whose block is gone at the start of the body', () => {
    const model = exportOf(
      [np(0, t('First')), np(0, t('Second'))],
      [thread('gone', [['Cy', 'Hm']], { blockId: 'nowhere' })],
    );
    const first = model.body[0] && 'runs' in model.body[0] ? model.body[0].runs[0] : null;
    expect(first).toEqual({ kind: 'commentStart', thread: 'gone' });
  });

  it('leaves out threads without comments and marks without threads', () => {
    const model = exportOf(
      [np(0, t('x', comment('orphan')), t('y', comment('empty')))],
      [thread('empty', [])],
    );
    expect(model.threads).toEqual([]);
    expect(bodyRuns(model).filter((r) => r.kind !== 'text')).toEqual([]);
  });

  it('writes no markers or threads when comments are left out', () => {
    const { doc, file } = richDocument();
    const model = buildExportModel(doc, file, { comments: false, changes: true });
    expect(model.threads).toEqual([]);
    expect(bodyRuns(model).some((r) => r.kind === 'commentStart' || r.kind === 'commentEnd')).toBe(
      false,
    );
  });

  it('balances every start with an end, in the rich fixture', () => {
    const { doc, file } = richDocument();
    const model = buildExportModel(doc, file, { comments: true, changes: true });
    const starts = bodyRuns(model).filter((r) => r.kind === 'commentStart');
    const ends = bodyRuns(model).filter((r) => r.kind === 'commentEnd');
    expect(starts.map((r) => r.kind === 'commentStart' && r.thread).sort()).toEqual(
      ends.map((r) => r.kind === 'commentEnd' && r.thread).sort(),
    );
    expect(model.threads.map((th) => [th.id, th.detached])).toEqual([
      ['gone', true],
      ['c1', false],
      ['c2', false],
    ]);
  });
});

describe('changes in the export model', () => {
  const blocks = () => [
    np(
      0,
      t('Keep '),
      t('new', ins('Ana', '2026-11-02T10:00:00.000Z')),
      t(' '),
      t('old', del('Ben')),
      t(' end'),
    ),
  ];

  it('marks insertions and deletions with author and time when changes are included', () => {
    const model = exportOf(blocks(), []);
    const runs = bodyRuns(model);
    expect(runs.find((r) => r.kind === 'text' && r.text === 'new')).toMatchObject({
      change: { kind: 'insertion', author: 'Ana', time: '2026-11-02T10:00:00.000Z' },
    });
    expect(runs.find((r) => r.kind === 'text' && r.text === 'old')).toMatchObject({
      change: { kind: 'deletion', author: 'Ben' },
    });
  });

  it('reads as if every suggestion were accepted when changes are left out', () => {
    const model = exportOf(blocks(), [], { comments: false, changes: false });
    const texts = bodyRuns(model).map((r) => (r.kind === 'text' ? [r.text, r.change] : null));
    expect(texts).toEqual([['Keep new  end', null]]);
  });

  it('keeps comment markers around deleted words that are left out', () => {
    const model = exportOf(
      [np(0, t('a '), t('gone', del(), comment('x')), t(' b'))],
      [thread('x', [['Cy', 'on deleted words']])],
      { comments: true, changes: false },
    );
    expect(bodyRuns(model).map((r) => r.kind)).toEqual([
      'text',
      'commentStart',
      'commentEnd',
      'text',
    ]);
  });
});
