import type { Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import {
  anchorsIn,
  createThread,
  deleteComment,
  reanchor,
  storedAnchor,
  type StoredAnchor,
} from '../../../shared/comments';
import type { Person, Thread } from '../../../shared/document/fileSchema';
import { newId } from '../../../shared/document/ids';
import { fail, ok, type Result } from '../../../shared/result';
import {
  addComment,
  reanchor as reanchorMark,
  removeCommentMark,
} from '../../editor/plugins/comments';

const NO_TEXT = 'Select the text the comment is about first.';
const UNANCHORED: StoredAnchor = { quote: '', blockId: null, section: '' };

function exec(view: EditorView, command: Command): boolean {
  return command(view.state, (tr) => view.dispatch(tr), view);
}

function withStoredAnchor(view: EditorView, threads: Thread[], id: string): Thread[] {
  const anchor = anchorsIn(view.state.doc).get(id);
  if (!anchor) return threads;
  return threads.map((t) => (t.id === id ? { ...t, ...storedAnchor(anchor) } : t));
}

/**
 * Posts a new thread on the pending range or the selection: checks the text first, so a refused
 * comment leaves no mark behind, then anchors it and stores what it is anchored to.
 */
export function postNewComment(
  view: EditorView,
  threads: readonly Thread[],
  author: Person | null,
  text: string,
  time: string,
): Result<Thread[]> {
  const id = newId();
  const created = createThread(threads, {
    id,
    anchor: UNANCHORED,
    comment: { author, text, time },
  });
  if (!created.ok) return created;
  if (!exec(view, addComment(id))) return fail('invalid-argument', NO_TEXT);
  return ok(withStoredAnchor(view, created.value, id));
}

/** Deletes one's own comment, and the thread's highlight when the thread went with it. */
export function removeComment(
  view: EditorView,
  threads: readonly Thread[],
  threadId: string,
  commentId: string,
  by: Person | null,
  time: string,
): Result<Thread[]> {
  const result = deleteComment(threads, threadId, commentId, by, time);
  if (result.ok && !result.value.some((t) => t.id === threadId)) {
    exec(view, removeCommentMark(threadId));
  }
  return result;
}

/** Moves a thread's anchor to the selection and stores the new anchor. */
export function reanchorThread(
  view: EditorView,
  threads: readonly Thread[],
  threadId: string,
): Result<Thread[]> {
  if (!threads.some((t) => t.id === threadId)) {
    return fail('not-found', 'This comment thread no longer exists; it may have been deleted.');
  }
  if (!exec(view, reanchorMark(threadId))) return fail('invalid-argument', NO_TEXT);
  const anchor = anchorsIn(view.state.doc).get(threadId);
  return anchor
    ? reanchor(threads, threadId, storedAnchor(anchor))
    : fail('invalid-argument', NO_TEXT);
}

/** Runs an editor command on the view. */
export function runOn(view: EditorView, command: Command): boolean {
  return exec(view, command);
}
