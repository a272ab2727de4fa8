import { diffSequence } from './sequence';

/** A stretch of a word diff: `equal` in both, or a change replacing a[aStart, aEnd) by b[bStart, bEnd). */
export interface Hunk {
  equal: boolean;
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** One piece of a word diff of two strings, in reading order. */
export interface WordDiff {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

const TOKEN = /\s+|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Splits text into words, whitespace runs and single punctuation marks; joined they give the text back. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Diffs two token sequences and groups the edits into hunks. An equal stretch of nothing but
 * whitespace between two changes is folded into them, so "the cat" → "a dog" reads as one
 * replacement rather than two replacements around a kept space.
 */
export function tokenHunks(
  a: readonly string[],
  b: readonly string[],
  isSpace: (aIndex: number) => boolean,
): Hunk[] {
  const hunks: Hunk[] = [];
  for (const run of diffSequence(a, b)) {
    const equal = run.op === 'equal';
    const last = hunks[hunks.length - 1];
    if (last && !last.equal && !equal) {
      last.aEnd = run.aEnd;
      last.bEnd = run.bEnd;
    } else {
      hunks.push({ equal, aStart: run.aStart, aEnd: run.aEnd, bStart: run.bStart, bEnd: run.bEnd });
    }
  }
  const out: Hunk[] = [];
  for (let i = 0; i < hunks.length; i++) {
    const h = hunks[i]!;
    const prev = out[out.length - 1];
    const next = hunks[i + 1];
    if (h.equal && prev && !prev.equal && next && !next.equal && allSpace(h, isSpace)) {
      prev.aEnd = next.aEnd;
      prev.bEnd = next.bEnd;
      i++;
    } else if (!h.equal && prev && !prev.equal) {
      prev.aEnd = h.aEnd;
      prev.bEnd = h.bEnd;
    } else {
      out.push({ ...h });
    }
  }
  return out;
}

function allSpace(h: Hunk, isSpace: (aIndex: number) => boolean): boolean {
  for (let i = h.aStart; i < h.aEnd; i++) if (!isSpace(i)) return false;
  return true;
}

/** Word-level differences between two strings: deletions come before the insertions that replace them. */
export function diffWords(a: string, b: string): WordDiff[] {
  const at = tokenize(a);
  const bt = tokenize(b);
  const out: WordDiff[] = [];
  const add = (op: WordDiff['op'], text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last?.op === op) last.text += text;
    else out.push({ op, text });
  };
  for (const h of tokenHunks(at, bt, (i) => /^\s/.test(at[i] ?? ''))) {
    if (h.equal) {
      add('equal', at.slice(h.aStart, h.aEnd).join(''));
    } else {
      add('delete', at.slice(h.aStart, h.aEnd).join(''));
      add('insert', bt.slice(h.bStart, h.bEnd).join(''));
    }
  }
  return out;
}
