import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../main/services/atomicWrite';
import { BackupStore, MAX_BACKUPS } from '../../../../main/services/backups';
import { fakeClock, sampleFile, tempDir } from './helpers';

async function setup() {
  const data = await tempDir();
  const library = await tempDir();
  const clock = fakeClock();
  const store = new BackupStore(data, clock.now);
  const path = join(library, 'Plan.accord');
  const file = sampleFile('Plan v0');
  return { data, path, file, clock, store };
}

describe('BackupStore', () => {
  it('keeps the bytes about to be replaced, even after the document is rewritten', async () => {
    const { path, file, store } = await setup();
    await writeFile(path, JSON.stringify({ ...file, meta: { ...file.meta, title: 'Before' } }));
    const before = await readFile(path, 'utf8');
    await store.keep(file.documentId, path);
    await writeFileAtomic(path, 'after');
    const [entry] = await store.list(path);
    const found = entry && (await store.find(path, entry.id));
    expect(found && (await readFile(found, 'utf8'))).toBe(before);
  });

  it('lists backups newest first with their titles and keeps only the last ten', async () => {
    const { data, path, file, clock, store } = await setup();
    await writeFile(path, JSON.stringify(file));
    for (let i = 1; i <= MAX_BACKUPS + 3; i++) {
      await store.keep(file.documentId, path);
      await writeFileAtomic(
        path,
        JSON.stringify({ ...file, meta: { ...file.meta, title: `State ${i}` } }),
      );
      clock.advance(1000);
    }
    const list = await store.list(path);
    // The newest backup holds the state before the last save.
    expect(list.map((b) => b.title)).toEqual(
      Array.from({ length: MAX_BACKUPS }, (_, i) => `State ${MAX_BACKUPS + 2 - i}`),
    );
    expect(list[1]?.size).toBeGreaterThan(0);
    const folder = join(data, 'backups', file.documentId);
    expect((await readdir(folder)).filter((n) => n.endsWith('.accord'))).toHaveLength(MAX_BACKUPS);
  });

  it('finds backups of a document whose file is now damaged, through the recorded path', async () => {
    const { path, file, store } = await setup();
    await writeFile(path, JSON.stringify(file));
    await store.keep(file.documentId, path);
    await writeFileAtomic(path, '{ damaged');
    expect((await store.list(path)).map((b) => b.title)).toEqual(['Plan v0']);
  });

  it('does nothing when there is no previous file to keep', async () => {
    const { path, file, store } = await setup();
    expect(await store.keep(file.documentId, path)).toBeNull();
    expect(await store.list(path)).toEqual([]);
  });

  it('discards a backup whose save failed', async () => {
    const { path, file, store } = await setup();
    await writeFile(path, JSON.stringify(file));
    const kept = await store.keep(file.documentId, path);
    if (!kept) throw new Error('expected a backup');
    await store.discard(kept);
    expect(await store.list(path)).toEqual([]);
  });

  it('finds no backup for an unknown id', async () => {
    const { path, file, store } = await setup();
    await writeFile(path, JSON.stringify(file));
    await store.keep(file.documentId, path);
    expect(await store.find(path, 'nope')).toBeNull();
    expect(await store.find(path, '../../etc')).toBeNull();
  });
});
