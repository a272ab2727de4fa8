import type { Node } from 'prosemirror-model';
import { syncThreads } from '../comments/sync';
import { withDocument } from '../document/create';
import type { AccordFile, Person, ReviewInfo, Version } from '../document/fileSchema';
import { newId } from '../document/ids';
import { fail, ok, type Result } from '../result';
import { saveVersion } from '../versions';

/** What the sender says about a review round. */
export interface SendOptions {
  /** Names or organizations of the reviewers; may be empty. */
  reviewers: string[];
  /** ISO date the answers are due, or null. */
  due: string | null;
  now: Date;
  /** Who sends it (the version is saved in their name). */
  author: Person;
}

/** The master with its "Sent for review" version, and the copy to send. */
export interface ReviewCopy {
  master: AccordFile;
  copy: AccordFile;
  version: Version;
}

/** The name of the version saved when a copy is sent: "Sent for review 2025-03-14". */
export function sentVersionName(now: Date): string {
  return `Sent for review ${now.toISOString().slice(0, 10)}`;
}

function sentNote(options: SendOptions): string {
  const who = options.reviewers.length ? ` to ${options.reviewers.join(', ')}` : '';
  const due = options.due ? `; answers due ${options.due.slice(0, 10)}` : '';
  return `The text as sent for review${who}${due}.`;
}

/** Whether a file is a review copy (made by Send for review) rather than a master. */
export function isReviewCopy(file: AccordFile): file is AccordFile & { review: ReviewInfo } {
  return file.review !== null;
}

/**
 * Saves a "Sent for review" version in the master (reason 'review') and makes the copy to send:
 * the same text and threads, its own document id (two files must never claim to be the same
 * document), `review` naming the master's id and that version, and the version itself so the
 * reviewer can compare against what was sent. A review copy cannot itself be sent for review.
 */
export function makeReviewCopy(
  masterFile: AccordFile,
  masterDoc: Node,
  options: SendOptions,
): Result<ReviewCopy> {
  if (isReviewCopy(masterFile)) {
    return fail(
      'invalid-argument',
      `“${masterFile.meta.title || 'This document'}” is itself a review copy; send copies for review from the master document.`,
    );
  }
  const reviewers = options.reviewers.map((r) => r.trim()).filter((r) => r !== '');
  const input = {
    name: sentVersionName(options.now),
    note: sentNote({ ...options, reviewers }),
    author: options.author,
    reason: 'review' as const,
    now: options.now,
  };
  const comments = [...syncThreads(masterDoc, masterFile.comments)];
  const current = { ...withDocument(masterFile, masterDoc, options.now), comments };
  const saved = saveVersion(current, masterDoc, input);
  const alone = saveVersion({ ...current, versions: { blocks: {}, list: [] } }, masterDoc, input)
    .file.versions;
  const time = options.now.toISOString();
  const copy: AccordFile = {
    ...current,
    documentId: newId(),
    meta: { ...current.meta, created: time, modified: time },
    versions: {
      blocks: alone.blocks,
      list: alone.list.map((v) => ({ ...v, id: saved.version.id })),
    },
    review: {
      sourceDocumentId: masterFile.documentId,
      baseVersionId: saved.version.id,
      reviewers,
      due: options.due,
      sentAt: time,
    },
  };
  return ok({ master: saved.file, copy, version: saved.version });
}

// Characters Windows forbids in names; control characters are dropped separately.
const FORBIDDEN = /[<>:"/\\|?*]/g;
const visible = (ch: string) => (ch < ' ' || ch === '\u007f' ? ' ' : ch);

const MAX_STEM = 120;

function clean(text: string): string {
  return Array.from(text, visible).join('').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
}

/** Text cut to `max` code points (never splitting a character), with an ellipsis when cut. */
function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * A file name stem for a copy: "<title> – review 2025-03-14 – ILO, OECD", without characters
 * file systems refuse; a long title is shortened so the date and reviewers stay. The caller
 * adds the extension.
 */
export function reviewCopyStem(title: string, reviewers: readonly string[], now: Date): string {
  const who = reviewers.length ? ` – ${cut(clean(reviewers.join(', ')), 40)}` : '';
  const suffix = ` – review ${now.toISOString().slice(0, 10)}${who}`;
  const head = cut(clean(title) || 'Untitled', MAX_STEM - Array.from(suffix).length);
  return `${head}${suffix}`.replace(/^[.\s]+|[.\s]+$/g, '');
}
