import { diffSequence } from '../diff/sequence';

/**
 * How one string is made from another: a positive number copies that many characters of the
 * base, a negative one skips that many, a string is inserted; the rest of the base is copied at
 * the end. Used to store an edited block as its difference from the block it was edited from
 * (the result is checked against the block's key, so a patch applied to the wrong base is caught).
 */
export type Patch = (number | string)[];

const TOKEN = /[\p{L}\p{N}_]+|\s+|[^]/gu;
/** A patch has to be this much smaller than the text it stands for to be worth a base lookup. */
const WORTH = 0.5;
const MAX_EDITS = 200;

/** A patch turning `from` into `to`, or null when storing `to` whole is about as small. */
export function makePatch(from: string, to: string): Patch | null {
  const a = from.match(TOKEN) ?? [];
  const b = to.match(TOKEN) ?? [];
  const runs = diffSequence(a, b, MAX_EDITS);
  const patch: Patch = [];
  let size = 2;
  const add = (op: number | string) => {
    const last = patch[patch.length - 1];
    if (typeof op === 'string' && typeof last === 'string') patch[patch.length - 1] = last + op;
    else if (
      typeof op === 'number' &&
      typeof last === 'number' &&
      Math.sign(op) === Math.sign(last)
    )
      patch[patch.length - 1] = last + op;
    else patch.push(op);
  };
  const length = (tokens: string[], start: number, end: number) => {
    let n = 0;
    for (let i = start; i < end; i++) n += tokens[i]!.length;
    return n;
  };
  for (const run of runs) {
    if (run.op === 'equal') add(length(a, run.aStart, run.aEnd));
    else if (run.op === 'delete') add(-length(a, run.aStart, run.aEnd));
    else add(b.slice(run.bStart, run.bEnd).join(''));
  }
  if (typeof patch[patch.length - 1] === 'number' && (patch[patch.length - 1] as number) > 0) {
    patch.pop();
  }
  for (const op of patch) size += typeof op === 'string' ? JSON.stringify(op).length + 1 : 6;
  return size < to.length * WORTH ? patch : null;
}

/** Applies a patch to `from`; null when the patch is malformed or reaches past the end of `from`. */
export function applyPatch(from: string, patch: unknown): string | null {
  if (!Array.isArray(patch)) return null;
  let out = '';
  let at = 0;
  for (const op of patch as unknown[]) {
    if (typeof op === 'string') out += op;
    else if (typeof op === 'number' && Number.isInteger(op) && op !== 0) {
      const end = at + Math.abs(op);
      if (end > from.length) return null;
      if (op > 0) out += from.slice(at, end);
      at = end;
    } else return null;
  }
  return out + from.slice(at);
}
