import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { idBearingTypes } from '../../../shared/document/ensureIds';
import {
  ACTION_FIELDS,
  ACTION_STATUSES,
  MASTHEAD_FIELDS,
  labelOf,
  schema,
} from '../../../shared/schema';
import { docOf, masthead, para } from './build';

const { nodes, marks } = schema;
const t = (text: string, ...m: ReturnType<typeof marks.em.create>[]) => schema.text(text, m);
const item = (...content: Node[]) => nodes.list_item.create(null, content);
const cell = (type: typeof nodes.table_cell, text: string) => type.create(null, para(text));
const field = (key: string) => nodes.action_field.create({ field: key }, para(key));
const change = { id: 'c1', author: 'A. Author', organization: 'ILO', time: '2026-01-01T00:00:00Z' };

/** One document that uses every node type and every mark of the schema. */
function everything(): Node {
  return nodes.doc.create(null, [
    masthead(),
    nodes.summary.create(null, para('Summary')),
    nodes.heading.create({ level: 1 }, t('Chapter')),
    nodes.numbered_paragraph.create({ level: 0 }, [
      t('Plain '),
      t('bold', marks.strong.create()),
      t('italic', marks.em.create()),
      t('under', marks.underline.create()),
      t('2', marks.superscript.create()),
      t('x', marks.subscript.create()),
      t('link', marks.link.create({ href: 'https://unsse.org' })),
      t('noted', marks.comment.create({ id: 'k1' }), marks.comment.create({ id: 'k2' })),
      t('added', marks.insertion.create(change)),
      t('removed', marks.deletion.create({ ...change, id: 'c2' })),
      nodes.footnote.create(null, t('A/RES/77/281')),
      nodes.hard_break.create(),
      t('end'),
    ]),
    nodes.paragraph.create(null, t('Unnumbered')),
    nodes.blockquote.create(null, para('Quoted')),
    nodes.bullet_list.create(
      null,
      item(para('one'), nodes.ordered_list.create(null, item(para('a')))),
    ),
    nodes.table.create(null, [
      nodes.table_row.create(null, [
        cell(nodes.table_header, 'H1'),
        cell(nodes.table_header, 'H2'),
      ]),
      nodes.table_row.create(null, [cell(nodes.table_cell, '1'), cell(nodes.table_cell, '2')]),
    ]),
    nodes.action_record.create(
      { status: 'on_track' },
      ACTION_FIELDS.map((f) => field(f.key)),
    ),
  ]);
}

