import { describe, expect, it } from 'vitest';
import {
  headingLabel,
  numberDocument,
  paragraphLabel,
  toLetters,
  toRoman,
} from '../../../shared/document/numbering';
import { schema } from '../../../shared/schema';
import { blankDocument } from '../../../shared/document/create';

const { nodes } = schema;
const h = (level: number, text: string) => nodes.heading.create({ level }, schema.text(text));
const p = (level = 0) => nodes.numbered_paragraph.create({ level }, schema.text('x'));
const plain = () => nodes.paragraph.create(null, schema.text('x'));
const action = () =>
  nodes.action_record.create(null, nodes.action_field.create({ field: 'description' }, plain()));

describe('numbering', () => {
  it('formats the UN heading ladder', () => {
    expect([1, 2, 3, 4, 5].map((l) => headingLabel(l, 4))).toEqual([
      'IV.',
      'D.',
      '4.',
      '(d)',
      '(iv)',
    ]);
  });

  it('formats paragraph levels and letters past z like Word', () => {
    expect(paragraphLabel(0, 12)).toBe('12.');
    expect(paragraphLabel(1, 2)).toBe('(b)');
    expect(paragraphLabel(2, 3)).toBe('(iii)');
    expect(toLetters(27)).toBe('aa');
    expect(toRoman(1994)).toBe('MCMXCIV');
  });

  it('numbers paragraphs consecutively across sections, skipping headings and plain paragraphs', () => {
    const masthead = blankDocument().firstChild!;
    const doc = nodes.doc.create(null, [
      masthead,
      h(1, 'Intro'),
      p(),
      plain(),
      p(),
      h(1, 'Next'),
      p(),
      p(1),
      p(1),
      p(2),
      p(),
    ]);
    expect(numberDocument(doc)).toEqual([
      null,
      'I.',
      '1.',
      null,
      '2.',
      'II.',
      '3.',
      '(a)',
      '(b)',
      '(i)',
      '4.',
    ]);
  });

  it('restarts lower heading levels under a new higher heading', () => {
    const masthead = blankDocument().firstChild!;
    const doc = nodes.doc.create(null, [
      masthead,
      h(1, 'a'),
      h(2, 'b'),
      h(2, 'c'),
      h(3, 'd'),
      h(1, 'e'),
      h(2, 'f'),
      h(3, 'g'),
    ]);
    expect(numberDocument(doc)).toEqual([null, 'I.', 'A.', 'B.', '1.', 'II.', 'A.', '1.']);
  });

  it('gives action records IDs from their action area and order', () => {
    const masthead = blankDocument().firstChild!;
    const doc = nodes.doc.create(null, [
      masthead,
      h(1, 'IV'),
      h(2, 'A'),
      action(),
      h(2, 'B'),
      action(),
      action(),
      h(1, 'V'),
      action(),
    ]);
    expect(numberDocument(doc)).toEqual([null, 'I.', 'A.', 'A.1', 'B.', 'B.1', 'B.2', 'II.', '1']);
  });
});

describe('unnumbered headings', () => {
  it('leave annex headings without a number and do not advance the chapter count', () => {
    const masthead = blankDocument().firstChild!;
    const annex = nodes.heading.create(
      { level: 1, numbered: false },
      schema.text('Annex I. Results framework'),
    );
    const doc = nodes.doc.create(null, [masthead, h(1, 'a'), annex, h(1, 'b')]);
    expect(numberDocument(doc)).toEqual([null, 'I.', null, 'II.']);
  });
});
