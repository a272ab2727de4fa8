import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file-system calls an atomic write makes; injectable so tests can fail one midway. */
export interface AtomicFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
}

const TEMP_SUFFIX = '.accord-tmp';

/** Leftover temps younger than this may belong to a save still running; they are left alone. */
const STRAY_AGE_MS = 60_000;

/** Whether a file name is one of our temp files (`.<name>.<random>.accord-tmp`). */
export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}

function tempPathFor(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
  );
}

/**
 * Flushes a folder's entry table so a rename survives power loss. Some systems (Windows, some
 * network shares) cannot open or sync a folder; the rename is then as durable as they allow.
 */
async function syncDir(dir: string, fs: AtomicFs): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES')
      throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * On Windows a virus scanner or indexer may hold the target open for a moment, failing the
 * rename with EPERM or EBUSY; a few short retries ride that out. Elsewhere a failure is final.
 */
async function renameWithRetry(from: string, to: string, fs: AtomicFs): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const transient = code === 'EPERM' || code === 'EBUSY' || code === 'EACCES';
      if (process.platform !== 'win32' || !transient || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

/**
 * Replaces `path` with `data` so that a crash at any moment leaves either the old or the new
 * complete file: write a temp beside it, fsync, rename over the target, fsync the folder. The
 * temp is removed on any failure and the original is untouched.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  fs: AtomicFs = fsp,
): Promise<void> {
  const temp = tempPathFor(path);
  // The replacement keeps the permissions the user gave the original (say, private to them).
  const mode = await fsp.stat(path).then(
    (info) => info.mode & 0o777,
    () => null,
  );
  let renamed = false;
  try {
    // 'wx' refuses to follow or reuse an existing name, so a planted symlink cannot redirect us.
    const handle = await fs.open(temp, 'wx', 0o644);
    try {
      if (mode !== null) await handle.chmod(mode);
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, path, fs);
    renamed = true;
    await syncDir(dirname(path), fs);
  } catch (error) {
    if (!renamed) await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Removes temp files left by saves that were killed midway. Temps younger than a minute are kept
 * because another window may be writing them right now. Returns how many were removed.
 */
export async function cleanStrayTemps(dir: string, now: Date = new Date()): Promise<number> {
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!isTempName(name)) continue;
    const full = join(dir, name);
    try {
      const info = await fsp.lstat(full);
      if (!info.isFile() || now.getTime() - info.mtimeMs < STRAY_AGE_MS) continue;
      await fsp.unlink(full);
      removed++;
    } catch {
      // Another instance removed it first, or it cannot be removed; neither blocks startup.
    }
  }
  return removed;
}
