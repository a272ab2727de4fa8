import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDocuments } from '../../../../main/services/library';
import { sampleText, tempDir } from './helpers';

describe('listDocuments', () => {
  it('lists the library’s .accord files with title, modified time and size', async () => {
    const library = await tempDir();
    const text = sampleText('Action plan 2026');
    await writeFile(join(library, 'plan.accord'), text);
    await writeFile(join(library, 'notes.txt'), 'not a document');
    await writeFile(join(library, '.~lock.plan.accord#'), '{}');
    await mkdir(join(library, 'folder.accord'));
    const list = await listDocuments(library, []);
    expect(list.library).toEqual([
      expect.objectContaining({
        path: join(library, 'plan.accord'),
        name: 'plan.accord',
        title: 'Action plan 2026',
        size: Buffer.byteLength(text),
      }),
    ]);
    expect(Number.isNaN(Date.parse(list.library[0]?.modified ?? ''))).toBe(false);
  });

  it('still lists a damaged file, under its file name', async () => {
    const library = await tempDir();
    await writeFile(join(library, 'Broken draft.accord'), '{"format": "acc');
    const list = await listDocuments(library, []);
    expect(list.library.map((e) => e.title)).toEqual(['Broken draft']);
  });

  it('lists recent files that still exist, in recent order', async () => {
    const library = await tempDir();
    const elsewhere = await tempDir();
    await writeFile(join(elsewhere, 'a.accord'), sampleText('A'));
    await writeFile(join(elsewhere, 'b.accord'), sampleText(''));
    const recent = ['b', 'gone', 'a'].map((n) => join(elsewhere, `${n}.accord`));
    const list = await listDocuments(library, recent);
    expect(list.recent.map((e) => e.title)).toEqual(['b', 'A']);
  });

  it('gives an empty list for a library folder that does not exist yet', async () => {
    expect(await listDocuments(join(await tempDir(), 'none'), [])).toEqual({
      recent: [],
      library: [],
    });
  });
});
