import { describe, expect, it } from 'vitest';
import { blankDocument, newAccordFile } from '../../../shared/document/create';
import { FORMAT_VERSION } from '../../../shared/document/format';
import {
  loadAccordText,
  loadAccordValue,
  serializeAccordFile,
} from '../../../shared/document/load';
import type { ErrorCode } from '../../../shared/result';
import { fileText, fileValue } from './build';

const NAME = 'plan.accord';

/** Loads text and returns the error, failing the test if it loaded. */
function refusal(text: string) {
  const result = loadAccordText(text, NAME);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

function expectRefused(text: string, code: ErrorCode, fragment: string | RegExp) {
  const error = refusal(text);
  expect(error.code).toBe(code);
  expect(error.message).toContain(`“${NAME}”`);
  expect(error.message).toMatch(fragment);
}

describe('loading an .accord file', () => {
  it('reads back what it saved: the same file and an equal document', () => {
    const doc = blankDocument();
    const file = newAccordFile(doc, new Date('2026-01-02T03:04:05Z'));
    const result = loadAccordText(serializeAccordFile(file), NAME);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.doc.eq(doc)).toBe(true);
    expect(result.value.file).toEqual(file);
    expect(result.value.notes).toEqual([]);
  });

  it('writes one line of JSON ending in a newline', () => {
    const text = serializeAccordFile(newAccordFile(blankDocument()));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.slice(0, -1)).not.toContain('\n');
  });

  it('ignores a UTF-8 byte order mark', () => {
    const result = loadAccordText('\uFEFF' + fileText(), NAME);
    expect(result.ok).toBe(true);
  });

  it('accepts an already-parsed value through loadAccordValue', () => {
    expect(loadAccordValue(fileValue(), NAME).ok).toBe(true);
  });

  it('refuses an empty file', () => {
    expectRefused('', 'corrupt-file', 'the file is empty');
  });

  it('refuses a file of only whitespace or a byte order mark', () => {
    expectRefused(' \n\t\r\n', 'corrupt-file', 'the file is empty');
    expectRefused('\uFEFF', 'corrupt-file', 'the file is empty');
  });

  it('refuses text that is not JSON', () => {
    expectRefused('Action plan, draft 1', 'corrupt-file', 'damaged or not an Accord document');
  });

  it('refuses truncated JSON', () => {
    const text = fileText();
    expectRefused(text.slice(0, text.length / 2), 'corrupt-file', 'damaged');
  });

  it('refuses a top-level array, number, string or null', () => {
    for (const text of ['[]', '[{"format":"accord"}]', '42', '"accord"', 'null', 'true']) {
      expectRefused(text, 'corrupt-file', 'it is not an Accord document');
    }
  });

  it('refuses a missing or wrong format', () => {
    const message = 'not an Accord document (no "format": "accord")';
    expectRefused(
      fileText((f) => (f.format = 'docx')),
      'corrupt-file',
      message,
    );
    expectRefused(
      fileText((f) => delete f.format),
      'corrupt-file',
      message,
    );
    expectRefused(
      fileText((f) => (f.format = 'Accord')),
      'corrupt-file',
      message,
    );
  });

  it('refuses a missing format version', () => {
    expectRefused(
      fileText((f) => delete f.formatVersion),
      'corrupt-file',
      'format version is missing or not a whole number',
    );
  });

  it('refuses a zero or negative format version', () => {
    for (const v of [0, -1]) {
      expectRefused(
        fileText((f) => (f.formatVersion = v)),
        'corrupt-file',
        'format version',
      );
    }
  });

  it('refuses a format version that is not a whole number', () => {
    for (const v of [1.5, '1', null, [1]]) {
      expectRefused(
        fileText((f) => (f.formatVersion = v)),
        'corrupt-file',
        'not a whole number',
      );
    }
  });

  it('refuses a newer format version, saying a newer Accord made it', () => {
    const text = fileText((f) => (f.formatVersion = FORMAT_VERSION + 1));
    expectRefused(text, 'newer-format', 'made by a newer Accord');
    expect(refusal(text).message).toContain(`file format ${FORMAT_VERSION + 1}`);
    expect(refusal(text).message).toContain('Update Accord');
  });

  it('refuses a file without a document id, naming the field', () => {
    expectRefused(
      fileText((f) => delete f.documentId),
      'corrupt-file',
      /documentId/,
    );
  });

  it('refuses a malformed document id', () => {
    expectRefused(
      fileText((f) => (f.documentId = '../etc')),
      'corrupt-file',
      /documentId/,
    );
  });

  it('refuses metadata of the wrong type, naming the field', () => {
    const text = fileText((f) => ((f.meta as Record<string, unknown>).title = 42));
    expectRefused(text, 'corrupt-file', 'meta.title');
    expectRefused(
      fileText((f) => (f.meta = 'about')),
      'corrupt-file',
      /meta/,
    );
  });

  it('refuses comments that are not an array', () => {
    expectRefused(
      fileText((f) => (f.comments = {})),
      'corrupt-file',
      /comments/,
    );
  });

  it('refuses a comment thread with an unknown status, naming where it is', () => {
    const thread = { id: 't1', status: 'maybe', quote: '', blockId: null, section: '' };
    const text = fileText((f) => (f.comments = [{ ...thread, comments: [] }]));
    expectRefused(text, 'corrupt-file', 'comments.0.status');
  });

  it('refuses a missing version store or review field', () => {
    expectRefused(
      fileText((f) => delete f.versions),
      'corrupt-file',
      /versions/,
    );
    expectRefused(
      fileText((f) => delete f.review),
      'corrupt-file',
      /review/,
    );
  });

  it('refuses a document that is not an object', () => {
    expectRefused(
      fileText((f) => (f.doc = [])),
      'corrupt-file',
      /doc/,
    );
  });

  it('drops unknown envelope fields instead of keeping them', () => {
    const result = loadAccordText(
      fileText((f) => (f.extra = { x: 1 })),
      NAME,
    );
    if (!result.ok) throw new Error(result.error.message);
    expect('extra' in result.value.file).toBe(false);
  });
});
