import { Fragment, type Node } from 'prosemirror-model';
import { blockChangeOf } from '../changes/blockChange';

/** A node's id attribute, or null when it has none. */
export function idOf(node: Node): string | null {
  const id: unknown = node.attrs.id;
  return typeof id === 'string' && id !== '' ? id : null;
}

/** A block found by id: the node and its position. */
export interface Located {
  node: Node;
  pos: number;
}

/** Every block of a document by id (the first of any two sharing one), with its position. */
export function indexBlocks(doc: Node): Map<string, Located> {
  const index = new Map<string, Located>();
  doc.descendants((node, pos) => {
    if (node.isInline) return false;
    const id = idOf(node);
    if (id !== null && !index.has(id)) index.set(id, { node, pos });
    return !node.isTextblock;
  });
  return index;
}

/** The ids of every tracked change in a document: insertion and deletion marks, block changes. */
export function changeIdsIn(doc: Node): Set<string> {
  const ids = new Set<string>();
  doc.descendants((node) => {
    for (const mark of node.marks) {
      const name = mark.type.name;
      if (name === 'insertion' || name === 'deletion') ids.add(String(mark.attrs.id));
    }
    const change = node.isInline ? null : blockChangeOf(node);
    if (change) ids.add(change.id);
    return true;
  });
  return ids;
}

const baseCache = new WeakMap<Node, { blocks: Map<string, Located>; changes: Set<string> }>();

/**
 * The block index and change ids of a base version. Cached per document object: loadVersion
 * returns the same object for a version, so merging many copies of one round walks it once.
 */
export function baseFacts(doc: Node): { blocks: Map<string, Located>; changes: Set<string> } {
  let facts = baseCache.get(doc);
  if (!facts) baseCache.set(doc, (facts = { blocks: indexBlocks(doc), changes: changeIdsIn(doc) }));
  return facts;
}

/** A copy of a node (or inline node) without comment marks: threads are anchored separately. */
export function withoutComments(node: Node): Node {
  if (node.isText) {
    return node.marks.some((m) => m.type.name === 'comment')
      ? node.mark(node.marks.filter((m) => m.type.name !== 'comment'))
      : node;
  }
  if (node.childCount === 0) return node;
  const children: Node[] = [];
  node.forEach((child) => children.push(withoutComments(child)));
  const marks = node.marks.filter((m) => m.type.name !== 'comment');
  return node.type.create(node.attrs, Fragment.fromArray(children), marks);
}

/** The text of a node as a reader sees it, blocks separated by a space, cut to `max`. */
export function shortText(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
