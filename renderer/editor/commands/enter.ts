import { chainCommands, liftEmptyBlock } from 'prosemirror-commands';
import type { Attrs, NodeType } from 'prosemirror-model';
import { splitListItem } from 'prosemirror-schema-list';
import { Selection, TextSelection } from 'prosemirror-state';
import type { Command } from 'prosemirror-state';
import { canSplit } from 'prosemirror-transform';
import { schema } from '../../../shared/schema';
import { changeParagraphLevel } from './blocks';

const { nodes } = schema;

/** In a masthead field, Enter moves to the next field instead of splitting it. */
const nextMastheadField: Command = (state, dispatch) => {
  const { $from } = state.selection;
  if ($from.parent.type !== nodes.masthead_field) return false;
  if (dispatch) {
    const after = $from.after();
    const next = Selection.findFrom(state.doc.resolve(after), 1, true);
    if (next) dispatch(state.tr.setSelection(next).scrollIntoView());
  }
  return true;
};

/** Enter in an empty (a) or (i) subparagraph moves it up a level, as Word does. */
const outdentEmptySubparagraph: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  const parent = $from.parent;
  if (!empty || parent.type !== nodes.numbered_paragraph || parent.content.size > 0) return false;
  if (parent.attrs.level === 0) return false;
  return changeParagraphLevel(-1)(state, dispatch);
};

/** Enter in an empty paragraph at the end of a quotation leaves the quotation. */
const leaveQuote: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.depth < 2 || $from.parent.content.size > 0) return false;
  if ($from.node(-1).type !== nodes.blockquote) return false;
  return liftEmptyBlock(state, dispatch);
};

/**
 * Splits the textblock at the cursor. The second half keeps the block's type and level, except
 * at the end of a heading, where the new block is a numbered paragraph (body text).
 */
const splitTextblock: Command = (state, dispatch) => {
  const { selection } = state;
  if (!(selection instanceof TextSelection) || !selection.$from.sameParent(selection.$to))
    return false;
  const tr = state.tr;
  if (!selection.empty) tr.deleteSelection();
  const $pos = tr.selection.$from;
  const block = $pos.parent;
  if (!block.isTextblock || $pos.depth === 0) return false;
  const atEnd = $pos.parentOffset === block.content.size;
  let type: NodeType = block.type;
  // The new half is a new block: no id yet, and no block change copied from the first half.
  let attrs: Attrs = { ...block.attrs, id: null, change: null };
  if (atEnd && block.type === nodes.heading) {
    type = nodes.numbered_paragraph;
    attrs = { level: 0 };
  }
  const types = [{ type, attrs }];
  if (!canSplit(tr.doc, $pos.pos, 1, types)) return false;
  if (dispatch) dispatch(tr.split($pos.pos, 1, types).scrollIntoView());
  return true;
};

/** Enter, in order: masthead fields, list items, empty subparagraphs and quotes, then a split. */
export const enter: Command = chainCommands(
  nextMastheadField,
  splitListItem(nodes.list_item),
  outdentEmptySubparagraph,
  leaveQuote,
  splitTextblock,
);
