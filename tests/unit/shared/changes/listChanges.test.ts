import { describe, expect, it } from 'vitest';
import { authorsOf, EXCERPT_LENGTH, listChanges } from '../../../../shared/changes';
import { change, changed, del, doc, hd, ins, np, record } from './build';

const summary = (d: Parameters<typeof listChanges>[0]) =>
  listChanges(d).map((c) => [c.id, c.kind, c.author, c.excerpt]);

describe('listChanges', () => {
  it('lists insertions and deletions in document order with author, kind and excerpt', () => {
    const d = doc(np('a', 'Keep ', ins('new words', 'i1'), ' and ', del('old', 'd1', 'Ben')));
    expect(summary(d)).toEqual([
      ['i1', 'insert', 'Ana', 'new words'],
      ['d1', 'delete', 'Ben', 'old'],
    ]);
    const [first] = listChanges(d);
    expect(first?.blockId).toBe('a');
    expect(first?.organization).toBe('ILO');
    expect(d.textBetween(first!.from, first!.to)).toBe('new words');
  });

  it('merges adjacent pieces of one change, also across paragraphs', () => {
    const d = doc(
      np('a', 'Start ', del('tail of a', 'x')),
      changed(np('b', del('head of b', 'x'), ' rest'), change('delete', 'x')),
    );
    const list = listChanges(d);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: 'x', kind: 'delete', excerpt: 'tail of a head of b' });
  });

  it('keeps two entries when unchanged text separates pieces of the same change', () => {
    const d = doc(np('a', ins('one', 'x'), ' plain ', ins('two', 'x')));
    expect(summary(d)).toEqual([
      ['x', 'insert', 'Ana', 'one'],
      ['x', 'insert', 'Ana', 'two'],
    ]);
  });

  it('shows a paragraph break alone as ¶ and a format change with what changed', () => {
    const d = doc(
      np('a', 'First'),
      changed(np('b', 'Second'), change('delete', 'j')),
      changed(
        hd('h', 3, 'Title'),
        change('format', 'f', 'Ben', {
          from: { type: 'heading', attrs: { level: 2, numbered: true } },
        }),
      ),
    );
    const list = listChanges(d);
    expect(list.map((c) => [c.kind, c.excerpt, c.detail])).toEqual([
      ['delete', '¶', undefined],
      ['format', 'Title', 'Heading 2 → Heading 3'],
    ]);
  });

  it('lists a deleted action record as one change and cuts long excerpts', () => {
    const long = 'word '.repeat(40);
    const d = doc(changed(record('r', del(long, 'r1')), change('delete', 'r1')));
    const list = listChanges(d);
    expect(list).toHaveLength(1);
    expect(list[0]?.excerpt.length).toBe(EXCERPT_LENGTH);
    expect(list[0]?.excerpt.endsWith('…')).toBe(true);
    expect(list[0]?.blockId).toBe('r');
  });

  it('finds no change in a document without any, and names each author once', () => {
    expect(listChanges(doc(np('a', 'plain')))).toEqual([]);
    const d = doc(np('a', ins('x', '1'), ' ', del('y', '2', 'Ben'), ' ', ins('z', '3')));
    expect(authorsOf(listChanges(d))).toEqual(['Ana', 'Ben']);
  });
});
