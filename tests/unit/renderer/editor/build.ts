// Builders for editor tests: documents from schema nodes, states with all editor plugins.
import type { Node } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import { idBearingTypes } from '../../../../shared/document/ensureIds';
import { ACTION_FIELDS, MASTHEAD_FIELDS, schema } from '../../../../shared/schema';
import { createEditorState } from '../../../../renderer/editor/setup';

export const { nodes } = schema;

const text = (value: string) => (value ? schema.text(value) : null);

/** A masthead with every field, ids derived from the field keys. */
export function masthead(): Node {
  return nodes.masthead.create(
    { id: 'masthead' },
    MASTHEAD_FIELDS.map((f) => nodes.masthead_field.create({ id: `m-${f.key}`, field: f.key })),
  );
}

/** A heading; `id` defaults to null so the editor has to give it one. */
export function h(level: number, value: string, id: string | null = null): Node {
  return nodes.heading.create({ level, id }, text(value));
}

/** A numbered paragraph. */
export function p(value: string, id: string | null = null, level = 0): Node {
  return nodes.numbered_paragraph.create({ level, id }, text(value));
}

/** A plain (unnumbered) paragraph. */
export function plain(value: string, id: string | null = null): Node {
  return nodes.paragraph.create({ id }, text(value));
}

/** An action record whose description holds `value`. */
export function action(value = '', id: string | null = null): Node {
  return nodes.action_record.create(
    { id },
    ACTION_FIELDS.map((f) =>
      nodes.action_field.create(
        { field: f.key },
        nodes.paragraph.create(null, f.key === 'description' ? text(value) : null),
      ),
    ),
  );
}

/** A document: the masthead, then the given blocks. */
export function doc(...blocks: Node[]): Node {
  return nodes.doc.create(null, [masthead(), ...blocks]);
}

/** An editor state with every editor plugin. */
export function stateOf(document: Node): EditorState {
  return createEditorState(document);
}

/** Applies a transaction built by `build` to the state. */
export function apply(state: EditorState, build: (tr: Transaction) => unknown): EditorState {
  const tr = state.tr;
  build(tr);
  return state.apply(tr);
}

/** Position of the first occurrence of `needle` in the document's text (plus `offset`). */
export function posOf(document: Node, needle: string, offset = 0): number {
  let found = -1;
  document.descendants((node, pos) => {
    if (found >= 0) return false;
    const index = node.isText ? (node.text ?? '').indexOf(needle) : -1;
    if (index >= 0) found = pos + index;
    return true;
  });
  if (found < 0) throw new Error(`"${needle}" is not in the document`);
  return found + offset;
}

/** The state with the cursor placed just after `needle` (or inside it with offset). */
export function cursorAt(state: EditorState, needle: string, offset = needle.length): EditorState {
  const pos = posOf(state.doc, needle, offset);
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
}

/** Every id in the document, in document order (null for nodes still missing one). */
export function idsOf(document: Node): (string | null)[] {
  const bearing = idBearingTypes(schema);
  const ids: (string | null)[] = [];
  document.descendants((node) => {
    if (bearing.has(node.type.name)) ids.push(node.attrs.id as string | null);
  });
  return ids;
}

/** The top-level blocks' ids, in order. */
export function topIds(document: Node): (string | null)[] {
  const ids: (string | null)[] = [];
  document.forEach((child) => ids.push(child.attrs.id as string | null));
  return ids;
}

/** Runs a command on a state and returns the new state (or null when it refused). */
export function runCommand(
  state: EditorState,
  command: (s: EditorState, d?: (tr: Transaction) => void) => boolean,
): EditorState | null {
  let next: EditorState | null = null;
  const ok = command(state, (tr) => (next = state.apply(tr)));
  return ok ? next : null;
}
