import type { Node } from 'prosemirror-model';

const words = new WeakMap<Node, Set<string>>();
const WORD = /[\p{L}\p{N}]+/gu;

/** The distinct lower-cased words of a node's text, cached per node object. */
export function wordSet(node: Node): Set<string> {
  let set = words.get(node);
  if (!set) {
    set = new Set((node.textContent.toLowerCase().match(WORD) ?? []) as string[]);
    words.set(node, set);
  }
  return set;
}

/** Dice coefficient of two nodes' word sets, 0 (nothing shared, or both empty) to 1 (same words). */
export function similarity(a: Node, b: Node): number {
  const sa = wordSet(a);
  const sb = wordSet(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return (2 * shared) / (sa.size + sb.size);
}

/** Similarity from which two blocks without a common id count as the same block edited. */
export const SIMILAR = 0.5;

/** Positions (in `seq`) of one longest strictly increasing subsequence, O(n log n). */
export function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Int32Array(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    const value = seq[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const result = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = prev[i]!) result.add(i);
  return result;
}
