import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { compareDocuments, type Comparison } from '../../../../shared/diff/compare';
import { generatePlan } from '../../../../scripts/bench/generatePlan';
import {
  acceptedAndRejected,
  bullets,
  doc,
  heading,
  item,
  itemOf,
  linesWithout,
  para,
  plain,
  record,
  row,
  summary,
  table,
} from './builders';

const meta = {
  author: { name: 'Ana', initials: 'A', organization: 'ILO' },
  time: '2025-03-14T09:30:00.000Z',
};

/** Compares, checks the result against the schema, and that it holds both versions' text. */
function compare(a: Node, b: Node): Comparison {
  const result = compareDocuments(a, b, meta);
  result.doc.check();
  const { accepted, rejected } = acceptedAndRejected(result.doc);
  expect(accepted).toEqual(linesWithout(b, null));
  expect(rejected).toEqual(linesWithout(a, null));
  return result;
}

const kinds = (c: Comparison) => c.changes.map((x) => x.kind);

describe('comparing documents', () => {
  it('finds no change between a document and itself, and returns it unchanged', () => {
    const d = doc(
      heading('h', 1, 'Intro'),
      para('p', 'Text.'),
      record('r', 'planned', { lead: 'ILO' }),
    );
    const same = compare(d, d);
    expect(same.changes).toEqual([]);
    expect(same.doc.eq(d)).toBe(true);
    const copy = compare(d, d.type.schema.nodeFromJSON(d.toJSON()));
    expect(copy.changes).toEqual([]);
    expect(copy.counts).toEqual({ inserted: 0, deleted: 0, changed: 0, moved: 0, attribute: 0 });
  });

  it('marks changed words inside a paragraph and records the paragraph with its section', () => {
    const c = compare(
      doc(heading('h', 1, 'Intro'), para('p', 'The task force meets yearly.')),
      doc(heading('h', 1, 'Intro'), para('p', 'The task force meets monthly.')),
    );
    expect(c.changes).toHaveLength(1);
    expect(c.changes[0]).toMatchObject({
      kind: 'changed',
      blockId: 'p',
      blockType: 'numbered_paragraph',
      section: 'I. Intro',
      before: 'The task force meets yearly.',
      after: 'The task force meets monthly.',
      topBlockId: 'p',
    });
    const p = c.doc.child(2);
    const marked = (name: string) =>
      p.content.content.filter((n) => n.marks.some((m) => m.type.name === name)).map((n) => n.text);
    expect(marked('deletion')).toEqual(['yearly']);
    expect(marked('insertion')).toEqual(['monthly']);
    const mark = p.child(1).marks[0]!;
    expect(mark.attrs).toEqual({
      id: c.changes[0]!.id,
      author: 'Ana',
      organization: 'ILO',
      time: meta.time,
    });
  });

  it('shows inserted and deleted paragraphs whole, and records empty ones too', () => {
    const c = compare(
      doc(para('a', 'Kept.'), para('b', 'Removed finance wording.'), plain('e1', '')),
      doc(para('a', 'Kept.'), para('c', 'Added gender paragraph.')),
    );
    expect(kinds(c)).toEqual(['deleted', 'deleted', 'inserted']);
    expect(c.changes.find((x) => x.blockId === 'e1')).toMatchObject({
      kind: 'deleted',
      before: '',
    });
    expect(c.changes.find((x) => x.blockId === 'c')).toMatchObject({
      after: 'Added gender paragraph.',
    });
    const empty = compare(doc(para('a', 'Kept.')), doc(para('a', 'Kept.'), plain('e2', '')));
    expect(empty.changes).toEqual([
      expect.objectContaining({ kind: 'inserted', blockId: 'e2', after: '' }),
    ]);
    expect(empty.counts).toMatchObject({ inserted: 1, deleted: 0 });
    expect(empty.doc.child(2).attrs.change).toEqual({
      kind: 'insert',
      id: empty.changes[0]!.id,
      author: 'Ana',
      organization: 'ILO',
      time: meta.time,
    });
    const gone = c.doc.child(2);
    expect(gone.attrs).toMatchObject({ id: 'b', change: { kind: 'delete', id: c.changes[0]!.id } });
  });

  it('shows a moved section at its new place and its old place under one change per block', () => {
    const blocks = [
      heading('h1', 1, 'Intro'),
      para('p1', 'Intro text.'),
      heading('h2', 1, 'Finance'),
    ];
    const rest = [
      para('p2', 'Finance text.'),
      heading('h3', 1, 'Closing'),
      para('p3', 'Closing text.'),
    ];
    const c = compare(
      doc(...blocks, ...rest),
      doc(blocks[0]!, blocks[1]!, rest[1]!, rest[2]!, blocks[2]!, rest[0]!),
    );
    expect(kinds(c)).toEqual(['moved', 'moved']);
    expect(c.changes.map((x) => x.blockId)).toEqual(['h2', 'p2']);
    const ids = new Set<string>();
    c.doc.descendants((n) => {
      for (const m of n.marks) ids.add(String(m.attrs.id));
      return true;
    });
    expect(ids).toEqual(new Set(c.changes.map((x) => x.id)));
    const blockIds: string[] = [];
    c.doc.forEach((n) => blockIds.push(String(n.attrs.id)));
    expect(new Set(blockIds).size).toBe(blockIds.length);
  });

  it('keeps block ids unique when a paragraph moves into a list', () => {
    const moving = plain('x', 'Move me into the list.');
    const c = compare(
      doc(moving, bullets('l', item('a', 'Apples'))),
      doc(bullets('l', item('a', 'Apples'), itemOf('b', moving))),
    );
    expect(kinds(c).sort()).toEqual(['deleted', 'inserted']);
    const ids: string[] = [];
    c.doc.descendants((n) => {
      if (typeof n.attrs.id === 'string') ids.push(n.attrs.id);
      return true;
    });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('diffs a split paragraph as a changed paragraph and an inserted one', () => {
    const c = compare(
      doc(para('p', 'Member states will report on progress every year to the task force.')),
      doc(
        para('p', 'Member states will report on progress every year.'),
        para('q', 'To the task force.'),
      ),
    );
    expect(kinds(c)).toEqual(['changed', 'inserted']);
  });

  it('diffs merged paragraphs as one changed and one deleted', () => {
    const c = compare(
      doc(para('p', 'Member states will report on progress.'), para('q', 'Every year.')),
      doc(para('p', 'Member states will report on progress every year.')),
    );
    expect(kinds(c).sort()).toEqual(['changed', 'deleted']);
  });

  it('diffs an edited action-record field on its own and records a status change', () => {
    const c = compare(
      doc(record('r', 'planned', { description: 'National survey.', lead: 'ILO' })),
      doc(record('r', 'delayed', { description: 'National survey.', lead: 'ILO and UNDP' })),
    );
    expect(c.changes).toEqual([
      expect.objectContaining({
        kind: 'attribute',
        blockId: 'r',
        before: 'Status: Planned',
        after: 'Status: Delayed',
      }),
      expect.objectContaining({
        kind: 'changed',
        blockId: 'r-lead-p',
        field: 'Lead entity',
        before: 'ILO',
        after: 'ILO and UNDP',
        topBlockId: 'r',
        topBlockType: 'action_record',
      }),
    ]);
    expect(c.doc.child(1).attrs).toMatchObject({
      status: 'delayed',
      change: {
        kind: 'format',
        id: c.changes[0]!.id,
        from: { type: 'action_record', attrs: { status: 'planned' } },
      },
    });
  });

  it('does not count a suggestion accepted between versions as an attribute change', () => {
    const pending = { kind: 'insert', id: 's1', author: 'B', organization: 'UNDP', time: '' };
    const before = doc(
      para('p', 'Text.').type.create({ id: 'p', change: pending }, para('p', 'Text.').content),
    );
    expect(compare(before, doc(para('p', 'Text.'))).changes).toEqual([]);
  });

  it('records reordered list items as moved', () => {
    const c = compare(
      doc(bullets('l', item('a', 'Apples'), item('b', 'Bananas'), item('c', 'Cherries'))),
      doc(bullets('l', item('c', 'Cherries'), item('a', 'Apples'), item('b', 'Bananas'))),
    );
    expect(c.changes).toEqual([
      expect.objectContaining({
        kind: 'moved',
        blockId: 'c',
        blockType: 'list_item',
        topBlockId: 'l',
      }),
    ]);
  });

  it('records a new table row as inserted inside the table', () => {
    const c = compare(
      doc(table('t', row('r1', 'Agency', 'Budget'), row('r2', 'ILO', '10'))),
      doc(
        table('t', row('r1', 'Agency', 'Budget'), row('r2', 'ILO', '10'), row('r3', 'UNDP', '12')),
      ),
    );
    expect(c.changes).toEqual([
      expect.objectContaining({
        kind: 'inserted',
        blockId: 'r3',
        blockType: 'table_row',
        after: 'UNDP\n12',
      }),
    ]);
  });

  it('records a heading level change as an attribute change', () => {
    const c = compare(doc(heading('h', 1, 'Finance')), doc(heading('h', 2, 'Finance')));
    expect(c.changes).toEqual([
      expect.objectContaining({
        kind: 'attribute',
        before: 'Heading, level 1',
        after: 'Heading, level 2',
      }),
    ]);
  });

  it('puts a new summary straight after the masthead, as the schema requires', () => {
    const c = compare(
      doc(para('x', 'Gone.')),
      doc(summary('s', 'New summary.'), para('y', 'Fresh.')),
    );
    expect(c.doc.child(1).type.name).toBe('summary');
    expect(
      compare(
        doc(summary('s', 'Old summary.'), para('x', 'Gone.')),
        doc(para('y', 'Fresh.')),
      ).doc.child(1).type.name,
    ).toBe('summary');
  });

  it('keeps a generated plan valid after many scattered edits', () => {
    const base = generatePlan({ paragraphs: 120, wordsPerParagraph: 12, actionRecords: 6 });
    let content = base.content;
    for (let i = 3; i < base.childCount; i += 7) {
      const child = content.child(i);
      if (!child.isTextblock) continue;
      const words = child.textContent.split(' ');
      words.splice(i % words.length, 1, 'amended');
      content = content.replaceChild(
        i,
        child.type.create(child.attrs, child.type.schema.text(words.join(' '))),
      );
    }
    const c = compare(base, base.copy(content));
    expect(c.counts.changed).toBeGreaterThan(10);
    expect(c.changes.every((x) => x.section !== '')).toBe(true);
  });
});
