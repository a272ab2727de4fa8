import type * as fsp from 'node:fs/promises';
import { dirname } from 'node:path';

/** Which file-system call fails, with which error, for files written into `folder`. */
export interface FaultRule {
  code: 'ENOSPC' | 'EDQUOT' | 'EROFS' | 'EACCES' | 'EIO';
  /** open: creating the temp file; write: after half the bytes; sync: flushing; rename: replacing. */
  at: 'open' | 'write' | 'sync' | 'rename';
  folder: string;
}

/** The fault in force (null: none) and how often it fired; tests set and clear it. */
export const faults: { rule: FaultRule | null; hits: number } = { rule: null, hits: 0 };

function errnoError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(
    `${code}: simulated failure, ${syscall} '${path}'`,
  );
  error.code = code;
  error.syscall = syscall;
  error.path = path;
  return error;
}

/** The rule when it applies to a new file at `path` (atomic writes create their temps with 'wx'). */
function ruleFor(path: unknown, flags: unknown): FaultRule | null {
  const rule = faults.rule;
  if (!rule || typeof path !== 'string' || flags !== 'wx') return null;
  return dirname(path) === rule.folder ? rule : null;
}

/** Wraps a file handle so that writeFile or sync fails the way `rule` says. */
function failingHandle(handle: fsp.FileHandle, rule: FaultRule, path: string): fsp.FileHandle {
  return new Proxy(handle, {
    get(target, property) {
      if (property === 'writeFile' && rule.at === 'write') {
        return async (data: string | Uint8Array) => {
          // A full disk accepts part of the data before it refuses the rest.
          const bytes = typeof data === 'string' ? Buffer.from(data) : data;
          await target.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
          faults.hits++;
          throw errnoError(rule.code, 'write', path);
        };
      }
      if (property === 'sync' && rule.at === 'sync') {
        return () => {
          faults.hits++;
          return Promise.reject(errnoError(rule.code, 'fsync', path));
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

/**
 * The real node:fs/promises with `open` and `rename` able to fail as {@link faults} says, for a
 * vi.mock of node:fs/promises: the services then meet a full disk, a read-only drive or folder
 * exactly where the operating system would report it.
 */
export function faultyFs(real: typeof fsp): typeof fsp {
  const open = (async (
    path: Parameters<typeof fsp.open>[0],
    flags?: string | number,
    mode?: number,
  ) => {
    const rule = ruleFor(path, flags);
    if (rule?.at === 'open') {
      faults.hits++;
      throw errnoError(rule.code, 'open', String(path));
    }
    const handle = await real.open(path, flags, mode);
    return rule ? failingHandle(handle, rule, String(path)) : handle;
  }) as typeof fsp.open;
  const rename = (async (from: string, to: string) => {
    const rule = faults.rule;
    if (rule?.at === 'rename' && dirname(to) === rule.folder) {
      faults.hits++;
      throw errnoError(rule.code, 'rename', to);
    }
    return real.rename(from, to);
  }) as typeof fsp.rename;
  return { ...real, open, rename };
}
