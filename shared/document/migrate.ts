import { FORMAT_VERSION } from './format';

/** Upgrades a parsed file of version N to version N + 1. */
export type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they upgrade from. Version 1 is the first released format, so the
 * table is empty; each later format change adds one entry and a test with a file of the old form.
 */
export const migrations: Readonly<Record<number, Migration>> = {};

/**
 * Brings a parsed file up to `target`, one step at a time. Throws a RangeError when a step is
 * missing, which is a programming error, never a user's.
 */
export function migrate(
  file: Record<string, unknown>,
  from: number,
  table: Readonly<Record<number, Migration>> = migrations,
  target: number = FORMAT_VERSION,
): Record<string, unknown> {
  let current = file;
  for (let v = from; v < target; v++) {
    const step = table[v];
    if (!step) throw new RangeError(`No migration from format version ${v}`);
    current = { ...step(current), formatVersion: v + 1 };
  }
  return current;
}
