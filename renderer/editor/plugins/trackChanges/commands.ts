import { closeHistory } from 'prosemirror-history';
import { TextSelection } from 'prosemirror-state';
import type { Command, Transaction } from 'prosemirror-state';
import {
  acceptAll,
  acceptAllBy,
  acceptChange,
  changeIdAt,
  listChanges,
  rejectAll,
  rejectAllBy,
  rejectChange,
} from '../../../../shared/changes';
import { untracked } from './key';

type Resolve = (tr: Transaction) => Transaction;

// Its own undo step, which suggestion mode leaves alone; refused when nothing changes.
function resolving(resolve: Resolve): Command {
  return (state, dispatch) => {
    const tr = resolve(state.tr);
    if (!tr.docChanged) return false;
    dispatch?.(closeHistory(untracked(tr)).scrollIntoView());
    return true;
  };
}

/** Accepts the change with this id. */
export const acceptChangeById = (id: string): Command => resolving((tr) => acceptChange(tr, id));

/** Rejects the change with this id. */
export const rejectChangeById = (id: string): Command => resolving((tr) => rejectChange(tr, id));

/** Accepts every change, or every change by one author. */
export const acceptAllChanges = (author?: string): Command =>
  resolving((tr) => (author === undefined ? acceptAll(tr) : acceptAllBy(tr, author)));

/** Rejects every change, or every change by one author. */
export const rejectAllChanges = (author?: string): Command =>
  resolving((tr) => (author === undefined ? rejectAll(tr) : rejectAllBy(tr, author)));

function atCursor(decide: (id: string) => Command): Command {
  return (state, dispatch, view) => {
    const id = changeIdAt(state.doc, state.selection.from);
    return id !== null && decide(id)(state, dispatch, view);
  };
}

/** Accepts the change at the cursor (a context action in the text). */
export const acceptChangeAtCursor: Command = atCursor(acceptChangeById);

/** Rejects the change at the cursor. */
export const rejectChangeAtCursor: Command = atCursor(rejectChangeById);

/** Selects a document range (a change the panel was asked to show) and scrolls to it. */
export function selectRange(from: number, to: number): Command {
  return (state, dispatch) => {
    const max = state.doc.content.size;
    const $from = state.doc.resolve(Math.min(Math.max(0, from), max));
    const $to = state.doc.resolve(Math.min(Math.max(0, to), max));
    dispatch?.(state.tr.setSelection(TextSelection.between($from, $to)).scrollIntoView());
    return true;
  };
}

/**
 * Moves the selection to the next (or previous) change after (before) the cursor, wrapping
 * around at the end. Lists the changes, so it walks the document: a command, not a keystroke.
 */
export function goToChange(direction: 1 | -1, author?: string): Command {
  return (state, dispatch, view) => {
    const changes = listChanges(state.doc).filter(
      (c) => author === undefined || c.author === author,
    );
    if (changes.length === 0) return false;
    const { from, to, empty } = state.selection;
    let target = direction === 1 ? changes[0]! : changes.at(-1)!;
    if (direction === 1) {
      const after = changes.find((c) => c.from > from || (!empty && c.from === from && c.to > to));
      if (after) target = after;
    } else {
      for (const c of changes) if (c.from < from) target = c;
      if (changes[0]!.from >= from) target = changes.at(-1)!;
    }
    return selectRange(target.from, target.to)(state, dispatch, view);
  };
}
