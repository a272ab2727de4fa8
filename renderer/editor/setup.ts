import type { Node } from 'prosemirror-model';
import { dropCursor } from 'prosemirror-dropcursor';
import { gapCursor } from 'prosemirror-gapcursor';
import { history } from 'prosemirror-history';
import { EditorState } from 'prosemirror-state';
import type { Plugin } from 'prosemirror-state';
import type { Person } from '../../shared/document/fileSchema';
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
import { trackChangesPlugin, untracked } from './plugins/trackChanges';

/** Suggestion mode when an editor state is created: off, on, or locked on (a review copy). */
export type TrackChangesStart = 'off' | 'on' | 'locked';

/** What one editor's plugins need from the app. */
export interface EditorSetup {
  /** Who is editing, read at every edit (the user can switch identity in Settings). */
  getAuthor?: () => Person | null;
  /** Suggestion mode at start; off unless told. */
  trackChanges?: TrackChangesStart;
  /** The clock changes are dated with, for tests. */
  now?: () => Date;
}

/**
 * The editor's plugins in their one fixed order: suggestion mode first (it rebuilds user edits
 * before any other plugin appends to them), document invariants (ids, numbers), then
 * input (rules, keys, paste), comments, rendering, history, cursors, and tables last because they handle
 * mouse and arrow keys broadly.
 */
export function editorPlugins(setup: EditorSetup = {}): Plugin[] {
  const mode = setup.trackChanges ?? 'off';
  return [
    trackChangesPlugin({
      getAuthor: setup.getAuthor ?? (() => null),
      ...(setup.now ? { now: setup.now } : {}),
      initiallyOn: mode !== 'off',
      locked: mode === 'locked',
    }),
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
export function createEditorState(doc: Node, setup: EditorSetup = {}): EditorState {
  const state = EditorState.create({ doc, plugins: editorPlugins(setup) });
  const tr = assignAllIds(state);
  // Ids given on load are no one's suggestion, even with suggestion mode on from the start.
  return tr ? state.apply(untracked(tr.setMeta('addToHistory', false))) : state;
}
