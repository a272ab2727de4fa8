import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schema } from '../../../../shared/schema';
import { canonicalJson, hashBlock, hashNode, hashString } from '../../../../shared/versions/hash';
import { decodeList, encodeList } from '../../../../shared/versions/lists';
import { applyPatch, makePatch } from '../../../../shared/versions/patch';

describe('block hashes', () => {
  it('do not depend on the order keys were written in', () => {
    const a = {
      type: 'paragraph',
      attrs: { id: 'p1', level: 0 },
      content: [{ type: 'text', text: 'Hi' }],
    };
    const b = {
      content: [{ text: 'Hi', type: 'text' }],
      attrs: { level: 0, id: 'p1' },
      type: 'paragraph',
    };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(hashBlock(a)).toBe(hashBlock(b));
  });

  it('change when a single character changes, and end with the length', () => {
    expect(hashString('the plan')).not.toBe(hashString('the plan.'));
    expect(hashString('the plan')).not.toBe(hashString('the plam'));
    expect(hashString('x'.repeat(62))).toMatch(/^[0-9A-Za-z]{9}10$/);
  });

  it('are the same for a node and its JSON, and are cached per node', () => {
    const node = schema.nodes.paragraph.create({ id: 'p' }, schema.text('Words.'));
    expect(hashNode(node)).toBe(hashBlock(node.toJSON()));
    expect(hashNode(node)).toBe(hashNode(node));
  });

  it('write undefined members and values the way JSON does', () => {
    expect(canonicalJson({ b: undefined, a: [undefined, 1] })).toBe(
      JSON.stringify({ a: [null, 1] }),
    );
  });
});

describe('block patches', () => {
  it('rebuild the edited text from the original', () => {
    const from = canonicalJson({
      type: 'paragraph',
      content: [{ type: 'text', text: 'The task force meets every year in Geneva.' }],
    });
    const to = from.replace('every year', 'twice a year');
    const patch = makePatch(from, to);
    expect(patch).not.toBeNull();
    expect(applyPatch(from, patch)).toBe(to);
  });

  it('are not made when the text was rewritten', () => {
    expect(makePatch('alpha beta gamma delta', 'one two three four')).toBeNull();
  });

  it('refuse ops that are not numbers or strings, or reach past the end', () => {
    expect(applyPatch('abc', [5])).toBeNull();
    expect(applyPatch('abc', [1, true])).toBeNull();
    expect(applyPatch('abc', 'nope')).toBeNull();
    expect(applyPatch('abc', [1, -1, 'X'])).toBe('aXc');
  });

  it('round-trip any edit', () => {
    const text = fc.string({ maxLength: 200 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const patch = makePatch(a, b);
        if (patch) expect(applyPatch(a, patch)).toBe(b);
      }),
    );
  });
});

describe('block lists stored as edits', () => {
  const keys = (n: number, tag = 'k') => Array.from({ length: n }, (_, i) => `${tag}${i}`);

  it('write one replaced block as a keep, a replacement and a keep', () => {
    const base = keys(50);
    const next = [...base];
    next[20] = 'new';
    expect(encodeList(base, next)).toEqual(['=20', '!new', '=29']);
    expect(decodeList(base, ['=20', '!new', '=29'])).toEqual(next);
  });

  it('keep the full list when edits would not be much smaller', () => {
    expect(encodeList(keys(4), keys(4, 'z'))).toBeNull();
  });

  it('reject edits that do not fit the base', () => {
    expect(decodeList(keys(3), ['=4'])).toBeNull();
    expect(decodeList(keys(3), ['=2'])).toBeNull();
    expect(decodeList(keys(3), ['=3', '!x'])).toBeNull();
  });

  it('round-trip any change to a list', () => {
    const list = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 60 });
    fc.assert(
      fc.property(list, list, (a, b) => {
        const ops = encodeList(a, b);
        if (ops) expect(decodeList(a, ops)).toEqual(b);
      }),
    );
  });
});
