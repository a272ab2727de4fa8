import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocx, writeDocxAtomic } from '../../../../main/services/export';
import { richDocument } from './fixtures';

const dir = () => mkdtempSync(join(tmpdir(), 'accord-docx-'));

describe('writeDocxAtomic', () => {
  it('writes the export bytes and leaves no temp file behind', async () => {
    const { doc, file } = richDocument();
    const bytes = await exportDocx({ file, doc, options: { comments: true, changes: true } });
    const folder = dir();
    const target = join(folder, 'plan.docx');
    writeFileSync(target, 'an older export');
    await writeDocxAtomic(target, bytes);
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
    expect(readdirSync(folder)).toEqual(['plan.docx']);
  });

  it('fails without writing anything when the folder does not exist', async () => {
    const folder = dir();
    const target = join(folder, 'missing', 'plan.docx');
    await expect(writeDocxAtomic(target, new Uint8Array([1, 2, 3]))).rejects.toThrow(/ENOENT/);
    expect(readdirSync(folder)).toEqual([]);
  });
});
