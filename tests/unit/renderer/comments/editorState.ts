import type { Node } from 'prosemirror-model';
import { history } from 'prosemirror-history';
import { EditorState, TextSelection } from 'prosemirror-state';
import type { Command, Transaction } from 'prosemirror-state';
import type { DecorationSet } from 'prosemirror-view';
import { anchorsIn, threadStates } from '../../../../shared/comments';
import { commentsPlugin } from '../../../../renderer/editor/plugins/comments';
import { thread } from '../../shared/comments/build';

/** An editor state with only the comments plugin and undo history. */
export function stateOf(doc: Node): EditorState {
  return EditorState.create({ doc, plugins: [commentsPlugin(), history()] });
}

/** Runs a command, failing the test when it does not apply. */
export function run(state: EditorState, command: Command): EditorState {
  let next: EditorState | null = null;
  command(state, (tr) => (next = state.apply(tr)));
  if (!next) throw new Error('command did not apply');
  return next;
}

/** Applies a transaction built from the state. */
export function edit(state: EditorState, build: (tr: Transaction) => Transaction): EditorState {
  return state.apply(build(state.tr));
}

/** The document position of the first occurrence of `text` (the same text node or not). */
export function posOf(doc: Node, text: string, occurrence = 0): number {
  let all = '';
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (let i = 0; i < (node.text ?? '').length; i++) positions.push(pos + i);
    all += node.text;
    return false;
  });
  let at = -1;
  for (let n = 0; n <= occurrence; n++) at = all.indexOf(text, at + 1);
  const pos = positions[at];
  if (at < 0 || pos === undefined) throw new Error(`no "${text}" in the document`);
  return pos;
}

/** A state with `text` selected. */
export function select(state: EditorState, text: string, occurrence = 0): EditorState {
  const from = posOf(state.doc, text, occurrence);
  return state.apply(
    state.tr.setSelection(TextSelection.create(state.doc, from, from + text.length)),
  );
}

/** A state with the cursor at offset `offset` of the first occurrence of `text`. */
export function cursorAt(state: EditorState, text: string, offset = 0): EditorState {
  const pos = posOf(state.doc, text) + offset;
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
}

/** Each thread's live status and quote, as the panel would list them. */
export function statesOf(doc: Node, ...ids: string[]): [string, string, string][] {
  return threadStates(
    doc,
    ids.map((id) => thread(id)),
  ).map((s) => [s.thread.id, s.status, s.quote]);
}

/** The text of every range carrying a thread's mark. */
export function anchored(doc: Node, id: string): string[] {
  return (anchorsIn(doc).get(id)?.ranges ?? []).map((r) => doc.textBetween(r.from, r.to));
}

/** The plugin's decorations as [kind, text] pairs in document order (active or pending). */
export function highlights(state: EditorState): [string, string][] {
  const plugin = state.plugins[0];
  const set = plugin?.props.decorations?.call(plugin, state) as DecorationSet | null | undefined;
  return (set?.find() ?? [])
    .sort((a, b) => a.from - b.from)
    .map((d) => [(d.spec as { kind: string }).kind, state.doc.textBetween(d.from, d.to)]);
}
