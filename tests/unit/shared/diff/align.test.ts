import { describe, expect, it } from 'vitest';
import { alignBlocks } from '../../../../shared/diff/align';
import { bullets, doc, heading, item, para, record } from './builders';

const kinds = (a: ReturnType<typeof alignBlocks>) => a.entries.map((e) => e.kind);

describe('block alignment', () => {
  it('pairs every block of identical documents in place', () => {
    const d = doc(heading('h1', 1, 'Intro'), para('p1', 'One two three.'));
    const a = alignBlocks(d, d);
    expect(kinds(a)).toEqual(['kept', 'kept', 'kept']);
    expect(a.pairs.every((p) => p.reason === 'id' && !p.moved)).toBe(true);
  });

  it('matches by id before text, even when the text was rewritten', () => {
    const a = alignBlocks(doc(para('p1', 'Old words here.')), doc(para('p1', 'Entirely new.')));
    expect(a.pairs[1]).toMatchObject({ oldIndex: 1, newIndex: 1, reason: 'id', moved: false });
  });

  it('marks a section that moved as moved, and leaves the rest in place', () => {
    const intro = heading('h1', 1, 'Intro');
    const p1 = para('p1', 'Intro text.');
    const finance = heading('h2', 1, 'Finance');
    const p2 = para('p2', 'Finance text.');
    const close = heading('h3', 1, 'Closing');
    const p3 = para('p3', 'Closing text.');
    const a = alignBlocks(
      doc(intro, p1, finance, p2, close, p3),
      doc(intro, p1, close, p3, finance, p2),
    );
    const moved = a.pairs.filter((p) => p.moved).map((p) => p.oldIndex);
    expect(moved).toEqual([3, 4]);
    expect(kinds(a)).toEqual([
      'kept',
      'kept',
      'kept',
      'moved-from',
      'moved-from',
      'kept',
      'kept',
      'moved-to',
      'moved-to',
    ]);
  });

  it('pairs a paragraph split in two with the half that kept most of its words', () => {
    const a = alignBlocks(
      doc(para(null, 'Member states will report on progress every year to the task force.')),
      doc(
        para(null, 'Member states will report on progress every year.'),
        para(null, 'To the task force.'),
      ),
    );
    expect(a.pairs[1]).toMatchObject({ oldIndex: 1, newIndex: 1, reason: 'similar' });
    expect(kinds(a)).toEqual(['kept', 'kept', 'inserted']);
  });

  it('pairs merged paragraphs with the one they were merged into', () => {
    const a = alignBlocks(
      doc(para(null, 'Member states will report on progress.'), para(null, 'Every year.')),
      doc(para(null, 'Member states will report on progress every year.')),
    );
    expect(a.pairs[1]).toMatchObject({ oldIndex: 1, newIndex: 1, reason: 'similar' });
    expect(kinds(a)).toEqual(['kept', 'kept', 'deleted']);
  });

  it('does not pair unrelated paragraphs without ids', () => {
    const a = alignBlocks(
      doc(para(null, 'Finance and budget.')),
      doc(para(null, 'Gender equality.')),
    );
    expect(kinds(a)).toEqual(['kept', 'deleted', 'inserted']);
  });

  it('pairs blocks without ids by equal text, wherever they are', () => {
    const a = alignBlocks(
      doc(para(null, 'First.'), para(null, 'Second.'), para(null, 'Third.')),
      doc(para(null, 'Third.'), para(null, 'First.'), para(null, 'Second.')),
    );
    expect(a.pairs.slice(1).map((p) => p.reason)).toEqual(['content', 'content', 'content']);
    expect(a.pairs.filter((p) => p.moved).map((p) => p.oldIndex)).toEqual([3]);
  });

  it('lines up reordered list items one level down', () => {
    const a = alignBlocks(
      bullets('l', item('a', 'Apples'), item('b', 'Bananas'), item('c', 'Cherries')),
      bullets('l', item('c', 'Cherries'), item('a', 'Apples'), item('b', 'Bananas')),
    );
    expect(a.pairs.filter((p) => p.moved).map((p) => p.oldIndex)).toEqual([2]);
  });

  it('pairs action-record fields by field when their ids differ', () => {
    const a = alignBlocks(
      record('r1', 'planned', { description: 'Survey.', lead: 'ILO' }),
      record('r2', 'planned', { description: 'Survey.', lead: 'UNDP' }),
    );
    expect(a.pairs.map((p) => p.reason)).toEqual(['role', 'role']);
  });
});
