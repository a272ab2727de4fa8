import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAccordText } from '../../../shared/document/load';

const DIR = 'tests/fixtures';

interface Expectation {
  file: string;
  expected: string;
  fragment: string | null;
}

/** The rows of the table in tests/fixtures/README.md. */
function expectations(): Expectation[] {
  const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
  const row = /^\| `([^`]+)` \| `([^`]+)` \| (?:`([^`]+)`|—) \|/;
  return readme
    .split('\n')
    .map((line) => row.exec(line))
    .filter((m) => m !== null)
    .map((m) => ({ file: m[1] ?? '', expected: m[2] ?? '', fragment: m[3] ?? null }));
}

describe('hostile and corrupt fixtures', () => {
  const rows = expectations();

  it('lists every fixture file in the README, and only existing files', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.accord'))
      .sort();
    expect(rows.map((r) => r.file).sort()).toEqual(files);
    expect(rows.length).toBeGreaterThanOrEqual(10);
  });

  it('keeps every fixture under 2 MB', () => {
    for (const { file } of rows) expect(statSync(join(DIR, file)).size, file).toBeLessThan(2e6);
  });

  for (const { file, expected, fragment } of rows) {
    it(`${file}: ${expected === 'ok' ? 'loads' : `is refused with ${expected}`}`, () => {
      const result = loadAccordText(readFileSync(join(DIR, file), 'utf8'), file);
      if (expected === 'ok') {
        if (!result.ok) throw new Error(result.error.message);
        expect(() => result.value.doc.check()).not.toThrow();
        if (fragment === null) expect(result.value.notes).toEqual([]);
        else expect(result.value.notes.join(' ')).toContain(fragment);
        return;
      }
      if (result.ok) throw new Error(`${file} loaded but should be refused`);
      expect(result.error.code).toBe(expected);
      expect(result.error.message).toContain(`“${file}”`);
      expect(result.error.message).toContain(fragment ?? '');
    });
  }

  it('leaves Object.prototype untouched after loading them all', () => {
    for (const { file } of rows) loadAccordText(readFileSync(join(DIR, file), 'utf8'), file);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
