/** One run of a diff between sequences `a` and `b`: `a[aStart, aEnd)` kept, deleted, or `b[bStart, bEnd)` inserted. */
export interface DiffRun {
  op: 'equal' | 'delete' | 'insert';
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/**
 * Edit distance past which `diffSequence` stops searching and reports the differing middle as
 * one replacement. Myers' search costs O((N+M)·D) time and here O(D²) memory, so this bounds both
 * for pathological inputs; real edits to one paragraph or one version are far below it.
 */
export const MAX_EDITS = 1000;

function push(runs: DiffRun[], run: DiffRun): void {
  if (run.aStart === run.aEnd && run.bStart === run.bEnd) return;
  const last = runs[runs.length - 1];
  if (last && last.op === run.op && last.aEnd === run.aStart && last.bEnd === run.bStart) {
    last.aEnd = run.aEnd;
    last.bEnd = run.bEnd;
  } else {
    runs.push({ ...run });
  }
}

/** Myers' greedy forward search over a[a0,a1) and b[b0,b1); null when it needs more than maxD edits. */
function myers<T>(
  a: readonly T[],
  b: readonly T[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  maxD: number,
): DiffRun[] | null {
  const n = a1 - a0;
  const m = b1 - b0;
  const max = n + m;
  const limit = Math.min(max, maxD);
  const v = new Int32Array(2 * max + 3);
  const offset = max + 1;
  // trace[d][k + d] is the furthest x reached on diagonal k after d edits.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    const row = new Int32Array(2 * d + 1);
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      row[k + d] = x;
      if (x >= n && y >= m) {
        trace.push(row);
        return backtrack(trace, n, m, a0, b0);
      }
    }
    trace.push(row);
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number, a0: number, b0: number): DiffRun[] {
  const reversed: DiffRun[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && prev[k - 1 + d - 1]! < prev[k + 1 + d - 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = prev[prevK + d - 1]!;
    const prevY = prevX - prevK;
    const startX = down ? prevX : prevX + 1;
    const startY = startX - k;
    if (x > startX) {
      reversed.push({ op: 'equal', aStart: startX, aEnd: x, bStart: startY, bEnd: y });
    }
    if (down)
      reversed.push({ op: 'insert', aStart: prevX, aEnd: prevX, bStart: prevY, bEnd: prevY + 1 });
    else
      reversed.push({ op: 'delete', aStart: prevX, aEnd: prevX + 1, bStart: prevY, bEnd: prevY });
    x = prevX;
    y = prevY;
  }
  if (x > 0) reversed.push({ op: 'equal', aStart: 0, aEnd: x, bStart: 0, bEnd: y });
  const runs: DiffRun[] = [];
  for (let i = reversed.length - 1; i >= 0; i--) {
    const r = reversed[i]!;
    push(runs, {
      op: r.op,
      aStart: r.aStart + a0,
      aEnd: r.aEnd + a0,
      bStart: r.bStart + b0,
      bEnd: r.bEnd + b0,
    });
  }
  return runs;
}

/**
 * A shortest edit script from `a` to `b` (Myers 1986), elements compared with `===`. The common
 * prefix and suffix are trimmed first, so a few edits in a long sequence cost little.
 */
export function diffSequence<T>(a: readonly T[], b: readonly T[], maxEdits = MAX_EDITS): DiffRun[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  const runs: DiffRun[] = [];
  push(runs, { op: 'equal', aStart: 0, aEnd: start, bStart: 0, bEnd: start });
  const middle = myers(a, b, start, aEnd, start, bEnd, maxEdits) ?? [
    { op: 'delete' as const, aStart: start, aEnd, bStart: start, bEnd: start },
    { op: 'insert' as const, aStart: aEnd, aEnd, bStart: start, bEnd },
  ];
  for (const run of middle) push(runs, run);
  push(runs, { op: 'equal', aStart: aEnd, aEnd: a.length, bStart: bEnd, bEnd: b.length });
  return runs;
}
