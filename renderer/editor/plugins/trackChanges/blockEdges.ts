import type { Node } from 'prosemirror-model';
import { Slice } from 'prosemirror-model';
import { joinBackward, joinForward } from 'prosemirror-commands';
import { EditorState, Selection, TextSelection } from 'prosemirror-state';
import type { Command, Transaction } from 'prosemirror-state';
import { ReplaceStep } from 'prosemirror-transform';
import { blockChangeOf } from '../../../../shared/changes';

const deleted = (node: Node) => node.marks.some((m) => m.type.name === 'deletion');

/** Whether a textblock holds nothing but text suggested for deletion (true when empty). */
function onlyDeletedText(block: Node): boolean {
  let only = block.isTextblock;
  block.forEach((child) => (only &&= child.isText && deleted(child)));
  return only;
}

/** A textblock that goes whole once accepted: its break and all its text are deleted. */
const gone = (block: Node): boolean =>
  blockChangeOf(block)?.kind === 'delete' && onlyDeletedText(block);

/** The transaction a command would dispatch, or null when it does not apply. */
function plan(command: Command, state: EditorState): Transaction | null {
  let planned: Transaction | null = null;
  const applies = command(state, (tr) => (planned = tr));
  return applies ? planned : null;
}

/**
 * Backspace at the start or Delete at the end of a textblock next to blocks already suggested
 * for removal whole: a reader of the result does not see them, so the key passes over them to
 * the break beyond, joining the textblocks on either side (the blocks between are already
 * deleted). With no textblock beyond them the key does nothing, as at the document's edge,
 * or removes the cursor's block if it looks empty, as next to a table. Null when no such block
 * is next to the cursor, or the blocks are nested.
 */
function joinPastGone(state: EditorState, direction: -1 | 1): Transaction | null {
  const $pos = state.selection.$head;
  const block = $pos.parent;
  const atEdge = direction < 0 ? $pos.parentOffset === 0 : $pos.parentOffset === block.content.size;
  if (!atEdge || $pos.depth !== 1 || (direction < 0 && blockChangeOf(block)?.kind === 'delete'))
    return null;
  const doc = state.doc;
  let index = $pos.index(0) + direction;
  // The position between the skipped blocks and the one beyond them.
  let edge = direction < 0 ? $pos.before() : $pos.after();
  while (index >= 0 && index < doc.childCount && gone(doc.child(index))) {
    edge += direction * doc.child(index).nodeSize;
    index += direction;
  }
  if (index === $pos.index(0) + direction) return null;
  const beyond = doc.maybeChild(index);
  if (!beyond?.isTextblock) {
    // Next to a table, record or the masthead an empty block goes, as the editor does it.
    const empty = beyond && looksEmpty(doc, $pos.index(0));
    return empty ? state.tr.delete($pos.before(), $pos.after()) : state.tr;
  }
  // A break already deleted beyond them: stand past it, as over deleted text.
  if (direction > 0 && blockChangeOf(beyond)?.kind === 'delete') {
    return state.tr.setSelection(TextSelection.create(doc, edge + 1));
  }
  const tr =
    direction < 0 ? state.tr.delete(edge - 1, $pos.start()) : state.tr.delete($pos.end(), edge + 1);
  return tr.setSelection(TextSelection.create(tr.doc, tr.mapping.map($pos.pos, direction)));
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
 * Whether the textblock at `index` of `parent` holds only deleted text, as do the blocks after
 * it whose breaks are deleted (they join it once accepted).
 */
function looksEmpty(parent: Node, index: number): boolean {
  for (let i = index; i < parent.childCount; i++) {
    const block = parent.child(i);
    if (i > index && blockChangeOf(block)?.kind !== 'delete') break;
    if (!onlyDeletedText(block)) return false;
  }
  return true;
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
  if (!looksEmpty($pos.node(-1), $pos.index(-1))) return null;
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
 * An empty block that the next joins with text (its break deleted) does not look empty. Where
 * the editor would remove it, leaving the next with nothing to join, Backspace does nothing (as
 * at the start of a non-empty block) and Delete steps over the deleted break.
 */
function keepJoined(state: EditorState, direction: -1 | 1): Transaction | null {
  const $pos = state.selection.$head;
  if ($pos.depth === 0 || $pos.parent.content.size > 0) return null;
  const next = $pos.node(-1).maybeChild($pos.indexAfter(-1));
  if (!next) return null;
  if (blockChangeOf(next)?.kind !== 'delete' || looksEmpty($pos.node(-1), $pos.index(-1)))
    return null;
  const planned = plan(direction < 0 ? joinBackward : joinForward, state);
  if (!planned || !removesNodeAt(planned, state.doc, $pos.before())) return null;
  if (direction < 0) return state.tr;
  return state.tr.setSelection(TextSelection.create(state.doc, $pos.after() + 1));
}

/**
 * What Backspace (-1) or Delete (1) does at the edge of a textblock while tracking, where the
 * editor's own joining would go wrong: a user edit for suggestion mode to track, or null to
 * leave the key to the editor.
 */
export function atBlockEdge(state: EditorState, direction: -1 | 1): Transaction | null {
  return (
    joinPastGone(state, direction) ??
    removeEmptied(state, direction) ??
    keepJoined(state, direction)
  );
}
