import type { Node } from 'prosemirror-model';
import { closeHistory } from 'prosemirror-history';
import { NodeSelection, Selection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import { ACTION_FIELDS, schema } from '../../../shared/schema';

const { nodes } = schema;

/** A 3x3 table whose first row is a header row. */
export function newTable(rows = 3, columns = 3): Node {
  const row = (cell: typeof nodes.table_cell) =>
    nodes.table_row.create(
      null,
      Array.from({ length: columns }, () => cell.create(null, nodes.paragraph.create())),
    );
  return nodes.table.create(null, [
    row(nodes.table_header),
    ...Array.from({ length: rows - 1 }, () => row(nodes.table_cell)),
  ]);
}

/** An action record with every field of ACTION_FIELDS, each holding one empty paragraph. */
export function newActionRecord(): Node {
  return nodes.action_record.create(
    null,
    ACTION_FIELDS.map((f) => nodes.action_field.create({ field: f.key }, nodes.paragraph.create())),
  );
}

/**
 * Inserts a top-level block at the selection: in place of an empty top-level paragraph, or
 * after the top-level block holding the cursor. Puts the cursor in the new block's first text.
 */
export function insertBlockAt(state: EditorState, block: Node): Transaction | null {
  const { doc, selection } = state;
  const { $from, $to } = selection;
  const index = $from.index(0);
  const current = doc.maybeChild(index);
  let tr: Transaction;
  let pos: number;
  if ($from.depth === 1 && current?.isTextblock && current.content.size === 0) {
    if (!doc.canReplaceWith(index, index + 1, block.type)) return null;
    pos = $from.before(1);
    tr = state.tr.replaceWith(pos, $from.after(1), block);
  } else {
    const at = $from.depth === 0 ? $to.index(0) : index + 1;
    if (!doc.canReplaceWith(at, at, block.type)) return null;
    pos = 0;
    for (let i = 0; i < at; i++) pos += doc.child(i).nodeSize;
    tr = state.tr.insert(pos, block);
  }
  tr.setSelection(Selection.near(tr.doc.resolve(pos + 1)));
  return closeHistory(tr).scrollIntoView();
}

function insertBlockCommand(make: () => Node): Command {
  return (state, dispatch) => {
    const tr = insertBlockAt(state, make());
    if (!tr) return false;
    dispatch?.(tr);
    return true;
  };
}

/** Inserts a 3x3 table with a header row. */
export const insertTable: Command = insertBlockCommand(() => newTable());

/** Inserts an empty action record with all its fields. */
export const insertActionRecord: Command = insertBlockCommand(newActionRecord);

/** Inserts an empty footnote at the cursor and selects it, so its text can be typed. */
export const insertFootnote: Command = (state, dispatch) => {
  const { $from, $to } = state.selection;
  const type = nodes.footnote;
  if (!$from.parent.canReplaceWith($from.index(), $to.index(), type)) return false;
  if (!$from.sameParent($to)) return false;
  if (dispatch) {
    const tr = state.tr.replaceSelectionWith(type.create(), false);
    const end = tr.mapping.map($to.pos, 1);
    const inserted = tr.doc.resolve(end).nodeBefore;
    if (inserted?.type === type)
      tr.setSelection(NodeSelection.create(tr.doc, end - inserted.nodeSize));
    dispatch(closeHistory(tr).scrollIntoView());
  }
  return true;
};
