// Editor states with suggestion mode, undo history and block ids, and ways to edit them as a
// user would.
import type { Node } from 'prosemirror-model';
import { history } from 'prosemirror-history';
import { EditorState, TextSelection } from 'prosemirror-state';
import type { Command, Transaction } from 'prosemirror-state';
import type { Person } from '../../../../shared/document/fileSchema';
import { idsPlugin } from '../../../../renderer/editor/plugins/ids';
import {
  deleteCharAsSuggestion,
  setTrackChanges,
  trackChangesPlugin,
} from '../../../../renderer/editor/plugins/trackChanges';

/** Who is editing and what the clock says, changeable during a test. */
export const session = {
  person: { name: 'Ana', initials: 'AN', organization: 'ILO' } as Person | null,
  time: new Date('2025-03-01T09:00:00.000Z'),
};

/** Moves the clock on. */
export function later(minutes: number): void {
  session.time = new Date(session.time.getTime() + minutes * 60_000);
}

/** Signs in as another reviewer. */
export function actAs(name: string, organization = 'OECD'): void {
  session.person = { name, initials: name.slice(0, 2).toUpperCase(), organization };
}

/** Resets the session between tests. */
export function resetSession(): void {
  session.person = { name: 'Ana', initials: 'AN', organization: 'ILO' };
  session.time = new Date('2025-03-01T09:00:00.000Z');
}

/** An editor state with suggestion mode (on unless told), ids and history. */
export function tracked(doc: Node, on = true): EditorState {
  const state = EditorState.create({
    doc,
    plugins: [
      trackChangesPlugin({ getAuthor: () => session.person, now: () => session.time }),
      idsPlugin(),
      history(),
    ],
  });
  return on ? run(state, setTrackChanges(true)) : state;
}

/** Runs a command; fails the test when it does not apply. */
export function run(state: EditorState, command: Command): EditorState {
  let next: EditorState | null = null;
  if (!command(state, (tr) => (next = state.apply(tr)))) throw new Error('command did not apply');
  if (!next) throw new Error('command did not dispatch');
  return next;
}

/** Applies a transaction built from the state. */
export function edit(state: EditorState, build: (tr: Transaction) => unknown): EditorState {
  const tr = state.tr;
  build(tr);
  return state.apply(tr);
}

/** The position of the first occurrence of `text` in the body's text (plus offset). */
export function posOf(doc: Node, text: string, offset = 0): number {
  let all = '';
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'masthead') return false;
    if (!node.isText) return true;
    for (let i = 0; i < (node.text ?? '').length; i++) positions.push(pos + i);
    all += node.text;
    return false;
  });
  const at = all.indexOf(text);
  // Just after the text is one past its last character, wherever the next text starts.
  const pos =
    offset > 0 && offset === text.length ? positions[at + offset - 1]! + 1 : positions[at + offset];
  if (at < 0 || pos === undefined) throw new Error(`no "${text}" in the document`);
  return pos;
}

/** The state with the cursor `offset` characters into the first `text` (default: after it). */
export function cursor(state: EditorState, text: string, offset = text.length): EditorState {
  const pos = posOf(state.doc, text, offset);
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
}

/** The state with `text` selected. */
export function select(state: EditorState, text: string): EditorState {
  const from = posOf(state.doc, text);
  return state.apply(
    state.tr.setSelection(TextSelection.create(state.doc, from, from + text.length)),
  );
}

/** Types text at the selection, one key at a time, as the view would. */
export function type(state: EditorState, text: string): EditorState {
  let next = state;
  for (const char of text) next = next.apply(next.tr.insertText(char));
  return next;
}

/** Backspace over one character (what the browser does for a collapsed cursor in text). */
export function backspace(state: EditorState, times = 1): EditorState {
  let next = state;
  for (let i = 0; i < times; i++) {
    const pos = next.selection.from;
    next = next.apply(next.tr.delete(pos - 1, pos));
  }
  return next;
}

/** Forward Delete of one character. */
export function forwardDelete(state: EditorState): EditorState {
  const pos = state.selection.from;
  return state.apply(state.tr.delete(pos, pos + 1));
}

/**
 * Backspace or Delete as the keyboard does it: the plugin's key handler first, and when it
 * leaves the key alone, the browser's own deletion of one character.
 */
export function press(state: EditorState, key: 'Backspace' | 'Delete', times = 1): EditorState {
  let next = state;
  for (let i = 0; i < times; i++) {
    const who = () => ({
      author: session.person?.name ?? '',
      organization: session.person?.organization ?? '',
      now: session.time,
    });
    const handler = deleteCharAsSuggestion(key === 'Backspace' ? -1 : 1, who);
    let handled: EditorState | null = null;
    const current = next;
    if (handler(current, (tr) => (handled = current.apply(tr))) && handled) next = handled;
    else next = key === 'Backspace' ? backspace(current) : forwardDelete(current);
  }
  return next;
}

/** The body's text as runs: '+' inserted, '-' deleted, '¶' between textblocks. */
export function runs(doc: Node): string[] {
  const out: string[] = [];
  doc.descendants((node, _pos, _parent, index) => {
    if (node.type.name === 'masthead') return false;
    if (!node.isText) {
      if (node.isTextblock && out.length && index >= 0) out.push('¶');
      return true;
    }
    const kind = node.marks.some((m) => m.type.name === 'insertion')
      ? '+'
      : node.marks.some((m) => m.type.name === 'deletion')
        ? '-'
        : '';
    out.push(`${kind}${node.text ?? ''}`);
    return false;
  });
  return out;
}

/** Every change mark's id and author on text, in order, adjacent duplicates merged. */
export function markIds(doc: Node): string[] {
  const ids: string[] = [];
  doc.descendants((node) => {
    for (const m of node.marks) {
      if (m.type.name !== 'insertion' && m.type.name !== 'deletion') continue;
      const id = `${m.type.name === 'insertion' ? '+' : '-'}${String(m.attrs.id)}`;
      if (ids.at(-1) !== id) ids.push(id);
    }
    return true;
  });
  return ids;
}
