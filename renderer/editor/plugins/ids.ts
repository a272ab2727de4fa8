import { Fragment, Slice } from 'prosemirror-model';
import type { Node, Schema } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import { idBearingTypes } from '../../../shared/document/ensureIds';
import { isValidId, newId } from '../../../shared/document/ids';
import { changedRanges } from '../changes';
import type { Range } from '../changes';

const idsKey = new PluginKey('ids');

const bearingCache = new WeakMap<Schema, Set<string>>();

function bearingTypes(schema: Schema): Set<string> {
  let types = bearingCache.get(schema);
  if (!types) bearingCache.set(schema, (types = idBearingTypes(schema)));
  return types;
}

/**
 * Gives every id-bearing node in the ranges of `tr.doc` a valid id no earlier node in the ranges
 * has: nodes without one get a new id, and of two nodes sharing one the later gets a new id
 * (the second half of a split). Adds the steps to `tr`; returns whether it added any.
 */
export function fixIds(tr: Transaction, ranges: readonly Range[]): boolean {
  const bearing = bearingTypes(tr.doc.type.schema);
  const doc = tr.doc;
  const seen = new Set<string>();
  // Ancestors of several ranges are visited once per range; count each node once.
  const visited = new Set<number>();
  let fixed = false;
  for (const { from, to } of ranges) {
    doc.nodesBetween(from, to, (node, pos) => {
      if (node.isText) return false;
      if (visited.has(pos)) return true;
      visited.add(pos);
      if (!bearing.has(node.type.name)) return true;
      const id: unknown = node.attrs.id;
      if (isValidId(id) && !seen.has(id)) {
        seen.add(id);
      } else {
        let fresh = newId();
        while (seen.has(fresh)) fresh = newId();
        seen.add(fresh);
        tr.setNodeAttribute(pos, 'id', fresh);
        fixed = true;
      }
      return true;
    });
  }
  return fixed;
}

/**
 * Gives the nodes a transaction created their ids within that same transaction, for commands
 * whose transaction must stay the last one (input rules, which Backspace can undo).
 */
export function withIds(tr: Transaction): Transaction {
  fixIds(tr, changedRanges([tr]));
  return tr;
}

/** A transaction giving every id-bearing node of the document a unique id (on load only). */
export function assignAllIds(state: EditorState): Transaction | null {
  const tr = state.tr;
  return fixIds(tr, [{ from: 0, to: state.doc.content.size }]) ? tr : null;
}

function clearIds(fragment: Fragment, bearing: Set<string>): Fragment {
  const nodes: Node[] = [];
  fragment.forEach((node) => {
    if (node.isText) nodes.push(node);
    else
      nodes.push(
        node.type.create(
          bearing.has(node.type.name) ? { ...node.attrs, id: null } : node.attrs,
          clearIds(node.content, bearing),
          node.marks,
        ),
      );
  });
  return Fragment.from(nodes);
}

/** The same slice with every id cleared, so that pasted copies get ids of their own. */
export function withoutIds(slice: Slice, schema: Schema): Slice {
  return new Slice(clearIds(slice.content, bearingTypes(schema)), slice.openStart, slice.openEnd);
}

/**
 * Keeps block ids present and unique, looking only at the ranges each transaction changed so a
 * keystroke costs the same in a 300-page document as in a short one.
 */
export function idsPlugin(): Plugin {
  return new Plugin({
    key: idsKey,
    appendTransaction(trs, _oldState, state) {
      if (!trs.some((tr) => tr.docChanged)) return null;
      const tr = state.tr;
      return fixIds(tr, changedRanges(trs)) ? tr : null;
    },
    props: {
      transformPasted: (slice, view) => withoutIds(slice, view.state.schema),
    },
  });
}
