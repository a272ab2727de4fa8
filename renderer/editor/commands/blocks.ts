import { lift } from 'prosemirror-commands';
import type { Attrs, Node, NodeType, ResolvedPos } from 'prosemirror-model';
import { liftListItem, sinkListItem, wrapRangeInList } from 'prosemirror-schema-list';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import { findWrapping } from 'prosemirror-transform';
import { schema } from '../../../shared/schema';

const { nodes } = schema;

/** New attributes for a block changing type, keeping its id (comments and versions refer to it). */
export type BlockAttrs = (old: Node) => Attrs;

/**
 * Attributes for a block changing type: the old block's (its id above all; attributes the new
 * type lacks are ignored on creation), overridden by `extra`.
 */
export function keepId(extra: Attrs = {}): BlockAttrs {
  return (old) => ({ ...old.attrs, ...extra });
}

/** Turns the textblocks in the selection into `type`, keeping their ids. */
export function setTextblock(type: NodeType, attrs: BlockAttrs): Command {
  return (state, dispatch) => {
    let applicable = false;
    for (const { $from, $to } of state.selection.ranges) {
      state.doc.nodesBetween($from.pos, $to.pos, (node, pos) => {
        if (applicable || !node.isTextblock) return !applicable;
        if (node.hasMarkup(type, attrs(node))) return false;
        const $pos = state.doc.resolve(pos);
        const index = $pos.index();
        applicable = $pos.parent.canReplaceWith(index, index + 1, type);
        return false;
      });
    }
    if (!applicable) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const { $from, $to } of state.selection.ranges)
        tr.setBlockType($from.pos, $to.pos, type, attrs);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Whether the cursor's textblock has this type (and level, when given). */
export function textblockActive(state: EditorState, type: NodeType, level?: number): boolean {
  const parent = state.selection.$from.parent;
  return parent.type === type && (level === undefined || parent.attrs.level === level);
}

/** The depth of the nearest ancestor of one of these types, or null. */
export function ancestorDepth($pos: ResolvedPos, types: readonly NodeType[]): number | null {
  for (let d = $pos.depth; d > 0; d--) if (types.includes($pos.node(d).type)) return d;
  return null;
}

/** Whether the nearest list around the cursor is of this type (or a blockquote surrounds it). */
export function wrapperActive(state: EditorState, type: NodeType): boolean {
  const lists = [nodes.bullet_list, nodes.ordered_list];
  const depth = ancestorDepth(state.selection.$from, lists.includes(type) ? lists : [type]);
  return depth !== null && state.selection.$from.node(depth).type === type;
}

/** Changes the level (1., (a), (i)) of the numbered paragraphs in the selection by `delta`. */
export function changeParagraphLevel(delta: number): Command {
  return (state, dispatch) => {
    const { from, to } = state.selection;
    let tr: Transaction | null = null;
    state.doc.nodesBetween(from, to, (node, pos) => {
      if (node.type !== nodes.numbered_paragraph) return !node.isTextblock;
      const level = Math.min(2, Math.max(0, (node.attrs.level as number) + delta));
      if (level !== node.attrs.level) (tr ??= state.tr).setNodeAttribute(pos, 'level', level);
      return false;
    });
    if (!tr) return false;
    dispatch?.(tr);
    return true;
  };
}

/** Converts numbered paragraphs and headings in the selection to plain ones, ready to be wrapped. */
function plainParagraphs(state: EditorState): Transaction {
  const tr = state.tr;
  const { $from, $to } = state.selection;
  tr.setBlockType($from.pos, $to.pos, nodes.paragraph, keepId());
  return tr;
}

function rangeAfter(tr: Transaction, state: EditorState) {
  const { from, to } = state.selection;
  return tr.doc.resolve(tr.mapping.map(from)).blockRange(tr.doc.resolve(tr.mapping.map(to)));
}

/**
 * Toggles a bullet or ordered list: lifts out of a list of this type, switches a list of the
 * other type, or wraps the selected blocks (as plain paragraphs) in a new list.
 */
export function toggleList(listType: NodeType): Command {
  return (state, dispatch) => {
    const { $from } = state.selection;
    const depth = ancestorDepth($from, [nodes.bullet_list, nodes.ordered_list]);
    if (depth !== null) {
      const list = $from.node(depth);
      if (list.type === listType) return liftListItem(nodes.list_item)(state, dispatch);
      const id = list.attrs.id as string | null;
      dispatch?.(state.tr.setNodeMarkup($from.before(depth), listType, { id }));
      return true;
    }
    const tr = plainParagraphs(state);
    const range = rangeAfter(tr, state);
    if (!range || !wrapRangeInList(dispatch ? tr : null, range, listType)) return false;
    dispatch?.(tr.scrollIntoView());
    return true;
  };
}

/** Toggles a block quotation around the selected blocks. */
export const toggleBlockquote: Command = (state, dispatch) => {
  if (ancestorDepth(state.selection.$from, [nodes.blockquote]) !== null)
    return lift(state, dispatch);
  const tr = plainParagraphs(state);
  const range = rangeAfter(tr, state);
  const wrapping = range && findWrapping(range, nodes.blockquote);
  if (!range || !wrapping) return false;
  dispatch?.(tr.wrap(range, wrapping).scrollIntoView());
  return true;
};

/** Indents: a numbered paragraph one level deeper, or a list item into a sublist. */
export const indent: Command = (state, dispatch) =>
  changeParagraphLevel(1)(state, dispatch) || sinkListItem(nodes.list_item)(state, dispatch);

/** Outdents: a numbered paragraph one level up, or a list item out of its list. */
export const outdent: Command = (state, dispatch) =>
  changeParagraphLevel(-1)(state, dispatch) || liftListItem(nodes.list_item)(state, dispatch);
