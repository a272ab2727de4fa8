import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DiskStamp } from '../../shared/api';
import { LIMITS } from '../../shared/document/fileSchema';
import { loadAccordText, type LoadedDocument } from '../../shared/document/load';
import { fail, ok, type Result } from '../../shared/result';
import { stampFor } from './diskStamp';
import { fsFailure } from './fsErrors';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads and checks an .accord file: size cap before reading, then every check of loadAccordText.
 * The stamp describes exactly the bytes read. Opens read-only and never modifies the file.
 */
export async function readDocumentFile(
  path: string,
): Promise<Result<{ loaded: LoadedDocument; stamp: DiskStamp }>> {
  const name = basename(path);
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return fsFailure(error, path, 'read');
  }
  let bytes: Buffer;
  let mtimeMs: number;
  try {
    const info = await handle.stat();
    if (info.isDirectory())
      return fail('invalid-argument', `${path} is a folder, not an Accord document.`);
    if (!info.isFile()) return fail('invalid-argument', `“${name}” is not a regular file.`);
    if (info.size > LIMITS.maxFileBytes) {
      return fail(
        'too-large',
        `“${name}” is too large to open (${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${LIMITS.maxFileBytes / 1024 / 1024} MB).`,
      );
    }
    bytes = await handle.readFile();
    mtimeMs = info.mtimeMs;
  } catch (error) {
    return fsFailure(error, path, 'read');
  } finally {
    await handle.close().catch(() => undefined);
  }
  // The file may have grown between stat and read.
  if (bytes.byteLength > LIMITS.maxFileBytes) {
    return fail(
      'too-large',
      `“${name}” is too large to open (over ${LIMITS.maxFileBytes / 1024 / 1024} MB).`,
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail(
      'corrupt-file',
      `“${name}” cannot be opened: it is not UTF-8 text, so it is not an Accord document.`,
    );
  }
  const loaded = loadAccordText(text, name);
  if (!loaded.ok) return loaded;
  return ok({ loaded: loaded.value, stamp: stampFor(bytes, mtimeMs) });
}
