import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { QUOTE_LIMIT } from '../comments/anchors';
import { syncThreads } from '../comments/sync';
import { withDocument } from '../document/create';
import type { AccordFile, Thread } from '../document/fileSchema';
import { fail, ok, type Result } from '../result';
import { displayName, loadVersion } from '../versions';
import { anchorNewThreads } from './anchorThreads';
import { conflictThread } from './conflictNotes';
import { applyOps } from './applyOps';
import { MergeContext } from './context';
import { chainChanged, scanCopy } from './copyScan';
import { mergeThreads } from './mergeThreads';
import { insertNewBlocks, rebaseBlockEdit } from './rebaseBlocks';
import { rebaseChain } from './rebaseText';
import { changedAnything, emptyReport, type MergeReport } from './report';

/** A master after importing a copy, and what the import did. */
export interface Merged {
  file: AccordFile;
  doc: Node;
  report: MergeReport;
}

const titleOf = (file: AccordFile) => file.meta.title.trim() || 'Untitled';

/** The line a master's "before import" version notes to remember that a copy came in. */
export function importMarker(copy: AccordFile): string {
  return `Review copy ${copy.documentId} saved ${copy.meta.modified}`;
}

/** Whether this exact copy (same id, same last save) was imported into the master before. */
export function wasImported(master: AccordFile, copy: AccordFile): boolean {
  const marker = importMarker(copy);
  return master.versions.list.some((v) => v.reason === 'review' && v.note.includes(marker));
}

/** Refuses what is not a review copy of this master, naming both documents. */
export function checkCopy(master: AccordFile, copy: AccordFile): Result<null> {
  if (!copy.review) {
    const what =
      copy.documentId === master.documentId
        ? 'is this document itself, not a review copy'
        : 'is not a review copy (it was not made with Send for review)';
    return fail('invalid-argument', `“${titleOf(copy)}” ${what}; nothing was imported.`);
  }
  if (copy.review.sourceDocumentId !== master.documentId) {
    return fail(
      'invalid-argument',
      `The review copy “${titleOf(copy)}” was sent from another document, not from “${titleOf(master)}”; import it into the document it came from. Nothing was imported.`,
    );
  }
  return ok(null);
}

function reviewerOf(copy: AccordFile): string {
  return copy.review?.reviewers.join(', ') ?? '';
}

/**
 * Imports one review copy into the master, leaving the inputs untouched: threads joined by id,
 * new threads anchored by block id and quoted text, and the reviewer's suggestions rebased
 * three-way (base version, copy, master) as tracked changes in their name; where they and the
 * master changed the same words both are kept and a conflict note flags it. The returned file's
 * `doc` is not yet serialized (see {@link mergeReviewCopy}).
 */
export function mergeCopyInto(
  masterFile: AccordFile,
  masterDoc: Node,
  copyFile: AccordFile,
  copyDoc: Node,
): Result<Merged> {
  const checked = checkCopy(masterFile, copyFile);
  if (!checked.ok) return checked;
  const review = copyFile.review!;
  const report = emptyReport(
    titleOf(copyFile),
    copyFile.documentId,
    reviewerOf(copyFile) || 'The reviewer',
  );
  if (wasImported(masterFile, copyFile)) {
    report.alreadyImported = true;
    report.warnings.push(
      'This copy was imported before and has not changed since; nothing was imported again.',
    );
    return ok({ file: masterFile, doc: masterDoc, report });
  }
  const merged = mergeThreads(masterFile.comments, copyFile.comments, review.sentAt, report);
  let threads: Thread[] = merged.threads;
  const base = loadVersion(masterFile, review.baseVersionId);
  let doc = masterDoc;
  if (!base.ok) {
    report.commentsOnly = true;
    const sent = copyFile.versions.list.find((v) => v.id === review.baseVersionId);
    const name = sent ? `“${displayName(sent.name, 80)}”` : 'it was sent from';
    report.warnings.push(
      `The master no longer has the version ${name}, so only comments were imported; the reviewer’s suggestions were not. Compare the copy with the master to bring them in by hand.`,
    );
  } else {
    const ctx = new MergeContext(
      base.value,
      copyDoc,
      masterDoc,
      report,
      new Set(threads.map((t) => t.id)),
    );
    const scan = scanCopy(copyDoc, (id) => ctx.baseBlocks.has(id), ctx.isMine);
    for (const chain of scan.chains) if (chainChanged(chain)) rebaseChain(ctx, chain);
    for (const edit of scan.blockEdits) rebaseBlockEdit(ctx, edit);
    const applied = applyOps(masterDoc, ctx.ops);
    report.warnings.push(...applied.failures);
    const tr = new Transform(applied.doc);
    const unsupported = insertNewBlocks(ctx, tr, scan.newBlocks) + scan.orphans.length;
    doc = tr.doc;
    if (unsupported > 0) {
      report.warnings.push(
        `${unsupported} change${unsupported === 1 ? '' : 's'} to the structure (wrapping or moving existing blocks) could not be imported; the words inside were.`,
      );
    }
    const known = new Set(threads.map((t) => t.id));
    for (const note of ctx.notes) {
      if (known.has(note.entry.id)) continue;
      known.add(note.entry.id);
      const quote =
        note.quote.length > QUOTE_LIMIT ? `${note.quote.slice(0, QUOTE_LIMIT - 1)}…` : note.quote;
      const section = note.blockId ? ctx.sectionOf(note.blockId) : '';
      threads.push(
        conflictThread(note.entry, note.author, note.time || review.sentAt, {
          quote,
          blockId: note.blockId,
          section,
        }),
      );
    }
    report.suggestions = ctx.applied.size;
  }
  doc = applyOps(doc, anchorNewThreads(copyDoc, doc, merged.added, report)).doc;
  if (!reviewerOf(copyFile)) report.reviewer = report.authors.join(', ') || 'The reviewer';
  if (!changedAnything(report)) return ok({ file: masterFile, doc: masterDoc, report });
  threads = [...syncThreads(doc, threads)];
  return ok({ file: { ...masterFile, comments: threads }, doc, report });
}

/** {@link mergeCopyInto} with the merged document written into the returned file. */
export function mergeReviewCopy(
  masterFile: AccordFile,
  masterDoc: Node,
  copyFile: AccordFile,
  copyDoc: Node,
  now: Date = new Date(),
): Result<Merged> {
  const merged = mergeCopyInto(masterFile, masterDoc, copyFile, copyDoc);
  if (!merged.ok) return merged;
  const { file, doc, report } = merged.value;
  if (doc === masterDoc && file === masterFile) return merged;
  return ok({ file: withDocument(file, doc, now), doc, report });
}
