/**
 * Where the first number JSON cannot store (NaN or ±Infinity; a file's `1e400` parses as
 * Infinity) sits in a value, as a dotted path, or null when there is none. Saving such a number
 * writes null, so a file holding one would change on its next save. Recursion is bounded by the
 * nesting limit checked before this runs.
 */
export function nonFiniteNumberAt(value: unknown): string | null {
  const keys: string[] = [];
  const visit = (v: unknown): boolean => {
    if (typeof v === 'number') return !Number.isFinite(v);
    if (typeof v !== 'object' || v === null) return false;
    for (const key of Object.keys(v)) {
      if (visit((v as Record<string, unknown>)[key])) {
        keys.push(key);
        return true;
      }
    }
    return false;
  };
  if (!visit(value)) return null;
  return keys.length ? keys.reverse().join('.') : 'the top level';
}
