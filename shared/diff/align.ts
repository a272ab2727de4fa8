import type { Node } from 'prosemirror-model';
import { longestIncreasing, SIMILAR, similarity } from './similarity';

/** Why two blocks were taken for the same one: shared id, fixed role, equal text, or similar text. */
export type PairReason = 'id' | 'role' | 'content' | 'similar';

/** An old block and the new block it became. `moved` when it changed place relative to the others. */
export interface BlockPair {
  oldIndex: number;
  newIndex: number;
  reason: PairReason;
  moved: boolean;
}

/** One slot of the union of two child lists, in the order the comparison shows them. */
export type AlignedEntry =
  | { kind: 'kept'; pair: BlockPair }
  | { kind: 'moved-from'; pair: BlockPair }
  | { kind: 'moved-to'; pair: BlockPair }
  | { kind: 'inserted'; newIndex: number }
  | { kind: 'deleted'; oldIndex: number };

/** How the children of two versions of a node line up. */
export interface Alignment {
  pairs: BlockPair[];
  entries: AlignedEntry[];
}

/** Gaps up to this many candidate pairs are paired optimally; larger ones with a sliding window. */
const FULL_GAP = 10_000;
const WINDOW = 32;

function childrenOf(node: Node): Node[] {
  const out: Node[] = [];
  node.forEach((child) => out.push(child));
  return out;
}

function idOf(node: Node): string | null {
  const id: unknown = node.attrs.id;
  return typeof id === 'string' && id !== '' ? id : null;
}

/** Blocks that have one fixed place: the masthead, the summary and the fields of a record. */
function roleOf(node: Node): string | null {
  const name = node.type.name;
  if (name === 'masthead' || name === 'summary') return name;
  if (name === 'action_field' || name === 'masthead_field')
    return `${name}:${String(node.attrs.field)}`;
  return null;
}

function compatible(a: Node, b: Node): boolean {
  return a.type === b.type || (a.isTextblock && b.isTextblock);
}

class Matcher {
  readonly oldMatch: Int32Array;
  readonly newMatch: Int32Array;
  readonly reasons: PairReason[] = [];

  constructor(
    readonly olds: Node[],
    readonly news: Node[],
  ) {
    this.oldMatch = new Int32Array(olds.length).fill(-1);
    this.newMatch = new Int32Array(news.length).fill(-1);
  }

  pair(i: number, j: number, reason: PairReason): void {
    this.oldMatch[i] = j;
    this.newMatch[j] = i;
    this.reasons[i] = reason;
  }

  /** Pairs unmatched blocks with equal keys, first with first, in document order. */
  byKey(key: (node: Node) => string | null, reason: PairReason): void {
    const waiting = new Map<string, number[]>();
    this.news.forEach((node, j) => {
      const k = this.newMatch[j]! < 0 ? key(node) : null;
      if (k === null) return;
      const list = waiting.get(k);
      if (list) list.push(j);
      else waiting.set(k, [j]);
    });
    this.olds.forEach((node, i) => {
      const k = this.oldMatch[i]! < 0 ? key(node) : null;
      const j = k === null ? undefined : waiting.get(k)?.shift();
      if (j !== undefined && compatible(node, this.news[j]!)) this.pair(i, j, reason);
    });
  }

  pairs(): BlockPair[] {
    const out: BlockPair[] = [];
    this.oldMatch.forEach((j, i) => {
      if (j >= 0) out.push({ oldIndex: i, newIndex: j, reason: this.reasons[i]!, moved: false });
    });
    const inOrder = longestIncreasing(out.map((p) => p.newIndex));
    out.forEach((p, k) => (p.moved = !inOrder.has(k)));
    return out;
  }

  /** Pairs similar blocks inside each gap between blocks already matched in order. */
  bySimilarity(): void {
    const anchors = this.pairs().filter((p) => !p.moved);
    let o = 0;
    let n = 0;
    for (const a of [...anchors, { oldIndex: this.olds.length, newIndex: this.news.length }]) {
      const os: number[] = [];
      const ns: number[] = [];
      for (let i = o; i < a.oldIndex; i++) if (this.oldMatch[i]! < 0) os.push(i);
      for (let j = n; j < a.newIndex; j++) if (this.newMatch[j]! < 0) ns.push(j);
      if (os.length && ns.length) {
        if (os.length * ns.length <= FULL_GAP) this.bestInGap(os, ns);
        else this.windowInGap(os, ns);
      }
      o = a.oldIndex + 1;
      n = a.newIndex + 1;
    }
  }

