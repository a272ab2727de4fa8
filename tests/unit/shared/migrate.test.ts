import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../../../shared/document/format';
import { migrate, migrations, type Migration } from '../../../shared/document/migrate';

describe('migrate', () => {
  it('applies each step once, in version order, and stamps each new version', () => {
    const seen: unknown[] = [];
    const step =
      (tag: string): Migration =>
      (file) => {
        seen.push(file.formatVersion);
        return { ...file, steps: [...((file.steps as string[] | undefined) ?? []), tag] };
      };
    const table = { 1: step('1→2'), 2: step('2→3'), 3: step('3→4') };
    const result = migrate({ formatVersion: 1 }, 1, table, 4);
    expect(result).toEqual({ formatVersion: 4, steps: ['1→2', '2→3', '3→4'] });
    expect(seen).toEqual([1, 2, 3]);
  });

  it('starts from the file’s own version, skipping earlier steps', () => {
    const table: Record<number, Migration> = {
      1: () => {
        throw new Error('must not run');
      },
      2: (file) => ({ ...file, upgraded: true }),
    };
    expect(migrate({ formatVersion: 2 }, 2, table, 3)).toEqual({
      formatVersion: 3,
      upgraded: true,
    });
  });

  it('returns a file already at the target unchanged', () => {
    const file = { formatVersion: 3, x: 1 };
    expect(migrate(file, 3, {}, 3)).toBe(file);
  });

  it('throws a RangeError naming the version whose step is missing', () => {
    const table = { 1: (file: Record<string, unknown>) => file };
    expect(() => migrate({ formatVersion: 1 }, 1, table, 3)).toThrow(
      new RangeError('No migration from format version 2'),
    );
  });

  it('has a step for every version before the current one', () => {
    for (let v = 1; v < FORMAT_VERSION; v++) expect(migrations[v]).toBeTypeOf('function');
    expect(() => migrate({ formatVersion: 1 }, 1)).not.toThrow();
  });
});
