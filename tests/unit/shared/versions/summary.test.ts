import { describe, expect, it } from 'vitest';
import { versionSummary } from '../../../../shared/versions/summary';
import { doc, heading, para, record } from '../diff/builders';

describe('version summaries', () => {
  it('calls the first version the first version', () => {
    expect(versionSummary(null, doc(para('p', 'x')))).toBe('First version');
  });

  it('says so when nothing changed', () => {
    const d = doc(para('p', 'Same.'));
    expect(versionSummary(d, d)).toBe('No changes');
  });

  it('counts changed top-level blocks by kind, in one line', () => {
    const before = doc(
      para('a', 'One.'),
      para('b', 'Two.'),
      para('c', 'Three.'),
      record('r1', 'planned', { lead: 'ILO' }),
      record('r2', 'planned', { lead: 'FAO' }),
    );
    const after = doc(
      para('a', 'One, amended.'),
      para('b', 'Two, amended.'),
      para('c', 'Three, amended.'),
      para('d', 'Four.'),
      record('r1', 'done', { lead: 'ILO' }),
      record('r2', 'planned', { lead: 'FAO and WHO' }),
    );
    expect(versionSummary(before, after)).toBe(
      '3 paragraphs changed, 1 added, 2 action records edited',
    );
  });

  it('reports removed and moved blocks', () => {
    const h1 = heading('h1', 1, 'Intro');
    const h2 = heading('h2', 1, 'Finance');
    const h3 = heading('h3', 1, 'Closing');
    expect(versionSummary(doc(h1, h2, h3, para('p', 'Gone soon.')), doc(h1, h3, h2))).toBe(
      '1 paragraph removed, 1 heading moved',
    );
  });
});
