import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT, SettingsStore } from '../../../../main/services/settings';
import { fakeClock, tempDir } from './helpers';

const amina = { name: 'Amina Diallo', initials: 'AD', organization: 'ILO' };

describe('SettingsStore', () => {
  it('starts with no identity and no recent files', async () => {
    const store = new SettingsStore(await tempDir());
    await store.load();
    expect(store.get()).toEqual({ identity: null });
    expect(store.recent()).toEqual([]);
  });

  it('keeps the identity and recent files across restarts, written atomically', async () => {
    const dir = await tempDir();
    const store = new SettingsStore(dir);
    await store.load();
    await store.setIdentity(amina);
    await store.addRecent('/docs/a.accord');
    const again = new SettingsStore(dir);
    await again.load();
    expect(again.get()).toEqual({ identity: amina });
    expect(again.recent()).toEqual(['/docs/a.accord']);
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('moves a reopened file to the top and keeps at most twenty', async () => {
    const store = new SettingsStore(await tempDir());
    await store.load();
    for (let i = 0; i < 25; i++) await store.addRecent(`/docs/${i}.accord`);
    await store.addRecent('/docs/10.accord');
    const recent = store.recent();
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent[0]).toBe('/docs/10.accord');
    expect(recent.filter((p) => p === '/docs/10.accord')).toHaveLength(1);
    expect(recent).not.toContain('/docs/0.accord');
  });

  it('sets a damaged settings file aside and uses defaults', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), '{"identity": {"name": ');
    const store = new SettingsStore(dir, fakeClock('2026-03-02T09:00:00Z').now);
    await store.load();
    expect(store.get()).toEqual({ identity: null });
    const aside = join(dir, 'settings.json.damaged-2026-03-02T09-00-00-000Z');
    expect(store.setAside).toBe(aside);
    expect(await readFile(aside, 'utf8')).toBe('{"identity": {"name": ');
  });
});
