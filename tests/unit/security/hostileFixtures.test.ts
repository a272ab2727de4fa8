import { mkdtemp, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocumentFile } from '../../../main/services/documentFiles';
import { LIMITS } from '../../../shared/document/fileSchema';
import { loadAccordText, serializeAccordFile } from '../../../shared/document/load';
import type { LoadedDocument } from '../../../shared/document/load';
import { loadVersion } from '../../../shared/versions/store';

const DIR = 'tests/fixtures/hostile';

interface Expectation {
  file: string;
  expected: string;
  fragment: string | null;
}

/** The rows of the table in tests/fixtures/hostile/README.md. */
async function expectations(): Promise<Expectation[]> {
  const readme = await readFile(join(DIR, 'README.md'), 'utf8');
  const row = /^\| `([^`]+)` \| `([^`]+)` \| (?:`([^`]+)`|—) \|/;
  return readme
    .split('\n')
    .map((line) => row.exec(line))
    .filter((m) => m !== null)
    .map((m) => ({ file: m[1] ?? '', expected: m[2] ?? '', fragment: m[3] ?? null }));
}

/** Saves a loaded document as the editor would and checks it opens again, equal and unrepaired. */
function expectRoundTrip(loaded: LoadedDocument, name: string): void {
  expect(() => loaded.doc.check()).not.toThrow();
  const saved = serializeAccordFile({
    ...loaded.file,
    doc: loaded.doc.toJSON() as Record<string, unknown>,
  });
  const again = loadAccordText(saved, name);
  if (!again.ok) throw new Error(`${name} did not open again once saved: ${again.error.message}`);
  expect(again.value.doc.eq(loaded.doc)).toBe(true);
  expect(again.value.notes).toEqual([]);
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'accord-hostile-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('hand-made hostile files', async () => {
  const rows = await expectations();

  it('lists every file in the README, and only existing files', async () => {
    const files = (await readdir(DIR)).filter((f) => f.endsWith('.accord')).sort();
    expect(rows.map((r) => r.file).sort()).toEqual(files);
  });

  it('makes at least 50 hand-made hostile files with those of tests/fixtures', async () => {
    const older = (await readdir('tests/fixtures')).filter((f) => f.endsWith('.accord'));
    expect(older.length + rows.length).toBeGreaterThanOrEqual(50);
  });

  it('keeps every file under 1 MB', async () => {
    for (const { file } of rows) expect((await stat(join(DIR, file))).size, file).toBeLessThan(1e6);
  });

  for (const { file, expected, fragment } of rows) {
    it(`${file}: ${expected === 'ok' ? 'opens' : `is refused with ${expected}`}`, async () => {
      const result = await readDocumentFile(join(DIR, file));
      if (expected === 'ok') {
        if (!result.ok) throw new Error(result.error.message);
        const { loaded } = result.value;
        if (fragment === null) expect(loaded.notes).toEqual([]);
        else expect(loaded.notes.join(' ')).toContain(fragment);
        expectRoundTrip(loaded, file);
        return;
      }
      if (result.ok) throw new Error(`${file} opened but should be refused`);
      expect(result.error.code).toBe(expected);
      expect(result.error.message).toContain(`“${file}”`);
      expect(result.error.message).toContain(fragment ?? '');
    });
  }

  it('leaves every built-in prototype untouched after opening them all', async () => {
    for (const { file } of rows) await readDocumentFile(join(DIR, file));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('href');
  });

  it('keeps the real link of a mark whose attrs hide a __proto__ key', async () => {
    const result = await readDocumentFile(join(DIR, 'proto-in-mark-attrs.accord'));
    if (!result.ok) throw new Error(result.error.message);
    const hrefs: unknown[] = [];
    result.value.loaded.doc.descendants((node) => {
      for (const mark of node.marks) hrefs.push(mark.attrs.href);
    });
    expect(hrefs).toEqual(['https://un.org']);
  });

  it('opens a file whose version names missing blocks, and reports only that version damaged', async () => {
    const result = await readDocumentFile(join(DIR, 'dangling-version.accord'));
    if (!result.ok) throw new Error(result.error.message);
    const version = loadVersion(result.value.loaded.file, 'v1');
    expect(version).toMatchObject({ ok: false, error: { code: 'corrupt-file' } });
    if (!version.ok) expect(version.error.message).toContain('Before the retreat');
  });
});

describe('hostile files too big to commit, made by the test', () => {
  const valid = (text: string, commentText = '') =>
    JSON.stringify({
      format: 'accord',
      formatVersion: 1,
      documentId: 'bigone',
      meta: { title: 'Big', created: '', modified: '', appVersion: '0.1.0' },
      doc: {
        type: 'doc',
        content: [
          {
            type: 'masthead',
            attrs: { id: 'm' },
            content: [{ type: 'masthead_field', attrs: { id: 'f', field: 'title' } }],
          },
          { type: 'paragraph', attrs: { id: 'p' }, content: [{ type: 'text', text }] },
        ],
      },
      comments: commentText
        ? [
            {
              id: 't',
              status: 'open',
              quote: '',
              blockId: 'p',
              section: '',
              comments: [
                {
                  id: 'c',
                  author: { name: 'A', initials: 'A', organization: '' },
                  time: '',
                  text: commentText,
                },
              ],
            },
          ]
        : [],
      versions: { blocks: {}, list: [] },
      review: null,
    });

  it('opens a document that is one 8 MB line of text', async () => {
    const path = join(scratch, 'long-line.accord');
    await writeFile(path, valid('word '.repeat(1_600_000)));
    const result = await readDocumentFile(path);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.loaded.doc.textContent.length).toBe(8_000_000);
  });

  it('opens a comment exactly at the size limit and refuses one character more', async () => {
    const at = join(scratch, 'comment-at-limit.accord');
    const over = join(scratch, 'comment-over-limit.accord');
    await writeFile(at, valid('x', 'c'.repeat(LIMITS.maxCommentText)));
    await writeFile(over, valid('x', 'c'.repeat(LIMITS.maxCommentText + 1)));
    expect((await readDocumentFile(at)).ok).toBe(true);
    expect(await readDocumentFile(over)).toMatchObject({
      ok: false,
      error: { code: 'corrupt-file' },
    });
  });

  it('refuses a file over the 64 MB cap without reading it', async () => {
    const path = join(scratch, 'too-large.accord');
    const handle = await open(path, 'w');
    // A sparse file: its size is over the cap but it takes no disk space.
    await handle.truncate(LIMITS.maxFileBytes + 1);
    await handle.close();
    const result = await readDocumentFile(path);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    if (!result.ok) expect(result.error.message).toContain('“too-large.accord”');
  });
});
