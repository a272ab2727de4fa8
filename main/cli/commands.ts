import type { CliCommand } from './command';
import { commentsCommand } from './commentsCommand';
import { compareCommand } from './compareCommand';
import { exportCommand } from './exportCommand';
import { infoCommand } from './infoCommand';
import { mergeCommand } from './mergeCommand';
import { newCommand } from './newCommand';
import { validateCommand } from './validateCommand';
import { versionsCommand } from './versionsCommand';

/** Every `accord` subcommand, in the order the usage text lists them. */
export const COMMANDS: readonly CliCommand[] = [
  newCommand,
  validateCommand,
  infoCommand,
  commentsCommand,
  versionsCommand,
  compareCommand,
  exportCommand,
  mergeCommand,
];
