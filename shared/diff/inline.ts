import { Fragment, type Mark, type Node } from 'prosemirror-model';
import { tokenHunks, tokenize } from './words';

interface Token {
  key: string;
  node: Node;
  space: boolean;
}

/** Marks that say who suggested or commented, not how text looks: they do not make text differ. */
const NOT_CONTENT = new Set(['insertion', 'deletion', 'comment']);

function markKey(marks: readonly Mark[]): string {
  let key = '';
  for (const m of marks) {
    if (!NOT_CONTENT.has(m.type.name)) key += `${m.type.name}${JSON.stringify(m.attrs)};`;
  }
  return key;
}

/** A textblock's inline content as tokens: words, spaces, punctuation, and whole inline nodes. */
function tokensOf(block: Node): Token[] {
  const tokens: Token[] = [];
  block.forEach((child) => {
    if (child.isText) {
      const marks = markKey(child.marks);
      let pos = 0;
      for (const text of tokenize(child.text ?? '')) {
        tokens.push({
          key: `${text}\u0000${marks}`,
          node: child.cut(pos, pos + text.length),
          space: /^\s/.test(text),
        });
        pos += text.length;
      }
    } else {
      tokens.push({ key: `\u0001${JSON.stringify(child.toJSON())}`, node: child, space: false });
    }
  });
  return tokens;
}

/** An inline node with `mark` in place of any insertion or deletion mark it had. */
export function withChangeMark(node: Node, mark: Mark): Node {
  const kept = node.marks.filter((m) => m.type.name !== 'insertion' && m.type.name !== 'deletion');
  return node.mark(mark.addToSet(kept));
}

/**
 * The inline content of `newBlock` with the words of `oldBlock` it no longer has put back with
 * `deletion`, and its new words marked with `insertion`; null when the words are the same.
 * Formatting changes count as changed words, so they are at least shown.
 */
export function diffInline(
  oldBlock: Node,
  newBlock: Node,
  insertion: Mark,
  deletion: Mark,
): Fragment | null {
  const a = tokensOf(oldBlock);
  const b = tokensOf(newBlock);
  const hunks = tokenHunks(
    a.map((t) => t.key),
    b.map((t) => t.key),
    (i) => a[i]?.space ?? false,
  );
  if (hunks.every((h) => h.equal)) return null;
  const nodes: Node[] = [];
  for (const h of hunks) {
    if (h.equal) {
      for (let j = h.bStart; j < h.bEnd; j++) nodes.push(b[j]!.node);
      continue;
    }
    for (let i = h.aStart; i < h.aEnd; i++) nodes.push(withChangeMark(a[i]!.node, deletion));
    for (let j = h.bStart; j < h.bEnd; j++) nodes.push(withChangeMark(b[j]!.node, insertion));
  }
  return Fragment.fromArray(nodes);
}

/** A node with every inline node inside it marked with `mark` (a whole inserted or deleted block). */
export function markAll(node: Node, mark: Mark): Node {
  if (node.isInline) return withChangeMark(node, mark);
  if (node.childCount === 0) return node;
  const children: Node[] = [];
  node.forEach((child) => children.push(markAll(child, mark)));
  return node.copy(Fragment.fromArray(children));
}

/**
 * A copy of a node whose ids (its own and its descendants') get a suffix, for the old copy of a
 * moved or replaced block, so ids stay unique in the comparison document. With `only`, just the
 * ids in that set are renamed (a deleted block whose id now belongs to a block elsewhere).
 */
export function renameIds(node: Node, only?: ReadonlySet<string>, suffix = '-was'): Node {
  if (node.isText) return node;
  const children: Node[] = [];
  node.forEach((child) => children.push(renameIds(child, only, suffix)));
  const id: unknown = node.attrs.id;
  const attrs =
    typeof id === 'string' && id !== '' && (!only || only.has(id))
      ? { ...node.attrs, id: id.slice(0, 64 - suffix.length) + suffix }
      : node.attrs;
  return node.type.create(attrs, Fragment.fromArray(children), node.marks);
}

/** Every block id in a document. */
export function idsIn(doc: Node): Set<string> {
  const ids = new Set<string>();
  doc.descendants((node) => {
    if (typeof node.attrs.id === 'string') ids.add(node.attrs.id);
    return !node.isTextblock;
  });
  return ids;
}