  private score(i: number, j: number): number {
    const a = this.olds[i]!;
    const b = this.news[j]!;
    return compatible(a, b) ? similarity(a, b) : 0;
  }

  /** The order-keeping pairing with the largest total similarity (a weighted LCS). */
  private bestInGap(os: number[], ns: number[]): void {
    const rows = os.length;
    const cols = ns.length;
    const w = cols + 1;
    const best = new Float64Array((rows + 1) * w);
    const sim = new Float64Array(rows * cols);
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        const s = this.score(os[r - 1]!, ns[c - 1]!);
        sim[(r - 1) * cols + c - 1] = s;
        let v = Math.max(best[(r - 1) * w + c]!, best[r * w + c - 1]!);
        if (s >= SIMILAR) v = Math.max(v, best[(r - 1) * w + c - 1]! + s);
        best[r * w + c] = v;
      }
    }
    let r = rows;
    let c = cols;
    while (r > 0 && c > 0) {
      const s = sim[(r - 1) * cols + c - 1]!;
      const here = best[r * w + c]!;
      if (s >= SIMILAR && here === best[(r - 1) * w + c - 1]! + s) {
        this.pair(os[r - 1]!, ns[c - 1]!, 'similar');
        r--;
        c--;
      } else if (here === best[(r - 1) * w + c]!) r--;
      else c--;
    }
  }

  /** Greedy pairing within a sliding window, for gaps too large to pair optimally. */
  private windowInGap(os: number[], ns: number[]): void {
    let from = 0;
    for (const i of os) {
      let pick = -1;
      let top = 0;
      for (let c = from; c < Math.min(ns.length, from + WINDOW); c++) {
        const s = this.score(i, ns[c]!);
        if (s >= SIMILAR && s > top) {
          top = s;
          pick = c;
        }
      }
      if (pick >= 0) {
        this.pair(i, ns[pick]!, 'similar');
        from = pick + 1;
      }
    }
  }
}

/**
 * Lines up the children of two versions of a node: by stable id, then fixed role (masthead,
 * summary, record fields), then equal text, then similar text (word-set Dice ≥ 0.5) between blocks
 * already in order, which pairs split and merged paragraphs. Pairs off the longest increasing
 * run of new positions are moved. Entries list, between kept pairs, the old side's deleted and
 * moved-away blocks before the new side's inserted and moved-in ones.
 */
export function alignBlocks(oldParent: Node, newParent: Node): Alignment {
  const m = new Matcher(childrenOf(oldParent), childrenOf(newParent));
  const ids = new Map<string, number>();
  m.news.forEach((node, j) => {
    const id = idOf(node);
    if (id !== null && !ids.has(id)) ids.set(id, j);
  });
  m.olds.forEach((node, i) => {
    const id = idOf(node);
    const j = id === null ? undefined : ids.get(id);
    if (j !== undefined && m.newMatch[j]! < 0) m.pair(i, j, 'id');
  });
  m.byKey(roleOf, 'role');
  m.byKey((node) => `${node.type.name}\u0000${node.textContent}`, 'content');
  m.bySimilarity();

  const pairs = m.pairs();
  const byOld = new Map(pairs.map((p) => [p.oldIndex, p]));
  const byNew = new Map(pairs.map((p) => [p.newIndex, p]));
  const entries: AlignedEntry[] = [];
  let o = 0;
  let n = 0;
  for (const anchor of [...pairs.filter((p) => !p.moved), null]) {
    const oEnd = anchor ? anchor.oldIndex : m.olds.length;
    const nEnd = anchor ? anchor.newIndex : m.news.length;
    for (let i = o; i < oEnd; i++) {
      const p = byOld.get(i);
      entries.push(p ? { kind: 'moved-from', pair: p } : { kind: 'deleted', oldIndex: i });
    }
    for (let j = n; j < nEnd; j++) {
      const p = byNew.get(j);
      entries.push(p ? { kind: 'moved-to', pair: p } : { kind: 'inserted', newIndex: j });
    }
    if (anchor) entries.push({ kind: 'kept', pair: anchor });
    o = oEnd + 1;
    n = nEnd + 1;
  }
  return { pairs, entries };
}

/** Whether an entry shows the old side only (deleted or moved away). */
export function isOldSide(entry: AlignedEntry): boolean {
  return entry.kind === 'deleted' || entry.kind === 'moved-from';
}
