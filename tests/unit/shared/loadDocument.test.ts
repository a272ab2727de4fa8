import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/document/fileSchema';
import { loadAccordText, loadAccordValue } from '../../../shared/document/load';
import { schema } from '../../../shared/schema';
import type { ErrorCode } from '../../../shared/result';
import { fileText, fileValue, fileWithBlocks, idsIn, nestedListJson } from './build';

const NAME = 'plan.accord';
const paragraph = (text: string, id?: string) => ({
  type: 'paragraph',
  ...(id ? { attrs: { id } } : {}),
  content: [{ type: 'text', text }],
});

function expectRefused(text: string, code: ErrorCode, fragment: string | RegExp) {
  const result = loadAccordText(text, NAME);
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.error.code).toBe(code);
  expect(result.error.message).toContain(`“${NAME}”`);
  expect(result.error.message).toMatch(fragment);
}

const misfit = 'does not fit the action-plan structure';

describe('loading the document tree', () => {
  it('refuses an unknown node type', () => {
    expectRefused(fileWithBlocks({ type: 'script', content: [] }), 'corrupt-file', misfit);
  });

  it('refuses a document without its masthead', () => {
    const text = fileText((f) => (f.doc = { type: 'doc', content: [paragraph('text')] }));
    expectRefused(text, 'corrupt-file', misfit);
  });

  it('refuses a root that is not a doc node', () => {
    expectRefused(
      fileText((f) => (f.doc = paragraph('x'))),
      'corrupt-file',
      misfit,
    );
  });

  it('refuses a bad attribute value', () => {
    const heading = { type: 'heading', attrs: { level: 9 }, content: [] };
    expectRefused(fileWithBlocks(heading), 'corrupt-file', misfit);
    const record = {
      type: 'action_record',
      attrs: { status: 'abandoned' },
      content: [{ type: 'action_field', attrs: { field: 'lead' }, content: [paragraph('ILO')] }],
    };
    expectRefused(fileWithBlocks(record), 'corrupt-file', /abandoned/);
  });

  it('refuses a block where its parent does not allow it', () => {
    const record = { type: 'action_record', content: [paragraph('not a field')] };
    expectRefused(fileWithBlocks(record), 'corrupt-file', misfit);
  });

  it('refuses empty text nodes and unknown marks', () => {
    const empty = { type: 'paragraph', content: [{ type: 'text', text: '' }] };
    expectRefused(fileWithBlocks(empty), 'corrupt-file', misfit);
    const marked = {
      type: 'paragraph',
      content: [{ type: 'text', text: 'x', marks: [{ type: 'blink' }] }],
    };
    expectRefused(fileWithBlocks(marked), 'corrupt-file', misfit);
  });

  it('refuses a link without an address', () => {
    const linked = {
      type: 'paragraph',
      content: [{ type: 'text', text: 'x', marks: [{ type: 'link' }] }],
    };
    expectRefused(fileWithBlocks(linked), 'corrupt-file', /href/);
  });

  it(`refuses JSON nested deeper than ${LIMITS.maxJsonDepth} levels without overflowing the stack`, () => {
    for (const text of ['['.repeat(10_000), '{"a":'.repeat(10_000), '['.repeat(1_000_000)]) {
      expectRefused(text, 'corrupt-file', `nested more than ${LIMITS.maxJsonDepth} levels deep`);
    }
  });

  it('refuses deep nesting hidden inside a valid envelope', () => {
    const deep = '['.repeat(LIMITS.maxJsonDepth) + ']'.repeat(LIMITS.maxJsonDepth);
    const text = fileText().replace('"blocks":{}', `"blocks":{"x":${deep}}`);
    expectRefused(text, 'corrupt-file', 'levels deep');
  });

  it('does not count brackets inside strings as nesting', () => {
    const text = fileText((f) => ((f.meta as Record<string, unknown>).title = '['.repeat(5000)));
    expect(loadAccordText(text, NAME).ok).toBe(true);
  });

  it(`refuses a document tree deeper than ${LIMITS.maxNodeDepth} nodes`, () => {
    expectRefused(
      fileWithBlocks(nestedListJson(30)),
      'corrupt-file',
      `its document is nested more than ${LIMITS.maxNodeDepth} levels deep`,
    );
  });

  it('accepts a tree at the depth limit and refuses one level more', () => {
    // doc > (bullet_list > list_item) x n > paragraph > text is 2n + 3 nodes deep.
    const fits = (LIMITS.maxNodeDepth - 3) / 2;
    expect(loadAccordText(fileWithBlocks(nestedListJson(Math.floor(fits))), NAME).ok).toBe(true);
    expectRefused(
      fileWithBlocks(nestedListJson(Math.floor(fits) + 1)),
      'corrupt-file',
      'levels deep',
    );
  });

  it('refuses a deeply nested value passed without text, without overflowing the stack', () => {
    let node: Record<string, unknown> = { type: 'paragraph' };
    for (let i = 0; i < 100_000; i++) node = { type: 'blockquote', content: [node] };
    const value = fileValue((f) => (f.doc = { type: 'doc', content: [node] }));
    const result = loadAccordValue(value, NAME);
    expect(result.ok ? null : result.error.message).toContain('levels deep');
  });

  it(`refuses text over ${LIMITS.maxFileBytes / 1024 / 1024} MB before parsing it`, () => {
    const huge = ' '.repeat(LIMITS.maxFileBytes + 1);
    expectRefused(huge, 'too-large', 'too large to open');
  });

  it('refuses metadata strings over the length limit', () => {
    const long = 'x'.repeat(LIMITS.maxMetaString + 1);
    const text = fileText((f) => ((f.meta as Record<string, unknown>).title = long));
    expectRefused(text, 'corrupt-file', 'meta.title');
  });

  it('refuses a comment longer than the comment limit', () => {
    const person = { name: 'A', initials: 'A', organization: 'ILO' };
    const comment = {
      id: 'c1',
      author: person,
      time: '',
      text: 'x'.repeat(LIMITS.maxCommentText + 1),
    };
    const thread = {
      id: 't1',
      status: 'open',
      quote: '',
      blockId: null,
      section: '',
      comments: [comment],
    };
    expectRefused(
      fileText((f) => (f.comments = [thread])),
      'corrupt-file',
      'comments.0.comments.0.text',
    );
  });

  it('renews missing ids and says so', () => {
    const result = loadAccordText(fileWithBlocks(paragraph('no id')), NAME);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.notes).toEqual([
      '1 block id was missing or repeated and has been renewed.',
    ]);
    const ids = idsIn(result.value.doc);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('renews repeated ids, keeping the first, and says how many', () => {
    const text = fileWithBlocks(
      paragraph('a', 'twin'),
      paragraph('b', 'twin'),
      paragraph('c', 'twin'),
    );
    const result = loadAccordText(text, NAME);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.notes).toEqual([
      '2 block ids were missing or repeated and have been renewed.',
    ]);
    const ids = idsIn(result.value.doc);
    expect(ids).toContain('twin');
    expect(new Set(ids).size).toBe(ids.length);
    // Compared as nodes: toJSON also writes attributes left at their defaults (change: null).
    expect(result.value.doc.eq(schema.nodeFromJSON(result.value.file.doc))).toBe(true);
  });

  it('never throws, whatever the text', () => {
    for (const text of [
      '{',
      '}',
      '"',
      '\\',
      '{"format":',
      '\u0000',
      '\uD800',
      '[1,]',
      '{"a":1}{',
    ]) {
      expect(() => loadAccordText(text, NAME)).not.toThrow();
      expect(loadAccordText(text, NAME).ok).toBe(false);
    }
  });
});
