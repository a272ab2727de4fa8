import { describe, expect, it } from 'vitest';
import { ensureIdsInJson } from '../../../shared/document/ensureIds';
import { isValidId, newId } from '../../../shared/document/ids';
import { schema } from '../../../shared/schema';

interface JsonNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
  text?: string;
}

const block = (type: string, id?: unknown, content?: JsonNode[]): JsonNode => ({
  type,
  ...(id === undefined ? {} : { attrs: { id } }),
  ...(content ? { content } : {}),
});
const text = (value: string): JsonNode => ({ type: 'text', text: value });

function idsOf(node: JsonNode, out: unknown[] = []): unknown[] {
  if (node.attrs && 'id' in node.attrs) out.push(node.attrs.id);
  node.content?.forEach((child) => idsOf(child, out));
  return out;
}

describe('newId', () => {
  it('makes 12 lower-case base-36 characters', () => {
    for (let i = 0; i < 100; i++) expect(newId()).toMatch(/^[0-9a-z]{12}$/);
  });

  it('does not repeat itself over many calls', () => {
    const ids = new Set(Array.from({ length: 10_000 }, newId));
    expect(ids.size).toBe(10_000);
  });

  it('makes ids that isValidId accepts', () => {
    expect(isValidId(newId())).toBe(true);
  });
});

describe('isValidId', () => {
  it('accepts letters, digits, - and _ up to 64 characters', () => {
    expect(isValidId('a')).toBe(true);
    expect(isValidId('A-b_9')).toBe(true);
    expect(isValidId('x'.repeat(64))).toBe(true);
  });

  it('refuses empty, long, spaced, punctuated and non-string ids', () => {
    for (const bad of ['', 'x'.repeat(65), 'a b', 'a/b', 'é', '<id>', null, 7, undefined, {}]) {
      expect(isValidId(bad)).toBe(false);
    }
  });
});

describe('ensureIdsInJson', () => {
  it('leaves a document with unique valid ids alone', () => {
    const doc = block('doc', undefined, [
      block('masthead', 'm1', []),
      block('paragraph', 'p1', [text('a')]),
      block('paragraph', 'p2', [text('b')]),
    ]);
    const before = JSON.stringify(doc);
    expect(ensureIdsInJson(doc, schema)).toBe(0);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('gives missing, null and malformed ids a fresh one', () => {
    const doc = block('doc', undefined, [
      block('paragraph', undefined, [text('no attrs')]),
      block('paragraph', null),
      block('paragraph', 'has space'),
      block('paragraph', 42),
    ]);
    expect(ensureIdsInJson(doc, schema)).toBe(4);
    const ids = idsOf(doc);
    expect(ids).toHaveLength(4);
    for (const id of ids) expect(isValidId(id)).toBe(true);
    expect(new Set(ids).size).toBe(4);
  });

  it('keeps the first of two repeated ids and renews the second', () => {
    const doc = block('doc', undefined, [
      block('paragraph', 'same'),
      block('bullet_list', 'list', [block('list_item', 'same', [block('paragraph', 'other')])]),
    ]);
    expect(ensureIdsInJson(doc, schema)).toBe(1);
    const ids = idsOf(doc);
    expect(ids[0]).toBe('same');
    expect(ids[2]).not.toBe('same');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reaches nested nodes and footnotes but leaves text, hard breaks and the doc without ids', () => {
    const doc = block('doc', undefined, [
      block('paragraph', undefined, [
        text('a'),
        block('footnote', undefined, [text('note')]),
        { type: 'hard_break' },
      ]),
    ]);
    expect(ensureIdsInJson(doc, schema)).toBe(2);
    expect(doc.attrs).toBeUndefined();
    const paragraph = doc.content?.[0];
    expect(paragraph?.content?.[0]?.attrs).toBeUndefined();
    expect(isValidId(paragraph?.content?.[1]?.attrs?.id)).toBe(true);
    expect(paragraph?.content?.[2]?.attrs).toBeUndefined();
  });

  it('ignores unknown node types and non-object values without throwing', () => {
    const doc = { type: 'doc', content: [null, 5, 'x', { type: 'mystery' }, { content: 'no' }] };
    expect(ensureIdsInJson(doc, schema)).toBe(0);
    expect(ensureIdsInJson(null, schema)).toBe(0);
  });
});
