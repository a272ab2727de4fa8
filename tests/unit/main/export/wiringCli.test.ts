import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSize } from '../../../../main/cli/exportCommand';
import { runCli } from '../../../../main/cli/runCli';
import { captureIo, samplePlan, writeAccord } from '../cli/cliFixtures';
import { tempDir } from '../../main/services/helpers';
import { docxParts, documentXml, versionedFile } from './wiringFixtures';

async function run(dir: string, argv: string[]) {
  const io = captureIo(dir);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** A folder holding plan.accord (the CLI's sample plan, with one comment thread). */
async function folderWithPlan(): Promise<string> {
  const dir = await tempDir();
  await writeAccord(join(dir, 'plan.accord'), samplePlan());
  return dir;
}

describe('accord export', () => {
  it('writes a Word file and prints its path and size', async () => {
    const dir = await folderWithPlan();
    await mkdir(join(dir, 'out'));
    const done = await run(dir, ['export', 'plan.accord', '-o', 'out/plan.docx']);
    const size = (await stat(join(dir, 'out', 'plan.docx'))).size;
    expect(done).toEqual({
      code: 0,
      out: `Exported plan.accord to ${join(dir, 'out', 'plan.docx')} (${formatSize(size)}).\n`,
      err: '',
    });
    const bytes = new Uint8Array(await readFile(join(dir, 'out', 'plan.docx')));
    expect(documentXml(bytes)).toContain('Introduction');
    expect(docxParts(bytes)['word/comments.xml']).toBeUndefined();
    expect(await readdir(join(dir, 'out'))).toEqual(['plan.docx']);
  });

  it('includes comments and a table of contents on request, replacing an older export', async () => {
    const dir = await folderWithPlan();
    await writeFile(join(dir, 'plan.docx'), 'an older export');
    const done = await run(dir, [
      'export',
      'plan.accord',
      '--comments',
      '--toc',
      '-o',
      'plan.docx',
    ]);
    expect(done.code).toBe(0);
    const bytes = new Uint8Array(await readFile(join(dir, 'plan.docx')));
    expect(docxParts(bytes)['word/comments.xml']).toBeDefined();
    expect(documentXml(bytes)).toMatch(/<w:instrText[^>]*>TOC /);
  });

  it('writes revised text against a version named on the command line', async () => {
    const dir = await tempDir();
    await writeAccord(join(dir, 'plan.accord'), versionedFile());
    const done = await run(dir, ['export', 'plan.accord', '-o', 'r.docx', '--against', 'Draft 1']);
    expect(done.code).toBe(0);
    const xml = documentXml(new Uint8Array(await readFile(join(dir, 'r.docx'))));
    expect(xml).toContain('<w:ins ');
    expect(xml).toContain('<w:del ');
    const missing = await run(dir, ['export', 'plan.accord', '-o', 'x.docx', '--against', 'Nope']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('There is no version named or with id “Nope”');
    expect(await readdir(dir)).toEqual(['plan.accord', 'r.docx']);
  });

  it('explains usage mistakes with exit code 2 and writes nothing', async () => {
    const dir = await folderWithPlan();
    const cases: [string[], string][] = [
      [['export', 'plan.accord'], '-o OUT.docx'],
      [['export', '-o', 'x.docx'], 'exactly one FILE'],
      [['export', 'plan.accord', 'other.accord', '-o', 'x.docx'], 'exactly one FILE'],
      [['export', 'plan.accord', '-o', 'x.pdf'], 'must end in .docx'],
      [['export', 'plan.accord', '-o', 'x.docx', '--against='], 'needs a version'],
      [['export', 'plan.accord', '-o', 'x.docx', '--colour'], "Unknown option '--colour'"],
    ];
    for (const [argv, message] of cases) {
      const result = await run(dir, argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err, argv.join(' ')).toContain(message);
      expect(result.err).toContain('Usage: accord export FILE -o OUT.docx');
    }
    expect(await readdir(dir)).toEqual(['plan.accord']);
  });

  it('reports a corrupt or missing document, or an unwritable output, with exit code 1 and leaves no file', async () => {
    const dir = await folderWithPlan();
    await writeFile(join(dir, 'broken.accord'), '{"format": "accord", "formatVersion": 1');
    const corrupt = await run(dir, ['export', 'broken.accord', '-o', 'b.docx']);
    expect(corrupt.code).toBe(1);
    expect(corrupt.err).toContain('“broken.accord” cannot be opened');
    const missing = await run(dir, ['export', 'nowhere.accord', '-o', 'n.docx']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('was not found');
    const noFolder = await run(dir, ['export', 'plan.accord', '-o', 'no/such/plan.docx']);
    expect(noFolder.code).toBe(1);
    expect(noFolder.err).toContain('No part of the export was written');
    expect((await readdir(dir)).sort()).toEqual(['broken.accord', 'plan.accord']);
  });

  it('is listed in the usage text', async () => {
    const dir = await tempDir();
    const result = await run(dir, ['--help']);
    expect(result.out).toContain('accord export FILE -o OUT.docx');
  });
});

describe('formatSize', () => {
  it('uses bytes, then KB, then MB', () => {
    expect(formatSize(900)).toBe('900 bytes');
    expect(formatSize(2048)).toBe('2.0 KB');
    expect(formatSize(3.5 * 1024 * 1024)).toBe('3.5 MB');
  });
});
