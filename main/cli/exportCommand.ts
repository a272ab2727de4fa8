import { extname } from 'node:path';
import { renderDocx, writeExport } from '../services/exportService';
import { readDocumentFile } from '../services/documentFiles';
import { readArgs, type CliCommand } from './command';
import { EXIT } from './io';
import { usageError } from './usage';

/** A size as people read it: bytes below a kilobyte, else KB or MB with one decimal. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * `accord export FILE -o OUT.docx`: the document as a Word file in the house style, written
 * atomically over any older export of the same name. `--against VERSION` writes the changes
 * since that version as tracked changes ("revised text").
 */
export const exportCommand: CliCommand = {
  name: 'export',
  synopsis: 'FILE -o OUT.docx [--comments] [--changes] [--toc] [--against VERSION]',
  summary: 'write the document as a Word file (comments, tracked changes, contents on request)',
  async run(args, ctx) {
    const parsed = readArgs(args, {
      options: {
        output: { type: 'string', short: 'o' },
        comments: { type: 'boolean' },
        changes: { type: 'boolean' },
        toc: { type: 'boolean' },
        against: { type: 'string' },
      },
      allowPositionals: true,
    });
    if (!parsed.ok) return usageError(ctx, exportCommand, parsed.error.message);
    const { values, positionals } = parsed.value;
    const [source, ...extra] = positionals;
    if (source === undefined || extra.length > 0) {
      return usageError(ctx, exportCommand, 'Give exactly one FILE to export.');
    }
    if (values.output === undefined || values.output === '') {
      return usageError(ctx, exportCommand, 'Say where to write the Word file with -o OUT.docx.');
    }
    if (extname(values.output).toLowerCase() !== '.docx') {
      return usageError(
        ctx,
        exportCommand,
        `The output must end in .docx, not “${values.output}”.`,
      );
    }
    if (values.against === '') {
      return usageError(ctx, exportCommand, '--against needs a version name or id.');
    }
    const read = await readDocumentFile(ctx.resolvePath(source));
    if (!read.ok) {
      ctx.err(read.error.message);
      return EXIT.document;
    }
    const options = {
      comments: values.comments ?? false,
      changes: values.changes ?? false,
      tableOfContents: values.toc ?? false,
    };
    const rendered = await renderDocx(read.value.loaded, options, values.against);
    if (!rendered.ok) {
      ctx.err(rendered.error.message);
      return EXIT.document;
    }
    const target = ctx.resolvePath(values.output);
    const written = await writeExport(target, rendered.value);
    if (!written.ok) {
      ctx.err(written.error.message);
      return EXIT.document;
    }
    ctx.out(`Exported ${source} to ${target} (${formatSize(rendered.value.byteLength)}).`);
    return EXIT.ok;
  },
};
