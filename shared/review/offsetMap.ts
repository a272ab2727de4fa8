import { diffSequence } from '../diff';

/** A stretch that differs between two texts: a[aStart, aEnd) became b[bStart, bEnd). */
export interface Hunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** A range of the first text, [from, to); empty for a point between characters. */
export interface Span {
  from: number;
  to: number;
}

const WORD = /[\p{L}\p{N}]/u;
const isWord = (text: string, i: number) => i >= 0 && i < text.length && WORD.test(text[i]!);

/**
 * A range widened to whole words, so that two edits of the same word count as touching it even
 * when their characters differ ("cat" → "cot" and "cat" → "cats"). A point between two words
 * stays a point.
 */
export function wordSpan(text: string, span: Span): Span {
  let { from, to } = span;
  if (from === to) {
    if (!isWord(text, from - 1) || !isWord(text, from)) return span;
    to = from;
    while (isWord(text, from - 1)) from--;
    while (isWord(text, to)) to++;
    return { from, to };
  }
  while (isWord(text, from - 1) && isWord(text, from)) from--;
  while (isWord(text, to) && isWord(text, to - 1)) to++;
  return { from, to };
}

/**
 * Whether two edits touch the same words: overlapping ranges, a point strictly inside a range,
 * or two points at the same place (two insertions there compete for the spot).
 */
export function spansOverlap(a: Span, b: Span): boolean {
  const aPoint = a.from === a.to;
  const bPoint = b.from === b.to;
  if (aPoint && bPoint) return a.from === b.from;
  if (aPoint) return b.from < a.from && a.from < b.to;
  if (bPoint) return a.from < b.from && b.from < a.to;
  return a.from < b.to && b.from < a.to;
}

/**
 * How offsets in one text map onto another: the word diff of their characters (by key), kept
 * as the hunks that differ. Offsets in equal stretches map exactly.
 */
export class OffsetMap {
  /** Differing stretches, in order. */
  readonly hunks: Hunk[];

  constructor(
    /** The first text, for widening ranges to words. */
    readonly text: string,
    a: readonly string[],
    b: readonly string[],
  ) {
    this.hunks = [];
    let last: Hunk | undefined;
    for (const run of diffSequence(a, b)) {
      if (run.op === 'equal') {
        last = undefined;
        continue;
      }
      if (last) {
        last.aEnd = run.aEnd;
        last.bEnd = run.bEnd;
      } else {
        last = { aStart: run.aStart, aEnd: run.aEnd, bStart: run.bStart, bEnd: run.bEnd };
        this.hunks.push(last);
      }
    }
  }

  /** Whether the two texts are the same. */
  get identity(): boolean {
    return this.hunks.length === 0;
  }

  /**
   * Where a point of the first text lies in the second: after any insertion made exactly there,
   * and at the start of the replacement when it lies inside a changed stretch.
   */
  map(point: number): number {
    let shift = 0;
    for (const h of this.hunks) {
      if (h.aStart > point || (h.aStart === point && h.aEnd > point)) break;
      if (h.aEnd > point) return h.bStart;
      shift = h.bEnd - h.aEnd;
    }
    return point + shift;
  }

  /** Like {@link map}, but a point inside a changed stretch maps to the end of its replacement. */
  mapEnd(point: number): number {
    for (const h of this.hunks) {
      if (h.aStart >= point) break;
      if (h.aEnd > point) return h.bEnd;
    }
    return this.map(point);
  }

  /** The hunks touching the same words as a range of the first text (see {@link spansOverlap}). */
  touching(span: Span): Hunk[] {
    const mine = wordSpan(this.text, span);
    return this.hunks.filter((h) =>
      spansOverlap(mine, wordSpan(this.text, { from: h.aStart, to: h.aEnd })),
    );
  }
}