describe('schema', () => {
  it('accepts a document using every node type and mark, and round-trips it through JSON', () => {
    const doc = everything();
    doc.check();
    const types = new Set<string>();
    const used = new Set<string>();
    doc.descendants((node) => {
      types.add(node.type.name);
      node.marks.forEach((m) => used.add(m.type.name));
    });
    types.add('doc');
    expect([...types].sort()).toEqual(Object.keys(schema.nodes).sort());
    expect([...used].sort()).toEqual(Object.keys(schema.marks).sort());
    const again = schema.nodeFromJSON(doc.toJSON());
    again.check();
    expect(again.eq(doc)).toBe(true);
  });

  it('requires the document to start with a masthead', () => {
    expect(() => nodes.doc.createChecked(null, [para()])).toThrow(RangeError);
    expect(() => nodes.doc.createChecked(null, [para(), masthead()])).toThrow(RangeError);
  });

  it('requires at least one block after the masthead and summary', () => {
    expect(() => nodes.doc.createChecked(null, [masthead()])).toThrow(RangeError);
    const summary = nodes.summary.create(null, para());
    expect(() => nodes.doc.createChecked(null, [masthead(), summary])).toThrow(RangeError);
  });

  it('allows the summary only directly after the masthead', () => {
    const summary = () => nodes.summary.create(null, para());
    expect(() => docOf(summary(), para()).check()).not.toThrow();
    expect(() => docOf(para(), summary()).check()).toThrow(RangeError);
  });

  it('lets an action record hold only action fields', () => {
    expect(() => nodes.action_record.createChecked(null, [para()])).toThrow(RangeError);
    expect(() => nodes.action_record.createChecked(null, [])).toThrow(RangeError);
    expect(() => nodes.action_record.createChecked(null, [field('lead')])).not.toThrow();
  });

  it('keeps action fields and masthead fields out of ordinary blocks', () => {
    expect(() => docOf(field('lead')).check()).toThrow(RangeError);
    expect(() => docOf(nodes.masthead_field.create({ field: 'title' })).check()).toThrow(
      RangeError,
    );
    expect(() => docOf(masthead()).check()).toThrow(RangeError);
  });

  it('rejects heading levels outside 1 to 5', () => {
    for (const level of [0, 6, 2.5, '2', null]) {
      expect(() => docOf(nodes.heading.create({ level })).check()).toThrow(/heading|integer/);
    }
    expect(() => docOf(nodes.heading.create({ level: 5 })).check()).not.toThrow();
  });

  it('rejects paragraph levels outside 0 to 2', () => {
    for (const level of [-1, 3, '1']) {
      expect(() => docOf(nodes.numbered_paragraph.create({ level })).check()).toThrow(RangeError);
    }
  });

  it('rejects an unknown action status', () => {
    const record = (status: unknown) => nodes.action_record.create({ status }, field('lead'));
    expect(() => docOf(record('cancelled')).check()).toThrow(/planned, on_track, delayed, done/);
    for (const s of ACTION_STATUSES) expect(() => docOf(record(s.key)).check()).not.toThrow();
  });

  it('rejects an unknown action field or masthead field', () => {
    expect(() => docOf(nodes.action_record.create(null, field('budget')))).toThrow(
      /Expected one of description/,
    );
    expect(() => nodes.masthead_field.create({ field: 'author' })).toThrow(/Expected one of body/);
  });

  it('rejects a negative list start and an id that is not a string', () => {
    expect(() => nodes.ordered_list.create({ order: -1 }, item(para()))).toThrow(RangeError);
    expect(() => docOf(nodes.paragraph.create({ id: 7 })).check()).toThrow(RangeError);
  });

  it('requires an href on links and an id on comment and change marks', () => {
    expect(() => marks.link.create()).toThrow(/href/);
    expect(() => marks.comment.create()).toThrow(/id/);
    expect(() => marks.insertion.create({ author: 'x' })).toThrow(/id/);
  });

  it('lets comments overlap but never marks text as both inserted and deleted', () => {
    const both = [marks.comment.create({ id: 'a' }), marks.comment.create({ id: 'b' })];
    expect(schema.text('x', both).marks).toHaveLength(2);
    const ins = marks.insertion.create(change);
    const del = marks.deletion.create(change);
    expect(del.addToSet([ins])).toEqual([del]);
    const sup = marks.superscript.create();
    expect(
      marks.subscript
        .create()
        .addToSet([sup])
        .map((m) => m.type.name),
    ).toEqual(['subscript']);
  });

  it('does not extend links, comments or changes when typing at their edge', () => {
    for (const name of ['link', 'comment', 'insertion', 'deletion'] as const) {
      expect(marks[name].spec.inclusive).toBe(false);
    }
  });

  it('gives every block, field, list item, cell and footnote an id attribute, but not doc or text', () => {
    const bearing = idBearingTypes(schema);
    const expected = Object.values(schema.nodes)
      .filter((type) => type.name !== 'doc' && type.name !== 'text' && type.name !== 'hard_break')
      .map((type) => type.name);
    expect([...bearing].sort()).toEqual(expected.sort());
  });

  it('lists masthead fields, action fields and statuses with their labels', () => {
    expect(MASTHEAD_FIELDS.map((f) => f.key)).toEqual([
      'body',
      'symbol',
      'distribution',
      'date',
      'language',
      'title',
      'version',
      'status',
    ]);
    expect(ACTION_FIELDS).toHaveLength(13);
    expect(ACTION_STATUSES.map((s) => s.key)).toEqual(['planned', 'on_track', 'delayed', 'done']);
    expect(labelOf(ACTION_FIELDS, 'lead')).toBe('Lead entity');
    expect(labelOf(ACTION_FIELDS, 'unknown')).toBe('unknown');
  });
});
