// Each test here is a counterexample the fuzzers found, shrunk by hand, kept so the hole stays shut.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/apiDispatch';
import { blankDocument, newAccordFile } from '../../../shared/document/create';
import {
  loadAccordText,
  loadAccordValue,
  serializeAccordFile,
} from '../../../shared/document/load';
import { fuzzServices } from './apiFuzz';
import { checkLoaderText } from './loaderCheck';

const NAME = 'Found by fuzzing.accord';

/** A blank file's JSON with `blocks` appended after the masthead and first paragraph. */
function fileWith(...blocks: unknown[]): Record<string, unknown> {
  const file = JSON.parse(serializeAccordFile(newAccordFile(blankDocument()))) as Record<
    string,
    unknown
  >;
  (file.doc as { content: unknown[] }).content.push(...blocks);
  return file;
}

const cell = (attrs: string) =>
  JSON.stringify(
    fileWith({
      type: 'table',
      content: [
        {
          type: 'table_row',
          content: [{ type: 'table_cell', attrs: '@@', content: [{ type: 'paragraph' }] }],
        },
      ],
    }),
  ).replace('"@@"', attrs);

describe('holes the fuzzers found', () => {
  it('loads a block whose attrs are a string, number or boolean instead of throwing', () => {
    for (const attrs of ['"x"', '5', 'false']) {
      const text = JSON.stringify(fileWith({ type: 'paragraph', attrs: '@@' })).replace(
        '"@@"',
        attrs,
      );
      expect(() => loadAccordText(text, NAME)).not.toThrow();
      expect(checkLoaderText(text)).toBe('accepted');
    }
  });

  it('refuses a parsed value nested deeper than any file may be, wherever the nesting is', () => {
    let deep: unknown = 'core';
    for (let i = 0; i < 300; i++) deep = [deep];
    const file = fileWith();
    file.versions = { blocks: { deep }, list: [] };
    // Saved as text it would be refused on opening, so it must not be accepted as a value.
    expect(loadAccordValue(file, NAME)).toMatchObject({
      ok: false,
      error: { code: 'corrupt-file' },
    });
  });

  it('refuses table spans that would exhaust memory or not survive a save', () => {
    for (const attrs of ['{"colspan":1e400}', '{"colspan":1000000000}', '{"rowspan":0}']) {
      expect(loadAccordText(cell(attrs), NAME).ok, attrs).toBe(false);
    }
    expect(loadAccordText(cell('{"colspan":2,"rowspan":3}'), NAME).ok).toBe(true);
  });

  it('refuses numbers JSON cannot store anywhere in the file, naming where', () => {
    const change =
      '{"kind":"format","id":"c","author":"A","organization":"","time":"","from":{"type":"heading","attrs":{"level":1e400}}}';
    const text = JSON.stringify(fileWith({ type: 'paragraph', attrs: { change: '@@' } })).replace(
      '"@@"',
      change,
    );
    const result = loadAccordText(text, NAME);
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt-file' } });
    if (!result.ok) expect(result.error.message).toContain('change.from.attrs.level');
    const value = fileWith();
    value.meta = { ...(value.meta as object), title: NaN };
    expect(loadAccordValue(value, NAME).ok).toBe(false);
  });

  it('answers a path too long for the file system with a Result, not a bug', async () => {
    const services = await fuzzServices(await mkdtemp(join(tmpdir(), 'accord-regress-')));
    try {
      const bugs: unknown[] = [];
      const path = join(services.ctx.libraryDir, `${'a'.repeat(300)}.accord`);
      const result = await dispatch(services.api, 'documents.open', { path }, (e) => bugs.push(e));
      expect(bugs).toEqual([]);
      expect(result).toMatchObject({ ok: false, error: { code: 'io-error' } });
    } finally {
      await services.close();
    }
  });
});
