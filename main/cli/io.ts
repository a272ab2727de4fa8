import { isAbsolute, resolve } from 'node:path';

/** Where the command line writes and what it runs in; process.stdout and friends in real use. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
  /** Defaults to process.env; tests pass their own (e.g. ACCORD_RESOURCES). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The exit codes of `accord`: success, a problem with a document or file, a usage mistake. */
export const EXIT = { ok: 0, document: 1, usage: 2 } as const;

/** What every command gets: line writers, path resolution and the environment. */
export interface CliContext {
  out: (line: string) => void;
  err: (line: string) => void;
  /** A user-given path, resolved against the working directory. */
  resolvePath: (path: string) => string;
  env: Readonly<Record<string, string | undefined>>;
}

/** Wraps the raw io into the helpers commands use. */
export function cliContext(io: CliIo): CliContext {
  return {
    out: (line) => void io.stdout.write(`${line}\n`),
    err: (line) => void io.stderr.write(`${line}\n`),
    resolvePath: (path) => (isAbsolute(path) ? path : resolve(io.cwd, path)),
    env: io.env ?? process.env,
  };
}
