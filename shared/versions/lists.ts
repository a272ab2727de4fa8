import { diffSequence } from '../diff/sequence';

/** A stored list must shrink at least this much to be worth storing as edits of its base. */
const WORTH = 0.5;

function size(list: readonly string[]): number {
  let n = 0;
  for (const item of list) n += item.length + 3;
  return n;
}

/**
 * `next` as edits of `base`: "=n" keeps the next n keys of the base, "-n" skips n, "!key" puts
 * key in place of the next one (the usual edit), anything else is a key (keys are base-62, so
 * never start with =, - or !). Null when the full list is about as small. This keeps 200
 * versions of a 2,500-block document from holding 500,000 keys.
 */
export function encodeList(base: readonly string[], next: readonly string[]): string[] | null {
  const ops: string[] = [];
  for (const run of diffSequence(base, next)) {
    if (run.op === 'equal') ops.push(`=${run.aEnd - run.aStart}`);
    else if (run.op === 'delete') ops.push(`-${run.aEnd - run.aStart}`);
    else ops.push(...next.slice(run.bStart, run.bEnd));
  }
  // Skipping and adding commute, so "-1" next to a key on either side folds into "!key".
  const out: string[] = [];
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    const after = ops[i + 1];
    if (op === '-1' && after !== undefined && isKey(after)) {
      out.push(`!${after}`);
      i++;
    } else if (isKey(op) && after === '-1') {
      out.push(`!${op}`);
      i++;
    } else out.push(op);
  }
  return size(out) < size(next) * WORTH ? out : null;
}

function isKey(op: string): boolean {
  return !/^[=!-]/.test(op);
}

/** Rebuilds a list from its base and the edits `encodeList` made; null when they do not fit. */
export function decodeList(base: readonly string[], ops: readonly string[]): string[] | null {
  const out: string[] = [];
  let at = 0;
  for (const op of ops) {
    if (op.startsWith('!')) {
      if (at >= base.length) return null;
      out.push(op.slice(1));
      at++;
      continue;
    }
    const run = /^([=-])(\d{1,9})$/.exec(op);
    if (!run) {
      out.push(op);
      continue;
    }
    const count = Number(run[2]);
    if (at + count > base.length) return null;
    if (run[1] === '=') for (let i = at; i < at + count; i++) out.push(base[i]!);
    at += count;
  }
  return at === base.length ? out : null;
}
