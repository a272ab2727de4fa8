import { describe, expect, it } from 'vitest';
import { newAccordFile } from '../../../../shared/document/create';
import { displayName, displayTime, findVersion } from '../../../../shared/versions/names';
import { doc, para } from '../diff/builders';
import { save } from './helpers';

describe('version names', () => {
  it('accepts a 10,000-character name and cuts it for display', () => {
    const long = 'Draft '.repeat(2000).slice(0, 10_000);
    const { version } = save(newAccordFile(doc(para('p', 'x'))), doc(para('p', 'x')), long);
    expect(version.name).toHaveLength(10_000);
    const shown = displayName(version.name);
    expect(shown.length).toBeLessThanOrEqual(120);
    expect(shown.endsWith('…')).toBe(true);
    expect(displayName(version.name, 20)).toBe('Draft Draft Draft…');
  });

  it('shows short names whole, on one line', () => {
    expect(displayName('Draft for\n\nMembers ')).toBe('Draft for Members');
    expect(displayName('   ')).toBe('Untitled version');
  });

  it('does not cut a character in half', () => {
    const shown = displayName('ab😀cd', 4);
    expect(shown).toBe('ab…');
  });

  it('shows ISO times in UTC minutes and other text as it is', () => {
    expect(displayTime('2025-03-14T09:30:12.000Z')).toBe('2025-03-14 09:30 UTC');
    expect(displayTime('yesterday')).toBe('yesterday');
  });
});

describe('finding a version', () => {
  const d = doc(para('p', 'x'));
  let file = newAccordFile(d);
  file = save(file, d, 'Draft', 30).file;
  file = save(file, d, 'Review', 20).file;
  file = save(file, d, 'Draft', 10).file;
  const [late, review, early] = file.versions.list;

  it('finds by id first', () => {
    const found = findVersion(file, early!.id);
    expect(found.ok && found.value).toBe(early);
  });

  it('tells same-name versions apart by time and takes the newest', () => {
    const found = findVersion(file, 'Draft');
    expect(found.ok && found.value).toBe(late);
    expect(late!.time > early!.time).toBe(true);
    const other = findVersion(file, 'Review');
    expect(other.ok && other.value).toBe(review);
  });

  it('says plainly when no version has that name or id', () => {
    const found = findVersion(file, 'Final');
    expect(found).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: expect.stringContaining('no version named or with id “Final”') as string,
      },
    });
  });
});
