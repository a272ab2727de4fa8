import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fail, ok, type Result } from '../../shared/result';
import type { CliContext } from './io';

/**
 * One `accord` subcommand. The command table lists these; adding one (comments, versions,
 * compare, export, merge) is a new module and one more table entry.
 */
export interface CliCommand {
  name: string;
  /** Its arguments as the usage text shows them, e.g. `--template NAME FILE`. */
  synopsis: string;
  /** One line saying what it does. */
  summary: string;
  /** Runs it with the arguments after its name; returns the exit code (see EXIT). */
  run(args: string[], ctx: CliContext): Promise<number>;
}

/** A command's parsed options and positionals, or the parser's complaint for a usage message. */
export function readArgs<const T extends Omit<ParseArgsConfig, 'args' | 'strict'>>(
  args: string[],
  config: T,
): Result<ReturnType<typeof parseArgs<T & { args: string[]; strict: true }>>> {
  try {
    return ok(parseArgs({ ...config, args, strict: true }));
  } catch (error) {
    return fail('invalid-argument', (error as Error).message);
  }
}
