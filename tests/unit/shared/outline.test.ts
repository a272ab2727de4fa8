import { describe, expect, it } from 'vitest';
import { numberDocument } from '../../../shared/document/numbering';
import { outlineOf, sectionCounts } from '../../../shared/document/outline';
import { schema } from '../../../shared/schema';

const { nodes } = schema;
const h = (level: number, id: string, text: string) =>
  nodes.heading.create({ level, id }, schema.text(text));
const p = (text: string) => nodes.numbered_paragraph.create(null, schema.text(text));
const masthead = nodes.masthead.create(
  null,
  nodes.masthead_field.create(null, schema.text('Plan')),
);

const plan = nodes.doc.create(null, [
  masthead,
  p('before any heading'),
  h(1, 'i', 'Introduction'),
  p('one two three'),
  h(2, 'a', 'Policy area'),
  p('four five'),
  h(1, 'ii', 'Purpose'),
  p('six'),
]);

describe('outline', () => {
  it('lists headings with their labels, titles and section word counts', () => {
    expect(outlineOf(plan, numberDocument(plan))).toEqual([
      { id: 'i', level: 1, label: 'I.', title: 'Introduction', words: 1 + 3 + 2 + 2 },
      { id: 'a', level: 2, label: 'A.', title: 'Policy area', words: 2 + 2 },
      { id: 'ii', level: 1, label: 'II.', title: 'Purpose', words: 2 },
    ]);
  });

  it('counts the whole document and the innermost section around a block', () => {
    const labels = numberDocument(plan);
    expect(sectionCounts(plan, labels, 5)).toEqual({ total: 14, section: 4, sectionLabel: 'A.' });
    expect(sectionCounts(plan, labels, 3)).toEqual({ total: 14, section: 8, sectionLabel: 'I.' });
    expect(sectionCounts(plan, labels, 1)).toEqual({
      total: 14,
      section: null,
      sectionLabel: null,
    });
  });
});
