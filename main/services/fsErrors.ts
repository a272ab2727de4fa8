import { basename } from 'node:path';
import { fail, type Result } from '../../shared/result';

/** The errno code of a Node file-system error, or '' for anything else. */
export function errnoOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * Turns a file-system error into a Result a user can act on, naming the file. `action` is the
 * verb phrase for what was attempted ("read", "save").
 */
export function fsFailure<T = never>(error: unknown, path: string, action: string): Result<T> {
  const name = `“${basename(path)}”`;
  switch (errnoOf(error)) {
    case 'ENOENT':
      return fail(
        'not-found',
        `${name} was not found at ${path}. It may have been moved or deleted.`,
      );
    case 'ENOTDIR':
      return fail('not-found', `The folder for ${name} does not exist (${path}).`);
    case 'EACCES':
    case 'EPERM':
      return fail(
        'io-error',
        `Accord is not allowed to ${action} ${name} (${path}). Check the file's and folder's permissions.`,
      );
    case 'EROFS':
      return fail(
        'read-only',
        `${name} is on a read-only drive; Accord cannot ${action} it there.`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return fail(
        'io-error',
        `The disk is full, so Accord could not ${action} ${name}. Free some space and try again.`,
      );
    case 'EISDIR':
      return fail('invalid-argument', `${path} is a folder, not an Accord document.`);
    case 'EBUSY':
      return fail(
        'io-error',
        `${name} is in use by another program; Accord could not ${action} it. Try again.`,
      );
    default:
      return fail(
        'io-error',
        `Accord could not ${action} ${name} (${(error as Error | null)?.message ?? 'unknown error'}).`,
      );
  }
}
