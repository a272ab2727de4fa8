import type { Node } from 'prosemirror-model';
import { dropCursor } from 'prosemirror-dropcursor';
import { gapCursor } from 'prosemirror-gapcursor';
import { history } from 'prosemirror-history';
import { EditorState } from 'prosemirror-state';
import type { Plugin } from 'prosemirror-state';
import { columnResizing, tableEditing } from 'prosemirror-tables';
import { editorKeymaps } from './keymap';
import { bodyTextPlugin } from './plugins/bodyText';
import { commentsPlugin } from './plugins/comments';
import { footnoteNumbersPlugin } from './plugins/footnoteNumbers';
import { assignAllIds, idsPlugin } from './plugins/ids';
import { editorInputRules } from './plugins/inputRules';
import { nodeViewsPlugin } from './plugins/nodeViews';
import { numberingPlugin } from './plugins/numbering';
import { pastePlugin } from './plugins/paste';

/**
 * The editor's plugins in their one fixed order: document invariants (ids, numbers) first, then
 * input (rules, keys, paste), comments, rendering, history, cursors, and tables last because they handle
 * mouse and arrow keys broadly.
 */
export function editorPlugins(): Plugin[] {
  return [
    idsPlugin(),
    numberingPlugin(),
    footnoteNumbersPlugin(),
    editorInputRules(),
    bodyTextPlugin(),
    ...editorKeymaps(),
    pastePlugin(),
    commentsPlugin(),
    nodeViewsPlugin(),
    history(),
    dropCursor(),
    gapCursor(),
    columnResizing(),
    tableEditing(),
  ];
}

/**
 * A fresh editor state for a document (open, new, restore): all plugins, empty history, and an
 * id for every block that lacks a unique one (the only whole-document walk, done once on load).
 */
export function createEditorState(doc: Node): EditorState {
  const state = EditorState.create({ doc, plugins: editorPlugins() });
  const tr = assignAllIds(state);
  return tr ? state.apply(tr.setMeta('addToHistory', false)) : state;
}
