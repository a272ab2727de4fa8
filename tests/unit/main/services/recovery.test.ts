import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecoveryStore } from '../../../../main/services/recovery';
import { fakeClock, sampleFile, tempDir } from './helpers';

describe('RecoveryStore', () => {
  it('stores autosaved work atomically and lists it newest first with titles', async () => {
    const data = await tempDir();
    const clock = fakeClock();
    const store = new RecoveryStore(data, clock.now);
    expect(await store.save('win-1', '/docs/Plan.accord', sampleFile('Plan'))).toEqual({
      ok: true,
      value: { savedAt: clock.now().toISOString() },
    });
    clock.advance(2000);
    await store.save('win-2', null, sampleFile(''));
    expect(await store.list()).toEqual([
      { id: 'win-2', path: null, title: 'Untitled document', savedAt: clock.now().toISOString() },
      {
        id: 'win-1',
        path: '/docs/Plan.accord',
        title: 'Plan',
        savedAt: '2026-03-02T09:00:00.000Z',
      },
    ]);
    expect(await readdir(join(data, 'recovery'))).toEqual(['win-1.json', 'win-2.json']);
  });

  it('replaces the previous state of the same key', async () => {
    const store = new RecoveryStore(await tempDir());
    await store.save('k', null, sampleFile('First'));
    await store.save('k', null, sampleFile('Second'));
    expect((await store.list()).map((e) => e.title)).toEqual(['Second']);
  });

  it('skips damaged records in the list without deleting them', async () => {
    const data = await tempDir();
    const store = new RecoveryStore(data);
    await store.save('good', null, sampleFile('Good'));
    await writeFile(join(data, 'recovery', 'bad.json'), '{"path": null, "fi');
    expect((await store.list()).map((e) => e.id)).toEqual(['good']);
    expect((await readdir(join(data, 'recovery'))).sort()).toEqual(['bad.json', 'good.json']);
    expect(await store.read('bad')).toMatchObject({ ok: false, error: { code: 'corrupt-file' } });
  });

  it('discards a record, and discarding twice is harmless', async () => {
    const store = new RecoveryStore(await tempDir());
    await store.save('k', null, sampleFile('X'));
    expect(await store.discard('k')).toEqual({ ok: true, value: null });
    expect(await store.discard('k')).toEqual({ ok: true, value: null });
    expect(await store.read('k')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses ids that could name other files', async () => {
    const store = new RecoveryStore(await tempDir());
    expect(await store.read('../settings')).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await store.discard('a/b')).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });
});
