import type { CliCommand } from './command';
import { EXIT, type CliContext } from './io';

/** The overall usage text, listing every command of the table. */
export function usageText(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => `${c.name} ${c.synopsis}`.length));
  const lines = commands.map(
    (c) => `  accord ${`${c.name} ${c.synopsis}`.padEnd(width)}  ${c.summary}`,
  );
  return [
    'Usage:',
    ...lines,
    '',
    'Exit codes: 0 done, 1 a problem with the document or file, 2 a usage mistake.',
  ].join('\n');
}

/** One command's usage line. */
export function commandUsage(command: CliCommand): string {
  return `Usage: accord ${command.name} ${command.synopsis}`;
}

/** Reports a usage mistake in a command's arguments and returns the usage exit code. */
export function usageError(ctx: CliContext, command: CliCommand, message: string): number {
  ctx.err(`accord ${command.name}: ${message}`);
  ctx.err(commandUsage(command));
  return EXIT.usage;
}
