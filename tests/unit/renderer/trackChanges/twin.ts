// Two editors on the same document, one suggesting and one editing directly, driven by the same
// keys at the same place in the text a reader of the accepted document sees.
import type { Node } from 'prosemirror-model';
import { baseKeymap } from 'prosemirror-commands';
import { TextSelection } from 'prosemirror-state';
import type { Command, EditorState } from 'prosemirror-state';
import type { Mapping } from 'prosemirror-transform';
import { acceptAll } from '../../../../shared/changes';
import { enter } from '../../../../renderer/editor/commands/enter';
import { deleteCharAsSuggestion } from '../../../../renderer/editor/plugins/trackChanges';
import { session, tracked } from './setup';

/** One thing a user does: at a place (an index into the text positions), or over a range. */
export type Action =
  | { kind: 'type'; at: number | null; text: string }
  | { kind: 'Enter' | 'Backspace' | 'Delete'; at: number | null }
  | { kind: 'select'; from: number; to: number; then: 'Backspace' | 'Delete' | 'Enter' | 'type' }
  | { kind: 'author'; name: string }
  | { kind: 'later' };

/** Every position in the body where a cursor can stand in text, in order. */
export function textPositions(doc: Node): number[] {
  const out: number[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'masthead') return false;
    if (!node.inlineContent) return true;
    for (let p = pos + 1; p <= pos + node.nodeSize - 1; p++) out.push(p);
    return false;
  });
  return out;
}

const apply = (state: EditorState, command: Command): EditorState | null => {
  let next: EditorState | null = null;
  return command(state, (tr) => (next = state.apply(tr))) ? (next ?? state) : null;
};

/**
 * Backspace or Delete as the editor gets it: suggestion mode's key handler, then the base
 * keymap (delete the selection, join blocks, select a node), and when neither takes the key,
 * the browser's own deletion of one character.
 */
export function pressKey(state: EditorState, key: 'Backspace' | 'Delete'): EditorState {
  const who = () => ({
    author: session.person?.name ?? '',
    organization: session.person?.organization ?? '',
    now: session.time,
  });
  const direction = key === 'Backspace' ? -1 : 1;
  const handled =
    apply(state, deleteCharAsSuggestion(direction, who)) ?? apply(state, baseKeymap[key]!);
  if (handled) return handled;
  const { $head, empty } = state.selection;
  const next = direction < 0 ? $head.nodeBefore : $head.nodeAfter;
  if (!empty || !next?.isText) return state;
  const pos = $head.pos;
  return state.apply(direction < 0 ? state.tr.delete(pos - 1, pos) : state.tr.delete(pos, pos + 1));
}

/** Typing, one key at a time, over the selection. */
export function typeText(state: EditorState, text: string): EditorState {
  let next = state;
  for (const char of text) next = next.apply(next.tr.insertText(char));
  return next;
}

/** The text of every textblock of the body, in order. */
export function texts(doc: Node): string[] {
  const out: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'masthead') return false;
    if (node.inlineContent) out.push(node.textContent);
    return !node.inlineContent;
  });
  return out;
}

/**
 * Backspace or Delete while suggesting, pressed again as a user would while it only moves the
 * cursor over what is already deleted (text or a paragraph break), so nothing visibly changes.
 */
function pressUntilSeen(state: EditorState, key: 'Backspace' | 'Delete'): EditorState {
  const shown = (doc: Node) => {
    const accepted = acceptAll(doc).doc;
    return accepted.textBetween(0, accepted.content.size, '\n');
  };
  const seen = shown(state.doc);
  let next = state;
  for (let tries = 0; tries < 8; tries++) {
    const before = next.selection;
    next = pressKey(next, key);
    const moved = next.selection instanceof TextSelection && !next.selection.eq(before);
    if (!moved || !next.selection.empty || shown(next.doc) !== seen) break;
  }
  return next;
}

/**
 * The position in a suggesting document that shows as `target` once everything is accepted:
 * the first (before text deleted there) or the last (after it) of those that do. None does
 * when accepting leaves the empty paragraph a document needs in place of all its blocks.
 */
function positionShowing(
  doc: Node,
  accepted: Mapping,
  target: number,
  last: boolean,
): number | null {
  const found = textPositions(doc).filter((p) => accepted.map(p) === target);
  return (last ? found.at(-1) : found[0]) ?? null;
}

/** A suggesting and a direct editor on one document, kept at the same place in the text. */
export class Twin {
  on: EditorState;
  off: EditorState;

  constructor(readonly original: Node) {
    this.on = tracked(original, true);
    this.off = tracked(original, false);
  }

  /** Does one action in both editors. */
  do(action: Action): void {
    if (action.kind === 'author') {
      session.person = { name: action.name, initials: action.name, organization: 'UN' };
      return;
    }
    if (action.kind === 'later') {
      session.time = new Date(session.time.getTime() + 11 * 60_000);
      return;
    }
    const positions = textPositions(this.off.doc);
    const pick = (i: number) => positions[i % positions.length]!;
    if (action.kind === 'select') {
      const [a, b] = [pick(action.from), pick(action.to)].sort((x, y) => x - y) as [number, number];
      if (a === b) return;
      // Where every block is deleted, what the editors show differs: nothing to compare.
      if (!this.place(a, b, false)) return;
      // Enter refuses a selection across blocks; one across a deleted break would be refused
      // while suggesting only, as the blocks are still apart.
      const split = (s: EditorState) => s.selection.$from.sameParent(s.selection.$to);
      if (action.then === 'Enter' && !(split(this.on) && split(this.off))) return;
      this.act(action.then === 'type' ? { text: 'z' } : action.then);
      return;
    }
    const head = this.off.selection.$head;
    const at =
      action.at === null && head.parent.inlineContent && positions.includes(head.pos)
        ? head.pos
        : pick(action.at ?? 0);
    // Delete acts on what follows the cursor: stand after text already deleted there.
    if (!this.place(at, at, action.kind === 'Delete')) return;
    this.act(action.kind === 'type' ? { text: action.text } : action.kind);
  }

  private act(what: { text: string } | 'Enter' | 'Backspace' | 'Delete'): void {
    if (what === 'Enter') this.both((s) => apply(s, enter) ?? s);
    else if (typeof what === 'string') {
      this.off = pressKey(this.off, what);
      this.on = pressUntilSeen(this.on, what);
    } else this.both((s) => typeText(s, what.text));
  }

  private both(edit: (state: EditorState) => EditorState): void {
    this.on = edit(this.on);
    this.off = edit(this.off);
  }

  /**
   * Selects [from, to) of the direct editor, and what shows as the same in the suggesting one;
   * false when nothing does.
   */
  private place(from: number, to: number, after: boolean): boolean {
    const accepted = acceptAll(this.on.doc).mapping;
    // A range takes in as little already deleted at its ends as it can.
    const onFrom = positionShowing(this.on.doc, accepted, from, from < to || after);
    const onTo = from === to ? onFrom : positionShowing(this.on.doc, accepted, to, false);
    if (onFrom === null || onTo === null) return false;
    this.on = this.on.apply(
      this.on.tr.setSelection(TextSelection.create(this.on.doc, onFrom, onTo)),
    );
    this.off = this.off.apply(
      this.off.tr.setSelection(TextSelection.create(this.off.doc, from, to)),
    );
    return true;
  }
}
