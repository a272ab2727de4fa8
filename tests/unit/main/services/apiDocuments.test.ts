import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { lockPathFor, type LockOwner } from '../../../../main/services/locks';
import { APP_VERSION } from '../../../../shared/document/format';
import { makeHandlers, value } from './apiHelpers';
import { sampleText, tempDir } from './helpers';

describe('api handlers: opening and the documents list', () => {
  it('opens a library document, takes its lock and adds it to recent files', async () => {
    const h = await makeHandlers();
    const path = join(h.libraryDir, 'Plan.accord');
    await writeFile(path, sampleText('Plan', ['One.']));
    const opened = value(await h.api['documents.open']({ path }));
    expect(opened).toMatchObject({
      path,
      readOnly: false,
      readOnlyReason: null,
      dirty: false,
      notes: [],
    });
    expect(opened.file.meta.title).toBe('Plan');
    expect(opened.stamp?.size).toBe((await stat(path)).size);
    const lock = JSON.parse(await readFile(lockPathFor(path), 'utf8')) as LockOwner;
    expect(lock).toMatchObject({ pid: 4242, hostname: 'desk-1', app: 'Accord' });
    expect(value(await h.api['documents.list']({})).recent.map((e) => e.path)).toEqual([path]);
  });

  it('opens read-only, saying who has it, when another live instance holds the lock', async () => {
    const first = await makeHandlers();
    const path = join(first.libraryDir, 'Plan.accord');
    await writeFile(path, sampleText('Plan'));
    value(await first.api['documents.open']({ path }));
    const second = await makeHandlers({
      libraryDir: first.libraryDir,
      lockEnv: { hostname: 'desk-1', pid: 5151, user: 'ben', isAlive: () => true },
    });
    const opened = value(await second.api['documents.open']({ path }));
    expect(opened.readOnly).toBe(true);
    expect(opened.readOnlyReason).toContain('by amina on this computer since');
    expect(opened.readOnlyReason).toContain('read-only');
  });

  it('passes on a load failure that names the file, leaving the file as it was', async () => {
    const h = await makeHandlers();
    const path = join(h.libraryDir, 'Broken.accord');
    await writeFile(path, '{"format":"accord"');
    const result = await h.api['documents.open']({ path });
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt-file' } });
    expect(!result.ok && result.error.message).toContain('“Broken.accord”');
    expect(await readFile(path, 'utf8')).toBe('{"format":"accord"');
  });

  it('refuses to open a path outside the library that was never chosen', async () => {
    const h = await makeHandlers();
    const elsewhere = join(await tempDir(), 'Other.accord');
    await writeFile(elsewhere, sampleText('Other'));
    expect(await h.api['documents.open']({ path: elsewhere })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-path' },
    });
  });

  it('opens a path allowed through allowPath and keeps allowing it after a restart', async () => {
    const h = await makeHandlers();
    const elsewhere = join(await tempDir(), 'Other.accord');
    await writeFile(elsewhere, sampleText('Other'));
    h.allowPath(elsewhere);
    value(await h.api['documents.open']({ path: elsewhere }));
    await h.dispose();
    const again = await makeHandlers({ dataDir: h.dataDir, libraryDir: h.libraryDir });
    expect((await again.api['documents.open']({ path: elsewhere })).ok).toBe(true);
  });

  it('releases the lock when the document is closed, and all locks on dispose', async () => {
    const h = await makeHandlers();
    const a = join(h.libraryDir, 'A.accord');
    const b = join(h.libraryDir, 'B.accord');
    await writeFile(a, sampleText('A'));
    await writeFile(b, sampleText('B'));
    value(await h.api['documents.open']({ path: a }));
    value(await h.api['documents.open']({ path: b }));
    expect(await h.api['documents.close']({ path: a })).toEqual({ ok: true, value: null });
    await expect(stat(lockPathFor(a))).rejects.toMatchObject({ code: 'ENOENT' });
    await h.dispose();
    await expect(stat(lockPathFor(b))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('lists library files with titles, a damaged one under its file name', async () => {
    const h = await makeHandlers();
    await writeFile(join(h.libraryDir, 'Plan.accord'), sampleText('The plan'));
    await writeFile(join(h.libraryDir, 'Broken.accord'), 'nonsense');
    const list = value(await h.api['documents.list']({}));
    expect(list.library.map((e) => e.title).sort()).toEqual(['Broken', 'The plan']);
  });

  it('creates new documents from the blank template, unsaved', async () => {
    const h = await makeHandlers();
    const created = value(await h.api['documents.create']({ template: 'blank' }));
    expect(created).toMatchObject({ path: null, stamp: null, readOnly: false, dirty: false });
    expect(created.file.meta.created).toBe(h.clock.now().toISOString());
  });

  it('describes the app and its host', async () => {
    const h = await makeHandlers({ host: 'browser', platform: 'darwin' });
    expect(value(await h.api['app.info']({}))).toEqual({
      version: APP_VERSION,
      host: 'browser',
      platform: 'darwin',
      nativeDialogs: false,
      libraryDir: h.libraryDir,
      pathSeparator: sep,
    });
  });

  it('stores the identity in settings', async () => {
    const h = await makeHandlers();
    const identity = { name: 'Ben Okafor', initials: 'BO', organization: 'UNCTAD' };
    expect(value(await h.api['settings.get']({}))).toEqual({ identity: null });
    expect(value(await h.api['settings.setIdentity']({ identity }))).toEqual({ identity });
    expect(value(await h.api['settings.get']({}))).toEqual({ identity });
  });

  it('passes window state to the host', async () => {
    const onWindowState = vi.fn();
    const h = await makeHandlers({ onWindowState });
    value(await h.api['window.setState']({ title: 'Plan', dirty: true }));
    expect(onWindowState).toHaveBeenCalledWith({ title: 'Plan', dirty: true });
  });
});

describe('api handlers: file dialogs', () => {
  it('has no native dialogs without the host’s, so the renderer shows its own', async () => {
    const h = await makeHandlers();
    expect(await h.api['documents.pickOpenPath']({})).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
    expect(await h.api['documents.pickSavePath']({ suggestedName: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });

  it('reports a cancelled dialog as cancelled', async () => {
    const h = await makeHandlers({
      nativeDialogs: {
        pickOpenPath: () => Promise.resolve(null),
        pickSavePath: () => Promise.resolve(null),
      },
    });
    expect(await h.api['documents.pickOpenPath']({})).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    });
    expect(await h.api['documents.pickSavePath']({ suggestedName: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    });
  });

  it('allows the picked paths, adding the extension a save dialog left off', async () => {
    const elsewhere = await tempDir();
    const picked = join(elsewhere, 'Picked.accord');
    await writeFile(picked, sampleText('Picked'));
    const h = await makeHandlers({
      nativeDialogs: {
        pickOpenPath: () => Promise.resolve(picked),
        pickSavePath: (name) => Promise.resolve(join(elsewhere, name)),
      },
    });
    expect(value(await h.api['app.info']({})).nativeDialogs).toBe(true);
    expect(value(await h.api['documents.pickOpenPath']({}))).toBe(picked);
    expect((await h.api['documents.open']({ path: picked })).ok).toBe(true);
    const saveAs = value(await h.api['documents.pickSavePath']({ suggestedName: 'Copy' }));
    expect(saveAs).toBe(join(elsewhere, 'Copy.accord'));
    const file = value(await h.api['documents.create']({ template: 'blank' })).file;
    expect((await h.api['documents.save']({ path: saveAs, file, expectedStamp: null })).ok).toBe(
      true,
    );
  });
});
