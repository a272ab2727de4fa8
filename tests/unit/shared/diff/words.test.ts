import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSequence } from '../../../../shared/diff/sequence';
import { diffWords, tokenize } from '../../../../shared/diff/words';

const side = (parts: { op: string; text: string }[], keep: string) =>
  parts
    .filter((p) => p.op === 'equal' || p.op === keep)
    .map((p) => p.text)
    .join('');

describe('word diff', () => {
  it('reports identical strings as one equal piece', () => {
    expect(diffWords('The plan is final.', 'The plan is final.')).toEqual([
      { op: 'equal', text: 'The plan is final.' },
    ]);
  });

  it('replaces a single word and keeps the words around it', () => {
    expect(diffWords('the cat sat down', 'the dog sat down')).toEqual([
      { op: 'equal', text: 'the ' },
      { op: 'delete', text: 'cat' },
      { op: 'insert', text: 'dog' },
      { op: 'equal', text: ' sat down' },
    ]);
  });

  it('reads two neighbouring replaced words as one replacement, not two around a kept space', () => {
    expect(diffWords('the cat sat', 'a dog sat')).toEqual([
      { op: 'delete', text: 'the cat' },
      { op: 'insert', text: 'a dog' },
      { op: 'equal', text: ' sat' },
    ]);
  });

  it('finds words added at the end and removed from the start', () => {
    expect(diffWords('plan of action', 'plan of action and review')).toEqual([
      { op: 'equal', text: 'plan of action' },
      { op: 'insert', text: ' and review' },
    ]);
    expect(diffWords('draft plan', 'plan')).toEqual([
      { op: 'delete', text: 'draft ' },
      { op: 'equal', text: 'plan' },
    ]);
  });

  it('treats punctuation as its own token', () => {
    expect(diffWords('Members agree.', 'Members agree;')).toEqual([
      { op: 'equal', text: 'Members agree' },
      { op: 'delete', text: '.' },
      { op: 'insert', text: ';' },
    ]);
  });

  it('handles empty strings on either side', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'new text')).toEqual([{ op: 'insert', text: 'new text' }]);
    expect(diffWords('old text', '')).toEqual([{ op: 'delete', text: 'old text' }]);
  });

  it('keeps words with apostrophes and accents whole', () => {
    expect(tokenize("l'ONU’s coopération")).toEqual(["l'ONU’s", ' ', 'coopération']);
  });

  it('always rebuilds both strings from its pieces', () => {
    const words = fc.constantFrom('plan', 'action', 'UN', ' ', '  ', '.', ',', 'é', 'x');
    const sentence = fc.array(words, { maxLength: 30 }).map((w) => w.join(''));
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const parts = diffWords(a, b);
        expect(side(parts, 'delete')).toBe(a);
        expect(side(parts, 'insert')).toBe(b);
      }),
    );
  });
});

describe('sequence diff', () => {
  it('gives a shortest edit script', () => {
    const runs = diffSequence([...'ABCABBA'], [...'CBABAC']);
    const edits = runs
      .filter((r) => r.op !== 'equal')
      .reduce((n, r) => n + (r.aEnd - r.aStart) + (r.bEnd - r.bStart), 0);
    expect(edits).toBe(5);
  });

  it('falls back to one replacement past its edit bound, still covering both sides', () => {
    const a = [...'abcdefghij'];
    const b = [...'a0c1e2g3i4'];
    const runs = diffSequence(a, b, 2);
    expect(runs.map((r) => r.op)).toEqual(['equal', 'delete', 'insert']);
    expect(runs[1]).toMatchObject({ aStart: 1, aEnd: 10 });
    expect(runs[2]).toMatchObject({ bStart: 1, bEnd: 10 });
  });
});
