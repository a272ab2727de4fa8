import * as fsp from 'node:fs/promises';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicFs } from '../../../../main/services/atomicWrite';
import type { NativeDialogs } from '../../../../main/services/api';
import { dispatch } from '../../../../shared/apiDispatch';
import type { AccordFile } from '../../../../shared/document/fileSchema';
import { makeHandlers, value } from '../../main/services/apiHelpers';
import { tempDir } from '../../main/services/helpers';
import { malformedParts, xmlParts } from './readBack';
import { richDocument } from './fixtures';
import {
  blankFile,
  docxParts,
  documentXml,
  edgeFile,
  templateFile,
  versionedFile,
} from './wiringFixtures';

const all = { comments: true, changes: true, tableOfContents: true };
const none = { comments: false, changes: false, tableOfContents: false };

/** Dialogs that answer every export pick with `answer`. */
function dialogs(answer: string | null): NativeDialogs {
  return {
    pickOpenPath: () => Promise.resolve(null),
    pickSavePath: () => Promise.resolve(null),
    pickExportPath: () => Promise.resolve(answer),
  };
}

/** The real file system, except that renaming the finished temp over the target fails. */
const renameFails: AtomicFs = {
  ...fsp,
  rename: () => Promise.reject(Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' })),
};

describe('export.docx with an output path', () => {
  it('writes a valid Word package into the library folder and says what it wrote', async () => {
    const h = await makeHandlers();
    const outputPath = join(h.libraryDir, 'Plan.docx');
    const { file } = richDocument();
    const exported = value(await h.api['export.docx']({ file, options: all, outputPath }));
    const bytes = new Uint8Array(await readFile(outputPath));
    expect(exported).toEqual({
      path: outputPath,
      downloadId: null,
      fileName: 'Plan.docx',
      bytes: bytes.byteLength,
    });
    const parts = docxParts(bytes);
    expect(Object.keys(parts)).toEqual(
      expect.arrayContaining(['word/document.xml', 'word/comments.xml', '[Content_Types].xml']),
    );
    expect(documentXml(bytes)).toContain('Assembly');
    expect(malformedParts(xmlParts(bytes))).toEqual([]);
    expect(await readdir(h.libraryDir)).toEqual(['Plan.docx']);
  });

  it('replaces an older export of the same name, as Word users expect', async () => {
    const h = await makeHandlers();
    const outputPath = join(h.libraryDir, 'Plan.docx');
    await writeFile(outputPath, 'an older export');
    value(await h.api['export.docx']({ file: blankFile(), options: none, outputPath }));
    expect(documentXml(new Uint8Array(await readFile(outputPath)))).toContain('<w:body>');
  });

  it('refuses paths outside the allowed folders, other extensions and relative paths', async () => {
    const h = await makeHandlers();
    const elsewhere = await tempDir();
    const refused = [
      join(elsewhere, 'Plan.docx'),
      join(h.libraryDir, 'Plan.doc'),
      join(h.libraryDir, 'Plan.accord'),
      join(h.libraryDir, '..', 'Plan.docx'),
      'Plan.docx',
    ];
    for (const outputPath of refused) {
      const result = await h.api['export.docx']({ file: blankFile(), options: none, outputPath });
      expect(result.ok ? 'written' : result.error.code, outputPath).toBe('forbidden-path');
    }
    const notDocx = await h.api['export.docx']({
      file: blankFile(),
      options: none,
      outputPath: join(h.libraryDir, 'Plan.pdf'),
    });
    expect(notDocx.ok ? '' : notDocx.error.message).toContain('end in .docx');
    expect(await readdir(elsewhere)).toEqual([]);
    expect(await readdir(h.libraryDir)).toEqual([]);
  });

  it('accepts a path chosen in the Export dialog, adding .docx when the name lacks it', async () => {
    const elsewhere = await tempDir();
    const h = await makeHandlers({ nativeDialogs: dialogs(join(elsewhere, 'Circulated')) });
    const picked = value(await h.api['export.pickPath']({ suggestedName: 'Plan' }));
    expect(picked).toBe(join(elsewhere, 'Circulated.docx'));
    value(await h.api['export.docx']({ file: blankFile(), options: none, outputPath: picked }));
    expect(await readdir(elsewhere)).toEqual(['Circulated.docx']);
  });

  it('says when the pick was cancelled or the host has no export dialog', async () => {
    const cancelled = await makeHandlers({ nativeDialogs: dialogs(null) });
    const a = await cancelled.api['export.pickPath']({ suggestedName: 'Plan' });
    expect(a.ok ? '' : a.error.code).toBe('cancelled');
    const browser = await makeHandlers();
    const b = await browser.api['export.pickPath']({ suggestedName: 'Plan' });
    expect(b.ok ? '' : b.error.code).toBe('unsupported');
    expect(b.ok ? '' : b.error.message).toContain('browser downloads');
  });

  it('leaves no .docx and no temp file when the write fails, and keeps an older export intact', async () => {
    const h = await makeHandlers({
      writeExport: (path, bytes) => writeFileAtomic(path, bytes, renameFails),
    });
    const fresh = join(h.libraryDir, 'New.docx');
    const result = await h.api['export.docx']({
      file: blankFile(),
      options: none,
      outputPath: fresh,
    });
    expect(result.ok ? '' : result.error.code).toBe('io-error');
    expect(result.ok ? '' : result.error.message).toContain('No part of the export was written');
    expect(await readdir(h.libraryDir)).toEqual([]);

    const older = join(h.libraryDir, 'Old.docx');
    await writeFile(older, 'the previous export, complete');
    const again = await h.api['export.docx']({
      file: blankFile(),
      options: none,
      outputPath: older,
    });
    expect(again.ok).toBe(false);
    expect(await readFile(older, 'utf8')).toBe('the previous export, complete');
    expect(await readdir(h.libraryDir)).toEqual(['Old.docx']);
  });

  it('reports a missing folder as not found, and a folder in place of the file plainly', async () => {
    const h = await makeHandlers();
    const missing = await h.api['export.docx']({
      file: blankFile(),
      options: none,
      outputPath: join(h.libraryDir, 'no-such-folder', 'Plan.docx'),
    });
    expect(missing.ok ? '' : missing.error.code).toBe('not-found');
    await mkdir(join(h.libraryDir, 'Folder.docx'));
    const folder = await h.api['export.docx']({
      file: blankFile(),
      options: none,
      outputPath: join(h.libraryDir, 'Folder.docx'),
    });
    expect(folder.ok ? '' : folder.error.message).toContain('is a folder');
  });
});

describe('export.docx checks the document first', () => {
  it('refuses a payload whose document does not fit the action-plan structure', async () => {
    const h = await makeHandlers();
    const bad: AccordFile = {
      ...blankFile(),
      doc: { type: 'doc', content: [{ type: 'nonsense' }] },
    };
    const outputPath = join(h.libraryDir, 'Bad.docx');
    const result = await h.api['export.docx']({ file: bad, options: none, outputPath });
    expect(result.ok ? '' : result.error.code).toBe('corrupt-file');
    expect(result.ok ? '' : result.error.message).toContain('cannot be exported');
    expect(await readdir(h.libraryDir)).toEqual([]);
  });

  it('refuses malformed requests before any service sees them', async () => {
    const h = await makeHandlers();
    const missingOptions = await dispatch(h.api, 'export.docx', {
      file: blankFile(),
      outputPath: null,
    });
    expect(missingOptions.ok ? '' : missingOptions.error.code).toBe('invalid-argument');
    const partialOptions = await dispatch(h.api, 'export.docx', {
      file: blankFile(),
      options: { comments: true },
      outputPath: null,
    });
    expect(partialOptions.ok ? '' : partialOptions.error.code).toBe('invalid-argument');
  });

  it('exports the shipped template and a document full of edge cases, every part well-formed', async () => {
    const h = await makeHandlers();
    for (const [name, file] of [
      ['template', templateFile()],
      ['edges', edgeFile()],
    ] as const) {
      // Through dispatch, as every server calls it, so the payload is validated as on the wire.
      const raw = JSON.parse(JSON.stringify(file)) as unknown;
      const outputPath = join(h.libraryDir, `${name}.docx`);
      const result = await dispatch(h.api, 'export.docx', { file: raw, options: all, outputPath });
      expect(result.ok ? 'exported' : result.error.message, name).toBe('exported');
      const bytes = new Uint8Array(await readFile(outputPath));
      expect(malformedParts(xmlParts(bytes)), name).toEqual([]);
    }
    const edges = documentXml(new Uint8Array(await readFile(join(h.libraryDir, 'edges.docx'))));
    expect(edges).toContain('وثيقة 文件 🙂');
    expect(edges).toContain('<w:ins ');
  });
});

describe('export.docx against a version ("revised text")', () => {
  it('writes the changes since the version as tracked insertions and deletions', async () => {
    const h = await makeHandlers();
    const outputPath = join(h.libraryDir, 'Revised.docx');
    const result = await h.api['export.docx']({
      file: versionedFile(),
      options: none,
      outputPath,
      against: 'Draft 1',
    });
    value(result);
    const xml = documentXml(new Uint8Array(await readFile(outputPath)));
    expect(xml).toMatch(/<w:del [^>]*w:author="Changes since “Draft 1”"/);
    expect(xml).toMatch(/<w:delText[^>]*>old<\/w:delText>/);
    expect(xml).toMatch(/<w:ins [^>]*>\s*<w:r>.*?<w:t[^>]*>new<\/w:t>/s);
    expect(xml).toContain('An added paragraph.');
  });

  it('says so when the version does not exist', async () => {
    const h = await makeHandlers();
    const result = await h.api['export.docx']({
      file: versionedFile(),
      options: none,
      outputPath: null,
      against: 'Draft 9',
    });
    expect(result.ok ? '' : result.error.code).toBe('not-found');
  });
});

describe('export.docx without an output path (browser host)', () => {
  it('keeps the bytes under an unguessable id, named after the document title', async () => {
    const h = await makeHandlers();
    const file = blankFile();
    file.meta.title = 'Plan: 2026/27 "draft"';
    const first = value(await h.api['export.docx']({ file, options: none, outputPath: null }));
    const second = value(await h.api['export.docx']({ file, options: none, outputPath: null }));
    expect(first.path).toBeNull();
    expect(first.fileName).toBe('Plan 2026 27 draft.docx');
    expect(first.downloadId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second.downloadId).not.toBe(first.downloadId);
    const kept = h.downloads.find(first.downloadId ?? '');
    expect(kept?.bytes.byteLength).toBe(first.bytes);
    expect(strFromU8(docxParts(kept?.bytes ?? new Uint8Array())['word/document.xml']!)).toContain(
      '<w:body>',
    );
    expect(await readdir(h.libraryDir)).toEqual([]);
  });
});
