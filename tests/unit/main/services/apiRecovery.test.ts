import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeAccordFile } from '../../../../shared/document/load';
import { makeHandlers, value } from './apiHelpers';
import { sampleFile, tempDir } from './helpers';

describe('api handlers: autosave and recovery', () => {
  it('offers autosaved work after a restart, dirty, with the recorded path and its disk stamp', async () => {
    const first = await makeHandlers();
    const path = join(first.libraryDir, 'Plan.accord');
    await writeFile(path, serializeAccordFile(sampleFile('Plan', ['Saved.'])));
    const opened = value(await first.api['documents.open']({ path }));
    const typed = {
      ...sampleFile('Plan', ['Typed after the last save.']),
      documentId: opened.file.documentId,
    };
    expect(
      value(await first.api['documents.autosave']({ key: 'window-1', path, file: typed })),
    ).toEqual({
      savedAt: first.clock.now().toISOString(),
    });
    // A crash: no dispose, no close. The next start reads what autosave left.
    const next = await makeHandlers({ dataDir: first.dataDir, libraryDir: first.libraryDir });
    const offers = value(await next.api['documents.recoveries']({}));
    expect(offers).toEqual([
      { id: 'window-1', path, title: 'Plan', savedAt: first.clock.now().toISOString() },
    ]);
    const recovered = value(await next.api['documents.recover']({ id: 'window-1' }));
    expect(recovered).toMatchObject({ path, dirty: true, stamp: opened.stamp });
    expect(JSON.stringify(recovered.file.doc)).toContain('Typed after the last save.');
  });

  it('recovers a never-saved document with no path and no stamp', async () => {
    const h = await makeHandlers();
    value(
      await h.api['documents.autosave']({ key: 'new-1', path: null, file: sampleFile('Draft') }),
    );
    expect(value(await h.api['documents.recover']({ id: 'new-1' }))).toMatchObject({
      path: null,
      stamp: null,
      dirty: true,
      readOnly: false,
    });
  });

  it('skips damaged recovery files in the list and refuses to recover them', async () => {
    const h = await makeHandlers();
    await mkdir(join(h.dataDir, 'recovery'), { recursive: true });
    await writeFile(join(h.dataDir, 'recovery', 'bad.json'), '{"savedAt":');
    expect(value(await h.api['documents.recoveries']({}))).toEqual([]);
    expect(await h.api['documents.recover']({ id: 'bad' })).toMatchObject({
      ok: false,
      error: { code: 'corrupt-file' },
    });
    expect(await readdir(join(h.dataDir, 'recovery'))).toEqual(['bad.json']);
  });

  it('refuses recovered content that no longer loads', async () => {
    const h = await makeHandlers();
    const broken = { ...sampleFile('X'), doc: { type: 'doc', content: [] } };
    value(await h.api['documents.autosave']({ key: 'k', path: null, file: broken }));
    expect(await h.api['documents.recover']({ id: 'k' })).toMatchObject({
      ok: false,
      error: { code: 'corrupt-file' },
    });
  });

  it('discards recovered work', async () => {
    const h = await makeHandlers();
    value(await h.api['documents.autosave']({ key: 'k', path: null, file: sampleFile('X') }));
    value(await h.api['documents.discardRecovery']({ id: 'k' }));
    expect(value(await h.api['documents.recoveries']({}))).toEqual([]);
  });
});

describe('api handlers: startup', () => {
  it('cleans stray temp files of killed saves in the library and data folders', async () => {
    const root = await tempDir();
    const dataDir = join(root, 'data');
    const libraryDir = join(root, 'library');
    await mkdir(join(dataDir, 'recovery'), { recursive: true });
    await mkdir(libraryDir);
    const old = new Date(Date.now() - 5 * 60_000);
    const strays = [
      join(libraryDir, '.Plan.accord.0a1b2c.accord-tmp'),
      join(dataDir, '.settings.json.0a1b2c.accord-tmp'),
      join(dataDir, 'recovery', '.k.json.0a1b2c.accord-tmp'),
    ];
    for (const stray of strays) {
      await writeFile(stray, 'half');
      await utimes(stray, old, old);
    }
    await makeHandlers({ dataDir, libraryDir, now: () => new Date() });
    expect(await readdir(libraryDir)).toEqual([]);
    expect(await readdir(join(dataDir, 'recovery'))).toEqual([]);
    expect((await readdir(dataDir)).filter((n) => n.endsWith('.accord-tmp'))).toEqual([]);
  });

  it('sets a damaged settings file aside and starts with defaults', async () => {
    const root = await tempDir();
    const dataDir = join(root, 'data');
    await mkdir(dataDir);
    await writeFile(join(dataDir, 'settings.json'), 'garbage');
    const h = await makeHandlers({ dataDir });
    expect(value(await h.api['settings.get']({}))).toEqual({ identity: null });
    expect((await readdir(dataDir)).some((n) => n.startsWith('settings.json.damaged-'))).toBe(true);
  });
});
