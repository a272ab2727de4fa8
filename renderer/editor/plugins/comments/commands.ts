import type { Command, EditorState, Transaction } from 'prosemirror-state';
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { rangesOf } from '../../../../shared/comments';
import { schema } from '../../../../shared/schema';
import { commentRange } from './commentRange';
import { pendingComment, withCommentsMeta } from './commentsPlugin';

// Comment marks follow the panel, not Undo: a thread deleted in the panel must not get its mark
// back from Ctrl+Z, nor a posted comment lose it. Text edits (with the marks in them) still undo.
function outsideHistory(tr: Transaction): Transaction {
  return tr.setMeta('addToHistory', false);
}

const markOf = (id: string) => schema.marks.comment.create({ id });

function clearMarks(tr: Transaction, id: string): Transaction {
  for (const r of rangesOf(tr.doc, id)) tr.removeMark(r.from, r.to, markOf(id));
  return tr;
}

/** "New comment": remembers and highlights what the comment will cover while it is written. */
export const startComment: Command = (state, dispatch) => {
  const range = commentRange(state);
  if (!range) return false;
  dispatch?.(outsideHistory(withCommentsMeta(state.tr, { type: 'start', range })));
  return true;
};

/** Drops the pending comment's highlight (the draft was cancelled). */
export const cancelComment: Command = (state, dispatch) => {
  if (!pendingComment(state)) return false;
  dispatch?.(outsideHistory(withCommentsMeta(state.tr, { type: 'cancel' })));
  return true;
};

/**
 * Anchors thread `threadId` to the pending range, else to the selection (see commentRange), and
 * focuses it. False when there is no text to anchor to.
 */
export function addComment(threadId: string): Command {
  return (state, dispatch) => {
    const range = pendingComment(state) ?? commentRange(state);
    if (!range) return false;
    const tr = state.tr.addMark(range.from, range.to, markOf(threadId));
    dispatch?.(outsideHistory(withCommentsMeta(tr, { type: 'marks', id: threadId })));
    return true;
  };
}

/** Removes every mark of a thread (its thread was deleted). False when it has none. */
export function removeCommentMark(threadId: string): Command {
  return (state, dispatch) => {
    if (rangesOf(state.doc, threadId).length === 0) return false;
    const tr = clearMarks(state.tr, threadId);
    dispatch?.(outsideHistory(withCommentsMeta(tr, { type: 'focus', id: null })));
    return true;
  };
}

/** Moves a thread's anchor (detached or not) to the selection. False when nothing is selected. */
export function reanchor(threadId: string): Command {
  return (state, dispatch) => {
    const range = commentRange(state);
    if (!range) return false;
    const tr = clearMarks(state.tr, threadId).addMark(range.from, range.to, markOf(threadId));
    dispatch?.(outsideHistory(withCommentsMeta(tr, { type: 'marks', id: threadId })));
    return true;
  };
}

// ProseMirror scrolls only to a selection the DOM holds, which it does not while the panel has
// the focus; so the view scrolls to the text itself, keeping the focus where it is.
function reveal(view: EditorView, pos: number): void {
  const { node } = view.domAtPos(pos, 1);
  const element = node instanceof Element ? node : node.parentElement;
  element?.scrollIntoView({ block: 'center' });
}

/** Focuses a thread: selects its text and scrolls to it, or only focuses it when detached. */
export function focusThread(threadId: string | null): Command {
  return (state: EditorState, dispatch, view) => {
    const tr = withCommentsMeta(state.tr, { type: 'focus', id: threadId });
    const first = threadId === null ? undefined : rangesOf(state.doc, threadId)[0];
    const outside = view !== undefined && !view.hasFocus();
    if (first) tr.setSelection(TextSelection.create(state.doc, first.from, first.to));
    if (first && !outside) tr.scrollIntoView();
    dispatch?.(tr);
    if (dispatch && view && first && outside) reveal(view, first.from);
    return true;
  };
}
