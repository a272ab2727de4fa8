import { describe, expect, it } from 'vitest';
import {
  buildExportModel,
  runsText,
  type Block,
  type ExportModel,
  type Inline,
  type ListBlock,
} from '../../../../shared/export-model';
import { schema } from '../../../../shared/schema';
import {
  action,
  fileFor,
  h,
  np,
  ol,
  p,
  richDocument,
  standardMasthead,
  t,
  table,
  li,
  ul,
} from '../../main/export/fixtures';

const { nodes, marks } = schema;
const all = { comments: true, changes: true };

function modelOf(...blocks: ReturnType<typeof p>[]): ExportModel {
  const doc = nodes.doc.create(null, [standardMasthead(), ...blocks]);
  return buildExportModel(doc, fileFor(doc), all);
}

function runsOf(block: Block | undefined): Inline[] {
  if (block && 'runs' in block) return block.runs;
  throw new Error(`Block has no runs: ${block?.kind}`);
}

describe('buildExportModel', () => {
  it('keeps heading levels and paragraph levels with the labels Word will show', () => {
    const annex = nodes.heading.create({ level: 1, numbered: false }, t('Annex'));
    const model = modelOf(
      h(1, t('Intro')),
      np(0, t('One')),
      np(1, t('Sub')),
      h(2, t('Area')),
      np(0, t('Two')),
      annex,
    );
    expect(
      model.body.map((b) => [b.kind, 'level' in b ? b.level : null, 'label' in b ? b.label : null]),
    ).toEqual([
      ['heading', 1, 'I.'],
      ['numbered', 0, '1.'],
      ['numbered', 1, '(a)'],
      ['heading', 2, 'A.'],
      ['numbered', 0, '2.'],
      ['heading', 1, ''],
    ]);
  });

  it('reads the masthead into lines and document properties', () => {
    const { doc, file } = richDocument();
    const model = buildExportModel(doc, file, all);
    expect(model.masthead.find((l) => l.field === 'symbol')?.text).toBe('TF/2026/7');
    expect(model.properties).toEqual({
      title: 'Plan of action on testing',
      subject: 'TF/2026/7',
      creator: 'Inter-Agency Task Force',
      created: '2026-11-01T08:00:00.000Z',
      modified: '2026-11-20T16:45:00.000Z',
    });
    expect(model.summary?.map((b) => runsText(runsOf(b)))).toEqual(['A short summary.']);
  });

  it('carries formatting and links on runs, joining runs that look the same', () => {
    const model = modelOf(
      np(
        0,
        t('plain '),
        t('bold', marks.strong.create()),
        t('link', marks.link.create({ href: 'https://un.org/' })),
      ),
    );
    const runs = runsOf(model.body[0]);
    expect(runs).toHaveLength(3);
    expect(runs[1]).toMatchObject({
      kind: 'text',
      text: 'bold',
      format: { bold: true, italic: false },
    });
    expect(runs[2]).toMatchObject({ kind: 'text', text: 'link', link: 'https://un.org/' });
  });

  it('numbers footnotes in reference order and keeps their runs', () => {
    const note = (text: string) => nodes.footnote.create(null, t(text));
    const model = modelOf(np(0, t('A'), note('first')), p(t('B'), note('second')));
    expect(model.footnotes.map((f) => [f.id, runsText(f.runs)])).toEqual([
      [1, 'first'],
      [2, 'second'],
    ]);
    expect(runsOf(model.body[1])[1]).toMatchObject({ kind: 'footnote', footnote: 2 });
  });

  it('makes every list a restart point with its own id, start and depth', () => {
    const model = modelOf(
      ul(li(p(t('a')), ul(li(p(t('b')))))),
      ol(1, li(p(t('one')))),
      ol(4, li(p(t('four')), p(t('more')))),
    );
    const lists = model.body as ListBlock[];
    expect(lists.map((l) => [l.ordered, l.start, l.depth])).toEqual([
      [false, 1, 0],
      [true, 1, 0],
      [true, 4, 0],
    ]);
    const nested = lists[0]?.items[0]?.content[1];
    expect(nested).toMatchObject({ kind: 'list', depth: 1, ordered: false });
    const ids = [lists[0]?.listId, nested?.kind === 'list' ? nested.listId : 0, lists[1]?.listId];
    expect(new Set(ids).size).toBe(3);
    expect(lists[2]?.items[0]?.content).toHaveLength(2);
  });

  it('marks only leading header rows of a table as headers', () => {
    const model = modelOf(table(['Entity', 'Role'], [['ILO', 'Lead']]));
    const block = model.body[0];
    expect(block?.kind === 'table' && block.rows.map((r) => r.header)).toEqual([true, false]);
  });

  it('gives action records their ID in their area, status and fields in order', () => {
    const model = modelOf(
      h(1, t('Areas')),
      h(2, t('A')),
      h(2, t('B')),
      action('delayed', 'Do it.', 'ILO'),
    );
    expect(model.body[3]).toMatchObject({
      kind: 'action',
      actionId: 'B.1',
      status: 'delayed',
      statusLabel: 'Delayed',
    });
    const fields = model.body[3]?.kind === 'action' ? model.body[3].fields : [];
    expect(fields.map((f) => [f.label, runsText(runsOf(f.paragraphs[0]))])).toEqual([
      ['Description', 'Do it.'],
      ['Lead entity', 'ILO'],
    ]);
  });

  it('drops characters a .docx cannot hold and turns newlines in text into line breaks', () => {
    const model = modelOf(np(0, t('a\u0001b\nc\uD800\uD83D\uDE00')));
    expect(runsOf(model.body[0]).map((r) => (r.kind === 'text' ? r.text : r.kind))).toEqual([
      'ab',
      'break',
      'c\uD83D\uDE00',
    ]);
  });
});
