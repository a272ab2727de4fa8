import { basename } from 'node:path';
import type { CopyInput } from '../../../shared/review';
import { fail, ok, type Result } from '../../../shared/result';
import { readDocumentFile } from '../documentFiles';

/**
 * Reads returned review copies with every check a document gets on opening. The first that does
 * not open refuses the whole import, its message saying which file and why (damaged, made by a
 * newer Accord, too large), so the master is never half-merged.
 */
export async function readCopies(
  paths: readonly string[],
  check: (path: string) => Promise<Result<string>> = (path) => Promise.resolve(ok(path)),
): Promise<Result<CopyInput[]>> {
  const copies: CopyInput[] = [];
  for (const path of paths) {
    const allowed = await check(path);
    if (!allowed.ok) return allowed;
    const read = await readDocumentFile(allowed.value);
    const name = basename(allowed.value);
    if (!read.ok) {
      return fail(read.error.code, `The review copy was not imported. ${read.error.message}`);
    }
    const { file, doc } = read.value.loaded;
    copies.push({ file, doc, name });
  }
  return ok(copies);
}
