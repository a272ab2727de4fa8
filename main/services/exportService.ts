import { basename } from 'node:path';
import type { Node } from 'prosemirror-model';
import type { DocxExportOptions, ExportedFile } from '../../shared/api';
import { compareDocuments } from '../../shared/diff';
import type { AccordFile, Person } from '../../shared/document/fileSchema';
import { loadAccordValue, type LoadedDocument } from '../../shared/document/load';
import { fail, ok, type Result } from '../../shared/result';
import { displayName, findVersion, loadVersion } from '../../shared/versions';
import type { DownloadStore } from './downloadStore';
import { exportDocx, writeDocxAtomic } from './export';
import { errnoOf, fsFailure } from './fsErrors';
import type { PathPolicy } from './pathPolicy';

/** One export as the API asks for it (already validated against the contract). */
export interface ExportRequest {
  file: AccordFile;
  options: DocxExportOptions;
  /** A .docx path to write; null keeps the bytes for the browser host to serve. */
  outputPath: string | null;
  /** A version id or name: export the changes since it as tracked changes ("revised text"). */
  against?: string;
}

/** What the export service needs from the rest of the services. */
export interface ExportServiceDeps {
  policy: PathPolicy;
  downloads: DownloadStore;
  /** Writes the finished bytes; writeDocxAtomic unless a test makes a write fail midway. */
  write?: (path: string, bytes: Uint8Array) => Promise<void>;
}

/** Longest file name proposed for an export, before the extension. */
const MAX_NAME = 120;

/** A file name for an export of a document with this title: no folder parts, ending in .docx. */
export function exportFileName(title: string): string {
  // Control characters and the characters Windows forbids become spaces.
  const cleaned = Array.from(title, (ch) => (ch < ' ' || ch === '\u007f' ? ' ' : ch))
    .join('')
    .replace(/[/\\:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  // Cut by code points so a cut never splits a character in two.
  const name = Array.from(cleaned).slice(0, MAX_NAME).join('').trimEnd();
  return `${name || 'Accord export'}.docx`;
}

/**
 * The document to export "against" a version: both texts at once, the version's words marked
 * deleted and the draft's marked inserted, as compareDocuments builds it for the compare view.
 */
export function revisedText(loaded: LoadedDocument, against: string): Result<Node> {
  const version = findVersion(loaded.file, against);
  if (!version.ok) return version;
  const old = loadVersion(loaded.file, version.value.id);
  if (!old.ok) return old;
  // Word shows this as the author of every revision; it says what the revisions are.
  const author: Person = {
    name: `Changes since “${displayName(version.value.name, 60)}”`,
    initials: 'AC',
    organization: '',
  };
  return ok(
    compareDocuments(old.value, loaded.doc, { author, time: loaded.file.meta.modified }).doc,
  );
}

/**
 * The .docx bytes of a checked document. Revised text always includes tracked changes (that is
 * what it is). A fault in the writer becomes an 'internal' failure naming it, never a crash.
 */
export async function renderDocx(
  loaded: LoadedDocument,
  options: DocxExportOptions,
  against?: string,
): Promise<Result<Uint8Array>> {
  try {
    let doc = loaded.doc;
    if (against !== undefined) {
      const revised = revisedText(loaded, against);
      if (!revised.ok) return revised;
      doc = revised.value;
    }
    const bytes = await exportDocx({
      file: loaded.file,
      doc,
      options: { ...options, changes: options.changes || against !== undefined },
    });
    return ok(bytes);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return fail(
      'internal',
      `Accord could not write this document as Word because of a fault in its exporter (${why.slice(0, 300)}). Nothing was written and your document is unchanged; please report this.`,
    );
  }
}

/** Writes bytes atomically, turning a file-system error into a failure that says nothing was left. */
export async function writeExport(
  path: string,
  bytes: Uint8Array,
  write: (path: string, bytes: Uint8Array) => Promise<void> = writeDocxAtomic,
): Promise<Result<null>> {
  try {
    await write(path, bytes);
    return ok(null);
  } catch (error) {
    if (errnoOf(error) === 'EISDIR') {
      return fail('invalid-argument', `${path} is a folder; choose a file name ending in .docx.`);
    }
    const failed = fsFailure(error, path, 'write');
    return failed.ok
      ? failed
      : fail(failed.error.code, `${failed.error.message} No part of the export was written.`);
  }
}

/**
 * `export.docx`: checks the payload as a file would be checked on opening, builds the .docx, then
 * either writes it where the policy allows or keeps it for the browser to download.
 */
export function createExportService(
  deps: ExportServiceDeps,
): (req: ExportRequest) => Promise<Result<ExportedFile>> {
  return async function exportDocument(req: ExportRequest): Promise<Result<ExportedFile>> {
    let target: string | null = null;
    if (req.outputPath !== null) {
      const checked = await deps.policy.check(req.outputPath, 'export');
      if (!checked.ok) return checked;
      target = checked.value;
    }
    const loaded = loadAccordValue(req.file, req.file.meta.title || 'This document');
    if (!loaded.ok) {
      return fail(
        loaded.error.code,
        loaded.error.message.replace('cannot be opened', 'cannot be exported'),
      );
    }
    const rendered = await renderDocx(loaded.value, req.options, req.against);
    if (!rendered.ok) return rendered;
    const bytes = rendered.value;
    if (target === null) {
      const fileName = exportFileName(loaded.value.file.meta.title);
      const downloadId = deps.downloads.put(fileName, bytes);
      return ok({ path: null, downloadId, fileName, bytes: bytes.byteLength });
    }
    const written = await writeExport(target, bytes, deps.write);
    if (!written.ok) return written;
    return ok({
      path: target,
      downloadId: null,
      fileName: basename(target),
      bytes: bytes.byteLength,
    });
  };
}
