import { copyFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Person } from '../../shared/document/fileSchema';
import { serializeAccordFile } from '../../shared/document/load';
import { importReviewCopies, type MergeReport } from '../../shared/review';
import { writeFileAtomic } from '../services/atomicWrite';
import { sameContent, stampOf } from '../services/diskStamp';
import { readDocumentFile } from '../services/documentFiles';
import { fsFailure } from '../services/fsErrors';
import { readCopies } from '../services/review/readCopies';
import { readArgs, type CliCommand } from './command';
import { EXIT, type CliContext } from './io';
import { usageError } from './usage';

/** What `accord merge` prints. */
export interface MergeOutput {
  master: string;
  /** Whether the master was rewritten (false on --dry-run or when nothing changed). */
  written: boolean;
  /** The previous master, kept beside it before it was rewritten. */
  backup: string | null;
  reports: (MergeReport & { fileName: string })[];
}

/** The author of the version saved before a command-line import. */
const CLI_AUTHOR: Person = { name: 'accord merge', initials: 'AM', organization: '' };

/** "plan (before merge 2025-03-14 0930).accord", beside the master. */
function backupPath(master: string, now: Date): string {
  const extension = extname(master);
  const stamp = now.toISOString().slice(0, 16).replace('T', ' ').replace(':', '');
  return join(
    dirname(master),
    `${basename(master, extension)} (before merge ${stamp})${extension}`,
  );
}

function failed(ctx: CliContext, message: string): number {
  ctx.err(message);
  return EXIT.document;
}

/**
 * `accord merge MASTER COPY... [--dry-run]`: imports returned review copies into the master,
 * as "Import review" does, and prints a report per copy as JSON. The master is rewritten
 * atomically, the previous file kept beside it, unless --dry-run or nothing changed; a copy
 * that does not open, or is of another document, refuses the whole merge.
 */
export const mergeCommand: CliCommand = {
  name: 'merge',
  synopsis: 'MASTER COPY... [--dry-run]',
  summary: 'import returned review copies into the master and print a report per copy as JSON',
  async run(args, ctx) {
    const parsed = readArgs(args, {
      options: { 'dry-run': { type: 'boolean' } },
      allowPositionals: true,
    });
    if (!parsed.ok) return usageError(ctx, mergeCommand, parsed.error.message);
    const [masterArg, ...copyArgs] = parsed.value.positionals;
    if (masterArg === undefined || copyArgs.length === 0) {
      return usageError(ctx, mergeCommand, 'Give the MASTER and at least one review COPY.');
    }
    const dryRun = parsed.value.values['dry-run'] ?? false;
    const master = ctx.resolvePath(masterArg);
    const read = await readDocumentFile(master);
    if (!read.ok) return failed(ctx, read.error.message);
    const copies = await readCopies(copyArgs.map((c) => ctx.resolvePath(c)));
    if (!copies.ok) return failed(ctx, copies.error.message);
    const now = new Date();
    const { file, doc } = read.value.loaded;
    const imported = importReviewCopies(file, doc, copies.value, { author: CLI_AUTHOR, now });
    if (!imported.ok) return failed(ctx, imported.error.message);
    const reports = imported.value.reports.map((r, i) => ({
      ...r,
      fileName: copies.value[i]!.name,
    }));
    const output: MergeOutput = { master, written: false, backup: null, reports };
    if (!dryRun && imported.value.version !== null) {
      // The master must still be what was read: another program may have saved it meanwhile.
      const current = await stampOf(master, read.value.stamp).catch(() => null);
      if (!sameContent(current, read.value.stamp)) {
        return failed(
          ctx,
          `“${basename(master)}” changed while the copies were merged; nothing was written. Run the merge again.`,
        );
      }
      const backup = backupPath(master, now);
      try {
        await copyFile(master, backup);
        await writeFileAtomic(master, serializeAccordFile(imported.value.file));
      } catch (error) {
        const why = fsFailure(error, master, 'write');
        return failed(ctx, why.ok ? 'The master could not be written.' : why.error.message);
      }
      output.written = true;
      output.backup = backup;
    }
    ctx.out(JSON.stringify(output, null, 2));
    return EXIT.ok;
  },
};
