/** Expected failures travel as values (thrown errors lose everything but `message` across IPC). */
export type ErrorCode =
  | 'invalid-argument'
  | 'not-found'
  | 'cancelled'
  | 'corrupt-file'
  | 'too-large'
  | 'newer-format'
  | 'changed-on-disk'
  | 'locked'
  | 'read-only'
  | 'forbidden-path'
  | 'io-error'
  | 'unsupported'
  | 'internal';

/** A user-actionable failure: a stable code for programs and a sentence for people. */
export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** The outcome of every API call. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Wraps a value as a successful Result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps a failure as a Result. */
export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
