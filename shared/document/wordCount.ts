import type { Node } from 'prosemirror-model';

const cache = new WeakMap<Node, number>();
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu;

/** Counts words the way Word roughly does: runs of letters and digits. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * Words in a node, excluding text marked as deleted. Cached per node object: ProseMirror shares
 * unchanged nodes between states, so recounting a document only visits the blocks that changed.
 */
export function wordsIn(node: Node): number {
  const cached = cache.get(node);
  if (cached !== undefined) return cached;
  let count = 0;
  if (node.isTextblock) {
    let text = '';
    node.forEach((child) => {
      if (child.isText && !child.marks.some((m) => m.type.name === 'deletion')) text += child.text;
      else text += ' ';
    });
    count = countWords(text);
    node.forEach((child) => {
      if (!child.isText) count += wordsIn(child);
    });
  } else if (node.isText) {
    count = countWords(node.text ?? '');
  } else {
    node.forEach((child) => (count += wordsIn(child)));
  }
  cache.set(node, count);
  return count;
}
