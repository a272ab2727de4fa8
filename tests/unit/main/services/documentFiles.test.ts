import { mkdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentFile } from '../../../../main/services/documentFiles';
import { hashBytes } from '../../../../main/services/diskStamp';
import { LIMITS } from '../../../../shared/document/fileSchema';
import { sampleText, tempDir } from './helpers';

async function expectUntouched(path: string, run: () => Promise<unknown>): Promise<void> {
  const bytes = await readFile(path);
  const before = await stat(path);
  await run();
  expect(await readFile(path)).toEqual(bytes);
  expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
}

describe('readDocumentFile', () => {
  it('loads a valid file with a stamp of exactly the bytes read, leaving it untouched', async () => {
    const path = join(await tempDir(), 'Plan.accord');
    const text = sampleText('Action plan', ['One.', 'Two.']);
    await writeFile(path, text);
    await expectUntouched(path, async () => {
      const read = await readDocumentFile(path);
      if (!read.ok) throw new Error(read.error.message);
      expect(read.value.loaded.file.meta.title).toBe('Action plan');
      expect(read.value.loaded.doc.childCount).toBe(3);
      expect(read.value.stamp).toMatchObject({
        size: Buffer.byteLength(text),
        hash: hashBytes(text),
      });
    });
  });

  it('says a missing file was not found, naming it', async () => {
    const read = await readDocumentFile(join(await tempDir(), 'Gone.accord'));
    expect(read).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(!read.ok && read.error.message).toContain('“Gone.accord”');
  });

  it('refuses a folder with a clear message', async () => {
    const dir = join(await tempDir(), 'Folder.accord');
    await mkdir(dir);
    const read = await readDocumentFile(dir);
    expect(read).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(!read.ok && read.error.message).toContain('is a folder');
  });

  it('refuses a file over the size cap before reading it', async () => {
    const path = join(await tempDir(), 'Huge.accord');
    await writeFile(path, '');
    await truncate(path, LIMITS.maxFileBytes + 1); // sparse: costs no disk
    const read = await readDocumentFile(path);
    expect(read).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(!read.ok && read.error.message).toContain('“Huge.accord”');
  });

  it('reports a damaged file as corrupt, naming it, and never changes it', async () => {
    const path = join(await tempDir(), 'Broken.accord');
    await writeFile(path, sampleText('Cut').slice(0, 120));
    await expectUntouched(path, async () => {
      const read = await readDocumentFile(path);
      expect(read).toMatchObject({ ok: false, error: { code: 'corrupt-file' } });
      expect(!read.ok && read.error.message).toContain('“Broken.accord”');
    });
  });

  it('reports bytes that are not UTF-8 as not an Accord document', async () => {
    const path = join(await tempDir(), 'Binary.accord');
    await writeFile(path, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    const read = await readDocumentFile(path);
    expect(read).toMatchObject({ ok: false, error: { code: 'corrupt-file' } });
    expect(!read.ok && read.error.message).toContain('not UTF-8');
  });

  it('passes on the loader’s refusal of a newer format', async () => {
    const path = join(await tempDir(), 'Future.accord');
    await writeFile(path, JSON.stringify({ ...JSON.parse(sampleText('F')), formatVersion: 99 }));
    const read = await readDocumentFile(path);
    expect(read).toMatchObject({ ok: false, error: { code: 'newer-format' } });
  });
});
