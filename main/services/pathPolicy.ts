import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { EXTENSION } from '../../shared/document/format';
import { fail, ok, type Result } from '../../shared/result';
import { errnoOf, fsFailure } from './fsErrors';

function isInside(folder: string, candidate: string): boolean {
  const rel = relative(folder, candidate);
  return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..';
}

/**
 * Where a path really leads: the real path of its nearest existing ancestor with the rest
 * appended, and through the file itself when it is a symbolic link.
 */
async function realLocation(path: string): Promise<string> {
  try {
    if ((await lstat(path)).isSymbolicLink()) return await realpath(path);
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') throw error;
  }
  let folder = dirname(path);
  const rest: string[] = [basename(path)];
  for (;;) {
    try {
      return join(await realpath(folder), ...rest);
    } catch (error) {
      const parent = dirname(folder);
      if (errnoOf(error) !== 'ENOENT' || parent === folder) return path;
      rest.unshift(basename(folder));
      folder = parent;
    }
  }
}

/**
 * Which document paths a renderer may name. A compromised or buggy renderer must not read or
 * overwrite arbitrary files, so only the library folder and paths the user chose (native
 * dialogs, the OS, recent files) are accepted.
 */
export class PathPolicy {
  private readonly allowed = new Set<string>();

  constructor(private readonly libraryDir: string) {}

  /** Accepts one exact path from now on (a dialog pick, a file opened from the OS, a recent file). */
  allow(path: string): void {
    if (isAbsolute(path)) this.allowed.add(resolve(path));
  }

  /**
   * The normalised absolute path when it may be used, else a 'forbidden-path' failure saying why.
   * `kind` 'export' accepts .docx files (Word exports) instead of Accord documents.
   */
  async check(path: string, kind: 'document' | 'export' = 'document'): Promise<Result<string>> {
    const extension = kind === 'export' ? '.docx' : EXTENSION;
    const shown = path.length > 200 ? `${path.slice(0, 200)}…` : path;
    if (path.includes('\0'))
      return fail('forbidden-path', 'That file name contains a null character.');
    if (path.split(/[\\/]/).includes('..')) {
      return fail(
        'forbidden-path',
        `Accord does not accept paths that climb folders with “..” (${shown}).`,
      );
    }
    if (!isAbsolute(path))
      return fail('forbidden-path', `“${shown}” is not a full path to a file.`);
    const normalized = resolve(path);
    if (extname(normalized).toLowerCase() !== extension) {
      return fail(
        'forbidden-path',
        kind === 'export'
          ? `Accord exports Word documents, whose names end in .docx; “${basename(normalized)}” does not.`
          : `Accord only opens and saves ${EXTENSION} documents; “${basename(normalized)}” is not one.`,
      );
    }
    let real: string;
    let library: string;
    try {
      real = await realLocation(normalized);
      library = await realLocation(resolve(this.libraryDir));
    } catch (error) {
      // A name too long, a link loop, a folder that may not be read: the path cannot be used.
      return fsFailure(error, normalized, 'use');
    }
    if (this.allowed.has(normalized) || this.allowed.has(real)) return ok(normalized);
    if (isInside(library, real)) return ok(normalized);
    if (isInside(resolve(this.libraryDir), normalized) || isInside(library, normalized)) {
      return fail(
        'forbidden-path',
        `“${basename(normalized)}” leads outside the library folder through a link, so Accord will not use it.`,
      );
    }
    const where =
      kind === 'export'
        ? `exports into its library folder (${this.libraryDir}) or where you chose in the Export dialog`
        : `opens and saves documents in its library folder (${this.libraryDir}) or where you chose in an Open or Save dialog`;
    return fail(
      'forbidden-path',
      `Accord ${where}; “${basename(normalized)}” (${shown}) is elsewhere.`,
    );
  }
}
