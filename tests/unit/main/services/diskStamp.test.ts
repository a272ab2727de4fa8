import { createHash } from 'node:crypto';
import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameContent, stampOf } from '../../../../main/services/diskStamp';
import { tempDir } from './helpers';

describe('disk stamps', () => {
  it('records modification time, size and the sha-256 of the bytes', async () => {
    const path = join(await tempDir(), 'a.accord');
    await writeFile(path, 'héllo');
    const stamp = await stampOf(path);
    expect(stamp).toMatchObject({
      size: Buffer.byteLength('héllo'),
      hash: createHash('sha256').update('héllo').digest('hex'),
    });
    expect(stamp?.mtimeMs).toBeGreaterThan(0);
  });

  it('is null for a file that does not exist', async () => {
    expect(await stampOf(join(await tempDir(), 'gone.accord'))).toBeNull();
  });

  it('treats a touched file with the same bytes as the same content', async () => {
    const path = join(await tempDir(), 'a.accord');
    await writeFile(path, 'same');
    const before = await stampOf(path);
    const later = new Date(Date.now() + 5_000);
    await utimes(path, later, later);
    const after = await stampOf(path);
    expect(after?.mtimeMs).not.toBe(before?.mtimeMs);
    expect(sameContent(before, after)).toBe(true);
  });

  it('tells different bytes of the same size apart', async () => {
    const path = join(await tempDir(), 'a.accord');
    await writeFile(path, 'abc');
    const before = await stampOf(path);
    await writeFile(path, 'abd');
    expect(sameContent(before, await stampOf(path))).toBe(false);
  });

  it('trusts a known hash when time and size are unchanged', async () => {
    const path = join(await tempDir(), 'a.accord');
    await writeFile(path, 'abc');
    const real = await stampOf(path);
    if (!real) throw new Error('expected a stamp');
    const known = { ...real, hash: 'trusted' };
    expect(await stampOf(path, known)).toBe(known);
    expect(await stampOf(path, { ...known, size: 4 })).toEqual(real);
  });

  it('compares missing files as equal only to missing files', () => {
    const stamp = { mtimeMs: 1, size: 1, hash: 'h' };
    expect(sameContent(null, null)).toBe(true);
    expect(sameContent(stamp, null)).toBe(false);
    expect(sameContent(null, stamp)).toBe(false);
  });
});
