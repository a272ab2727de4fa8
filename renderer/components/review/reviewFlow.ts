import { Node } from 'prosemirror-model';
import type { AccordApi, ImportedReviews, SentForReview } from '../../../shared/api';
import { EXTENSION } from '../../../shared/document/format';
import { reviewCopyStem } from '../../../shared/review';
import { schema } from '../../../shared/schema';
import type { DocumentSession } from '../../session/documentSession';

/** What the Send for review dialog asks. */
export interface SendRequest {
  reviewers: string[];
  /** ISO date (yyyy-mm-dd) or null. */
  due: string | null;
  withWord: boolean;
}

/** How sending ended: written (and whether the master was saved), cancelled, or failed. */
export type SendOutcome =
  | ({ kind: 'sent'; saved: boolean } & SentForReview)
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** How importing ended. */
export type ImportOutcome =
  { kind: 'imported'; result: ImportedReviews } | { kind: 'failed'; message: string };

/** What the flows need from the app. */
export interface ReviewDeps {
  api: AccordApi;
  /** Whether the host has native Save and Open dialogs (Electron). */
  native: boolean;
}

/** Splits "ILO, OECD; UNCTAD" into names. */
export function parseReviewers(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((r) => r.trim())
    .filter((r) => r !== '');
}

/**
 * Send for review: the host saves the "Sent for review" version and writes the copy (where the
 * user chooses in a native Save dialog, else into the library); the master then keeps the
 * version and is saved like after Save version.
 */
export async function sendForReview(
  deps: ReviewDeps,
  session: DocumentSession,
  request: SendRequest,
): Promise<SendOutcome> {
  let outputPath: string | null = null;
  if (deps.native) {
    const stem = reviewCopyStem(session.state.title, request.reviewers, new Date());
    const picked = await deps.api['documents.pickSavePath']({ suggestedName: stem + EXTENSION });
    if (!picked.ok) {
      return picked.error.code === 'cancelled'
        ? { kind: 'cancelled' }
        : { kind: 'failed', message: picked.error.message };
    }
    outputPath = picked.value;
  }
  const sent = await deps.api['review.send']({
    file: session.currentFile(),
    reviewers: request.reviewers,
    due: request.due,
    outputPath,
    withWord: request.withWord,
  });
  if (!sent.ok) return { kind: 'failed', message: sent.error.message };
  await session.adopt({ versions: sent.value.file.versions });
  const { path, readOnly } = session.state;
  const saved = path !== null && !readOnly && (await session.save()) === 'saved';
  return { kind: 'sent', saved, ...sent.value };
}

/**
 * Import review: the host reads the copies and merges them into the document as it is now; the
 * merged text, threads and versions replace the editor's (unsaved until the user saves).
 */
export async function importReviews(
  deps: ReviewDeps,
  session: DocumentSession,
  paths: string[],
): Promise<ImportOutcome> {
  const result = await deps.api['review.import']({
    file: session.currentFile(),
    paths,
    dryRun: false,
  });
  if (!result.ok) return { kind: 'failed', message: result.error.message };
  if (result.value.changed) {
    let doc: Node;
    try {
      doc = Node.fromJSON(schema, result.value.file.doc);
    } catch (error) {
      return {
        kind: 'failed',
        message: `The merged document could not be shown (${String(error)}).`,
      };
    }
    const { versions, comments } = result.value.file;
    await session.adopt({ versions, comments }, doc);
  }
  return { kind: 'imported', result: result.value };
}
