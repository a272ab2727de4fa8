import * as fsp from 'node:fs/promises';
import { chmod, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cleanStrayTemps,
  isTempName,
  writeFileAtomic,
  type AtomicFs,
} from '../../../../main/services/atomicWrite';
import { tempDir } from './helpers';

/** The real file system, except that writing the temp stops after `bytes` bytes with ENOSPC. */
function diskFullAfter(bytes: number): AtomicFs {
  return {
    ...fsp,
    open: (async (path: string, flags?: string, mode?: number) => {
      const handle = await fsp.open(path, flags, mode);
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writeFile') {
            return async (data: string | Uint8Array) => {
              const buffer = typeof data === 'string' ? Buffer.from(data) : data;
              await target.write(buffer.subarray(0, bytes));
              throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
            };
          }
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
        },
      });
    }) as typeof fsp.open,
  };
}

describe('writeFileAtomic', () => {
  it('creates a file and replaces it with new content', async () => {
    const dir = await tempDir();
    const path = join(dir, 'plan.accord');
    await writeFileAtomic(path, 'first');
    await writeFileAtomic(path, new TextEncoder().encode('second'));
    expect(await readFile(path, 'utf8')).toBe('second');
    expect(await readdir(dir)).toEqual(['plan.accord']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const dir = await tempDir();
    const path = join(dir, 'private.accord');
    await writeFile(path, 'first');
    await chmod(path, 0o600);
    await writeFileAtomic(path, 'second');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('leaves the original intact and no temp behind when the write fails midway', async () => {
    const dir = await tempDir();
    const path = join(dir, 'plan.accord');
    await writeFile(path, 'the original, complete');
    await expect(writeFileAtomic(path, 'x'.repeat(10_000), diskFullAfter(100))).rejects.toThrow(
      'ENOSPC',
    );
    expect(await readFile(path, 'utf8')).toBe('the original, complete');
    expect(await readdir(dir)).toEqual(['plan.accord']);
  });

  it('leaves the original intact and no temp behind when the rename fails', async () => {
    const dir = await tempDir();
    const path = join(dir, 'plan.accord');
    await writeFile(path, 'original');
    const failingRename: AtomicFs = {
      ...fsp,
      rename: () => Promise.reject(Object.assign(new Error('EXDEV'), { code: 'EXDEV' })),
    };
    await expect(writeFileAtomic(path, 'new', failingRename)).rejects.toThrow('EXDEV');
    expect(await readFile(path, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['plan.accord']);
  });

  it('fails without creating anything when the folder does not exist', async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(join(dir, 'missing', 'plan.accord'), 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('names its temps with a leading dot and the .accord-tmp ending', () => {
    expect(isTempName('.plan.accord.1a2b3c.accord-tmp')).toBe(true);
    expect(isTempName('plan.accord')).toBe(false);
    expect(isTempName('plan.accord-tmp')).toBe(false);
  });
});

describe('cleanStrayTemps', () => {
  it('removes temps older than a minute and keeps younger ones and other files', async () => {
    const dir = await tempDir();
    const old = join(dir, '.plan.accord.aaaa.accord-tmp');
    const young = join(dir, '.plan.accord.bbbb.accord-tmp');
    await writeFile(old, 'half a save');
    await writeFile(young, 'a save in progress');
    await writeFile(join(dir, 'plan.accord'), 'document');
    await writeFile(join(dir, 'notes.accord-tmp'), 'not ours: no leading dot');
    const now = new Date();
    const twoMinutesAgo = new Date(now.getTime() - 120_000);
    await utimes(old, twoMinutesAgo, twoMinutesAgo);
    expect(await cleanStrayTemps(dir, now)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(
      ['.plan.accord.bbbb.accord-tmp', 'notes.accord-tmp', 'plan.accord'].sort(),
    );
  });

  it('returns zero for a folder that does not exist', async () => {
    const dir = await tempDir();
    expect(await cleanStrayTemps(join(dir, 'nowhere'))).toBe(0);
  });
});
