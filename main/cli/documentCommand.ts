import type { LoadedDocument } from '../../shared/document/load';
import { readDocumentFile } from '../services/documentFiles';
import { readArgs, type CliCommand } from './command';
import { EXIT, type CliContext } from './io';
import { usageError } from './usage';

/** What a one-document command does once its FILE has opened cleanly. */
export interface DocumentCommandSpec {
  name: string;
  summary: string;
  /** Receives the FILE as the user typed it and the loaded document; returns the exit code. */
  act(target: string, loaded: LoadedDocument, ctx: CliContext): number;
}

/**
 * Builds an `accord NAME FILE` command: exactly one FILE, opened with every check the app makes
 * (never modified); a file that does not open is reported with the loader's message, exit 1.
 */
export function documentCommand(spec: DocumentCommandSpec): CliCommand {
  const command: CliCommand = {
    name: spec.name,
    synopsis: 'FILE',
    summary: spec.summary,
    async run(args, ctx) {
      const parsed = readArgs(args, { options: {}, allowPositionals: true });
      if (!parsed.ok) return usageError(ctx, command, parsed.error.message);
      const [target, ...extra] = parsed.value.positionals;
      if (target === undefined || extra.length > 0) {
        return usageError(ctx, command, 'Give exactly one FILE.');
      }
      const read = await readDocumentFile(ctx.resolvePath(target));
      if (!read.ok) {
        ctx.err(read.error.message);
        return EXIT.document;
      }
      return spec.act(target, read.value.loaded, ctx);
    },
  };
  return command;
}
