import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { DiskStamp } from '../../shared/api';

/** The sha-256 of some bytes, in hex: what a stamp compares. */
export function hashBytes(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A stamp for bytes just read or written, with the modification time of the file holding them. */
export function stampFor(data: string | Uint8Array, mtimeMs: number): DiskStamp {
  const size = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  return { mtimeMs, size, hash: hashBytes(data) };
}

/**
 * Where the file at `path` stands now, or null when there is none. When `known` has the same
 * modification time and size, its hash is trusted rather than reading the whole file again.
 */
export async function stampOf(path: string, known?: DiskStamp | null): Promise<DiskStamp | null> {
  try {
    const before = await stat(path);
    if (!before.isFile()) return null;
    if (known && known.mtimeMs === before.mtimeMs && known.size === before.size) return known;
    const bytes = await readFile(path);
    return stampFor(bytes, before.mtimeMs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Whether two stamps describe the same bytes (touching a file changes its time, not its content). */
export function sameContent(a: DiskStamp | null, b: DiskStamp | null): boolean {
  if (a === null || b === null) return a === b;
  return a.size === b.size && a.hash === b.hash;
}
