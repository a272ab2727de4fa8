import type { Node } from 'prosemirror-model';
import { compareDocuments, type Change, type ChangeKind } from '../../shared/diff';
import type { LoadedDocument } from '../../shared/document/load';
import { ok, type Result } from '../../shared/result';
import { findVersion, loadVersion } from '../../shared/versions';
import { readDocumentFile } from '../services/documentFiles';
import { readArgs, type CliCommand } from './command';
import { EXIT } from './io';
import { usageError } from './usage';

/** The word `--to` takes for the document as it is now rather than a saved version. */
export const CURRENT = 'current';

/** One side of a comparison as printed: a version, or the current draft (id null). */
export interface CompareSideLine {
  id: string | null;
  name: string;
  time: string;
}

/** One change as `accord compare` prints it: a diff change without its top-level block. */
export type ChangeLine = Omit<Change, 'topBlockId' | 'topBlockType'>;

/** What `accord compare` prints. */
export interface CompareReport {
  from: CompareSideLine;
  to: CompareSideLine;
  counts: Record<ChangeKind, number>;
  total: number;
  changes: ChangeLine[];
}

interface Side {
  line: CompareSideLine;
  doc: Node;
  author: { name: string; initials: string; organization: string };
}

/** A version by name or id, read back; or the draft for "current" (allowed on either side). */
function side({ file, doc }: LoadedDocument, nameOrId: string): Result<Side> {
  if (nameOrId === CURRENT) {
    const line = { id: null, name: CURRENT, time: file.meta.modified };
    return ok({ line, doc, author: { name: '', initials: '', organization: '' } });
  }
  const version = findVersion(file, nameOrId);
  if (!version.ok) return version;
  const loaded = loadVersion(file, version.value.id);
  if (!loaded.ok) return loaded;
  const { id, name, time, author } = version.value;
  return ok({ line: { id, name, time }, doc: loaded.value, author });
}

function changeLine(c: Change): ChangeLine {
  return {
    id: c.id,
    kind: c.kind,
    blockId: c.blockId,
    blockType: c.blockType,
    section: c.section,
    ...(c.field === undefined ? {} : { field: c.field }),
    before: c.before,
    after: c.after,
  };
}

/** Compares two sides of a loaded document; fails with the reason a side cannot be read. */
export function compareReport(
  loaded: LoadedDocument,
  from: string,
  to: string,
): Result<CompareReport> {
  const a = side(loaded, from);
  if (!a.ok) return a;
  const b = side(loaded, to);
  if (!b.ok) return b;
  const { changes, counts } = compareDocuments(a.value.doc, b.value.doc, {
    author: b.value.author,
    time: b.value.line.time,
  });
  return ok({
    from: a.value.line,
    to: b.value.line,
    counts,
    total: changes.length,
    changes: changes.map(changeLine),
  });
}

/**
 * `accord compare FILE --from VERSION [--to VERSION|current]`: what changed between two saved
 * versions, or a version and the document as saved now (the default), as JSON. VERSION is a
 * name (the newest of that name) or an id.
 */
export const compareCommand: CliCommand = {
  name: 'compare',
  synopsis: 'FILE --from VERSION [--to VERSION|current]',
  summary: 'print the changes between two versions (or a version and now) as JSON',
  async run(args, ctx) {
    const parsed = readArgs(args, {
      options: { from: { type: 'string' }, to: { type: 'string' } },
      allowPositionals: true,
    });
    if (!parsed.ok) return usageError(ctx, compareCommand, parsed.error.message);
    const { values, positionals } = parsed.value;
    const [target, ...extra] = positionals;
    if (target === undefined || extra.length > 0) {
      return usageError(ctx, compareCommand, 'Give exactly one FILE.');
    }
    if (!values.from) {
      return usageError(ctx, compareCommand, 'Say which version to compare with --from VERSION.');
    }
    if (values.to === '') {
      return usageError(ctx, compareCommand, '--to needs a version name or id, or “current”.');
    }
    const read = await readDocumentFile(ctx.resolvePath(target));
    if (!read.ok) {
      ctx.err(read.error.message);
      return EXIT.document;
    }
    const report = compareReport(read.value.loaded, values.from, values.to ?? CURRENT);
    if (!report.ok) {
      ctx.err(report.error.message);
      return EXIT.document;
    }
    ctx.out(JSON.stringify(report.value, null, 2));
    return EXIT.ok;
  },
};
