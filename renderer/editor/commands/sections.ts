import { closeHistory } from 'prosemirror-history';
import { TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import { planSectionMove, planSectionMoveBefore } from '../../../shared/document/sections';
import type { BlockMove } from '../../../shared/document/sections';

/**
 * Moves whole top-level blocks as one undoable step group. The nodes themselves move, so their
 * ids stay; a cursor inside the moved blocks moves with them.
 */
export function moveBlocks(state: EditorState, move: BlockMove): Transaction {
  const { from, to, insertAt } = move;
  if (insertAt > from && insertAt < to) throw new RangeError('Cannot move blocks into themselves');
  const content = state.doc.slice(from, to).content;
  const tr = state.tr;
  if (insertAt >= to) tr.insert(insertAt, content).delete(from, to);
  else tr.delete(from, to).insert(insertAt, content);
  const { selection } = state;
  const start = insertAt >= to ? insertAt - (to - from) : insertAt;
  if (selection instanceof TextSelection && selection.from >= from && selection.to <= to) {
    const shift = start - from;
    tr.setSelection(TextSelection.create(tr.doc, selection.anchor + shift, selection.head + shift));
  }
  return closeHistory(tr).scrollIntoView();
}

function run(plan: BlockMove | null, state: EditorState, dispatch?: (tr: Transaction) => void) {
  if (!plan) return false;
  dispatch?.(moveBlocks(state, plan));
  return true;
}

/** Moves the section a heading opens past its previous or next sibling section. */
export function moveSection(headingId: string, direction: 'up' | 'down'): Command {
  return (state, dispatch) =>
    run(planSectionMove(state.doc, headingId, direction), state, dispatch);
}

/** Moves the section a heading opens to just before another heading (null: the end). */
export function moveSectionBefore(headingId: string, targetHeadingId: string | null): Command {
  return (state, dispatch) =>
    run(planSectionMoveBefore(state.doc, headingId, targetHeadingId), state, dispatch);
}

/** Moves the section of the heading holding the cursor (Alt+Shift+Up/Down, as in Word). */
export function moveSectionAtCursor(direction: 'up' | 'down'): Command {
  return (state, dispatch) => {
    const { $from } = state.selection;
    if ($from.depth < 1) return false;
    const block = $from.node(1);
    const id = block.attrs.id as string | null;
    if (block.type.name !== 'heading' || !id) return false;
    return moveSection(id, direction)(state, dispatch);
  };
}
