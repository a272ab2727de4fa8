import { chmod, readdir, readFile, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashBytes } from '../../../../main/services/diskStamp';
import { serializeAccordFile } from '../../../../shared/document/load';
import type { AccordFile } from '../../../../shared/document/fileSchema';
import { makeHandlers, value } from './apiHelpers';
import { sampleFile } from './helpers';

async function withOpenDocument(title = 'Plan') {
  const h = await makeHandlers();
  const path = join(h.libraryDir, 'Plan.accord');
  await writeFile(path, serializeAccordFile(sampleFile(title, ['Original.'])));
  const opened = value(await h.api['documents.open']({ path }));
  const edited = (text: string): AccordFile => ({
    ...sampleFile(title, [text]),
    documentId: opened.file.documentId,
  });
  return { h, path, opened, edited };
}

describe('api handlers: saving', () => {
  it('writes a new file and returns the stamp of exactly what it wrote', async () => {
    const h = await makeHandlers();
    const path = join(h.libraryDir, 'New.accord');
    const file = sampleFile('New');
    const saved = value(await h.api['documents.save']({ path, file, expectedStamp: null }));
    const text = await readFile(path, 'utf8');
    expect(text).toBe(serializeAccordFile(file));
    expect(saved).toMatchObject({ path, savedAt: h.clock.now().toISOString() });
    expect(saved.stamp).toMatchObject({ size: Buffer.byteLength(text), hash: hashBytes(text) });
    expect((await readdir(h.libraryDir)).filter((n) => !n.startsWith('.~lock'))).toEqual([
      'New.accord',
    ]);
  });

  it('saves again with the stamp of the last save', async () => {
    const { h, path, opened, edited } = await withOpenDocument();
    const first = value(
      await h.api['documents.save']({ path, file: edited('One'), expectedStamp: opened.stamp }),
    );
    value(await h.api['documents.save']({ path, file: edited('Two'), expectedStamp: first.stamp }));
    expect(await readFile(path, 'utf8')).toContain('Two');
  });

  it('asks before replacing a file that exists when saving a new document', async () => {
    const { h, path } = await withOpenDocument();
    const result = await h.api['documents.save']({
      path,
      file: sampleFile('Other'),
      expectedStamp: null,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'changed-on-disk' } });
    expect(!result.ok && result.error.message).toContain('already exists');
    expect(await readFile(path, 'utf8')).toContain('Original.');
  });

  it('asks before overwriting a file changed on disk since it was opened, and overwrites when told', async () => {
    const { h, path, opened, edited } = await withOpenDocument();
    await writeFile(path, serializeAccordFile(sampleFile('Plan', ['A colleague’s edit.'])));
    const result = await h.api['documents.save']({
      path,
      file: edited('Mine'),
      expectedStamp: opened.stamp,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'changed-on-disk' } });
    expect(!result.ok && result.error.message).toContain(
      'changed by someone or something else since you opened it',
    );
    expect(await readFile(path, 'utf8')).toContain('A colleague’s edit.');
    value(
      await h.api['documents.save']({
        path,
        file: edited('Mine'),
        expectedStamp: opened.stamp,
        overwrite: true,
      }),
    );
    expect(await readFile(path, 'utf8')).toContain('Mine');
  });

  it('saves over a file that was only touched, its bytes unchanged', async () => {
    const { h, path, opened, edited } = await withOpenDocument();
    const later = new Date(Date.now() + 10_000);
    await utimes(path, later, later);
    expect(
      (await h.api['documents.save']({ path, file: edited('Mine'), expectedStamp: opened.stamp }))
        .ok,
    ).toBe(true);
  });

  it('writes a file deleted since it was opened again', async () => {
    const { h, path, opened, edited } = await withOpenDocument();
    await unlink(path);
    value(
      await h.api['documents.save']({ path, file: edited('Back'), expectedStamp: opened.stamp }),
    );
    expect(await readFile(path, 'utf8')).toContain('Back');
  });

  it('refuses to save over a file marked read-only, even when told to overwrite', async () => {
    const { h, path, opened, edited } = await withOpenDocument();
    await chmod(path, 0o444);
    for (const overwrite of [false, true]) {
      const result = await h.api['documents.save']({
        path,
        file: edited('Mine.'),
        expectedStamp: opened.stamp,
        overwrite,
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'read-only' } });
      expect(!result.ok && result.error.message).toContain('marked read-only');
    }
    expect(await readFile(path, 'utf8')).toContain('Original.');
  });

  it('never writes a document that would not open again', async () => {
    const { h, path, opened } = await withOpenDocument();
    const broken: AccordFile = { ...opened.file, doc: { type: 'doc', content: [] } };
    const result = await h.api['documents.save']({
      path,
      file: broken,
      expectedStamp: opened.stamp,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await readFile(path, 'utf8')).toContain('Original.');
  });

  it('refuses to save a document another live instance holds', async () => {
    const { h, path, opened, edited } = await withOpenDocument();
    const other = await makeHandlers({
      libraryDir: h.libraryDir,
      lockEnv: { hostname: 'laptop-nairobi', pid: 1, user: 'chen' },
    });
    const result = await other.api['documents.save']({
      path,
      file: edited('Theirs'),
      expectedStamp: opened.stamp,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(!result.ok && result.error.message).toContain('by amina on desk-1');
    expect(await readFile(path, 'utf8')).toContain('Original.');
  });

  it('refuses to save outside the library', async () => {
    const h = await makeHandlers();
    const result = await h.api['documents.save']({
      path: join(h.root, 'Out.accord'),
      file: sampleFile('X'),
      expectedStamp: null,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-path' } });
  });

  it('runs two saves of one path one after the other, so the second sees the first’s write', async () => {
    const { h, path, opened, edited } = await withOpenDocument();
    const [a, b] = await Promise.all([
      h.api['documents.save']({ path, file: edited('A'), expectedStamp: opened.stamp }),
      h.api['documents.save']({ path, file: edited('B'), expectedStamp: opened.stamp }),
    ]);
    // Whichever reaches the disk first wins; the other must see its write, never overwrite it.
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'changed-on-disk' } });
    const winner = a.ok ? 'A' : 'B';
    expect(await readFile(path, 'utf8')).toContain(`"text":"${winner}"`);
  });
});

describe('api handlers: backups', () => {
  it('keeps the previous saved state of each save and restores it as unsaved content', async () => {
    const { h, path, opened, edited } = await withOpenDocument();
    const first = value(
      await h.api['documents.save']({
        path,
        file: edited('Second state'),
        expectedStamp: opened.stamp,
      }),
    );
    h.clock.advance(1000);
    const second = value(
      await h.api['documents.save']({
        path,
        file: edited('Third state'),
        expectedStamp: first.stamp,
      }),
    );
    const backups = value(await h.api['documents.backups']({ path }));
    expect(backups).toHaveLength(2);
    const oldest = backups[1];
    if (!oldest) throw new Error('expected two backups');
    const restored = value(await h.api['documents.restoreBackup']({ path, id: oldest.id }));
    expect(JSON.stringify(restored.file.doc)).toContain('Original.');
    expect(restored).toMatchObject({ path, dirty: true, readOnly: false, stamp: second.stamp });
    expect(await readFile(path, 'utf8')).toContain('Third state');
  });

  it('says when a backup no longer exists', async () => {
    const { h, path } = await withOpenDocument();
    expect(await h.api['documents.restoreBackup']({ path, id: 'missing' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
