import type { Node } from 'prosemirror-model';
import { Slice } from 'prosemirror-model';
import {
  joinBackward,
  joinForward,
  joinTextblockBackward,
  joinTextblockForward,
} from 'prosemirror-commands';
import { EditorState, Selection } from 'prosemirror-state';
import type { Command, Transaction } from 'prosemirror-state';
import { ReplaceStep } from 'prosemirror-transform';
import { blockChangeOf } from '../../../../shared/changes';

const deleted = (node: Node) => node.marks.some((m) => m.type.name === 'deletion');

/** The transaction a command would dispatch, or null when it does not apply. */
function plan(command: Command, state: EditorState): Transaction | null {
  let planned: Transaction | null = null;
  const applies = command(state, (tr) => (planned = tr));
  return applies ? planned : null;
}

/** Whether a transaction's one step removes exactly the node at `pos` of `doc`. */
function removesNodeAt(tr: Transaction, doc: Node, pos: number): boolean {
  const step = tr.steps.length === 1 ? tr.steps[0] : undefined;
  const node = doc.nodeAt(pos);
  return (
    step instanceof ReplaceStep &&
    step.slice.size === 0 &&
    node !== null &&
    step.from === pos &&
    step.to === pos + node.nodeSize
  );
}

/**
 * ProseMirror joins an empty block to a neighbour by removing it. Next to a block already
 * suggested for removal (its own break deleted, so removing it changes nothing) the key could
 * never reach the break on its other side: the textblocks are joined across it instead.
 */
function joinPastDeleted(state: EditorState, direction: -1 | 1): Transaction | null {
  const planned = plan(direction < 0 ? joinBackward : joinForward, state);
  const step = planned?.steps[0];
  if (!planned || !(step instanceof ReplaceStep) || !removesNodeAt(planned, state.doc, step.from))
    return null;
  const gone = state.doc.nodeAt(step.from);
  if (!gone?.isTextblock || gone.content.size > 0 || blockChangeOf(gone)?.kind !== 'delete')
    return null;
  return plan(direction < 0 ? joinTextblockBackward : joinTextblockForward, state);
}

/**
 * A block whose text is all suggested for deletion looks empty, and the key should do what it
 * does in an empty block. Where that removes the block (next to a table, record or the
 * masthead, which it cannot join), the block's removal is suggested, selecting as the editor
 * would.
 */
function removeEmptied(state: EditorState, direction: -1 | 1): Transaction | null {
  const $pos = state.selection.$head;
  const block = $pos.parent;
  if ($pos.depth === 0 || block.childCount === 0 || blockChangeOf(block)?.kind === 'delete')
    return null;
  let onlyDeleted = true;
  block.forEach((child) => (onlyDeleted &&= child.isText && deleted(child)));
  if (!onlyDeleted) return null;
  const before = $pos.before();
  const doc = state.doc.replace($pos.start(), $pos.end(), Slice.empty);
  const emptied = EditorState.create({
    doc,
    selection: Selection.near(doc.resolve(before + 1)),
  });
  const planned = plan(direction < 0 ? joinBackward : joinForward, emptied);
  if (!planned || !removesNodeAt(planned, doc, before)) return null;
  const tr = state.tr.delete(before, $pos.after());
  const target = planned.selection;
  // The plan's selection lies before the removed block or where it was.
  if (target.to <= before) tr.setSelection(Selection.fromJSON(tr.doc, target.toJSON()));
  return tr;
}

/**
 * What Backspace (-1) or Delete (1) does at the edge of a textblock while tracking, where the
 * editor's own joining would go wrong: a user edit for suggestion mode to track, or null to
 * leave the key to the editor.
 */
export function atBlockEdge(state: EditorState, direction: -1 | 1): Transaction | null {
  return joinPastDeleted(state, direction) ?? removeEmptied(state, direction);
}
