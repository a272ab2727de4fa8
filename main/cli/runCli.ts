import type { CliCommand } from './command';
import { COMMANDS } from './commands';
import { cliContext, EXIT, type CliIo } from './io';
import { usageText } from './usage';

/**
 * Runs `accord` with its arguments and returns the exit code (0 done, 1 document problem,
 * 2 usage). Expected failures are reported as messages; only bugs throw.
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  const ctx = cliContext(io);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    // Asked-for help goes to stdout; either way nothing was done, hence the usage code.
    (name === undefined ? ctx.err : ctx.out)(usageText(commands));
    return EXIT.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    ctx.err(`accord: unknown command “${name}”.`);
    ctx.err(usageText(commands));
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.out(`Usage: accord ${command.name} ${command.synopsis}\n  ${command.summary}`);
    return EXIT.usage;
  }
  return command.run(rest, ctx);
}
