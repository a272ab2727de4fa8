import { describe, expect, it } from 'vitest';
import { countWords, wordsIn } from '../../../shared/document/wordCount';
import { schema } from '../../../shared/schema';
import { docOf } from './build';

const { nodes, marks } = schema;
const deleted = marks.deletion.create({ id: 'd1' });

describe('word count', () => {
  it('counts runs of letters and digits', () => {
    expect(countWords('Promoting the social and solidarity economy')).toBe(6);
    expect(countWords('')).toBe(0);
    expect(countWords(' — ; … ')).toBe(0);
  });

  it('keeps apostrophes, hyphens and decimal points inside a word', () => {
    expect(countWords('the Task Force’s well-being: 3.5 per cent')).toBe(7);
    expect(countWords("don't")).toBe(1);
  });

  it('counts words in any script', () => {
    expect(countWords('économie sociale et solidaire')).toBe(4);
    expect(countWords('экономика солидарности')).toBe(2);
  });

  it('adds up the words of every block, the masthead included', () => {
    const doc = docOf(
      nodes.heading.create({ level: 1 }, schema.text('Introduction and mandate')),
      nodes.numbered_paragraph.create(null, schema.text('The plan covers four years.')),
    );
    expect(wordsIn(doc)).toBe(8);
  });

  it('leaves out text marked as deleted, without joining the words around it', () => {
    const paragraph = nodes.paragraph.create(null, [
      schema.text('keep'),
      schema.text('gone words', [deleted]),
      schema.text('this'),
    ]);
    expect(wordsIn(paragraph)).toBe(2);
  });

  it('counts footnote text, and separates words on either side of a footnote', () => {
    const paragraph = nodes.paragraph.create(null, [
      schema.text('resolution'),
      nodes.footnote.create(null, schema.text('A/RES/77/281')),
      schema.text('adopted'),
    ]);
    expect(wordsIn(paragraph)).toBe(2 + countWords('A/RES/77/281'));
  });

  it('gives the same count for the same node and recounts a changed one', () => {
    const before = nodes.paragraph.create(null, schema.text('one two'));
    expect(wordsIn(before)).toBe(2);
    expect(wordsIn(before)).toBe(2);
    const after = before.copy(before.content.addToEnd(schema.text(' three')));
    expect(wordsIn(after)).toBe(3);
  });
});
