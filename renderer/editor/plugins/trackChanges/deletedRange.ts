import type { Node } from 'prosemirror-model';
import { blockChangeOf } from '../../../../shared/changes';

/** Where the first textblock at or inside the block after `pos` starts; null past an isolating node. */
function firstTextblock(doc: Node, pos: number): number | null {
  let node = doc.resolve(pos).nodeAfter;
  let at = pos;
  while (node && !node.isTextblock && node.type.spec.isolating !== true) {
    node = node.firstChild;
    at++;
  }
  return node?.isTextblock ? at : null;
}

/**
 * The range a user's deletion takes away, read for suggestion mode. The editor deletes "from
 * the start of a paragraph into, or to the start of, a later one" from before the paragraph,
 * re-using its break for what remains; read as it stands, that break would be suggested for
 * deletion too. So the range starts at the paragraph's text, and when the paragraph's own
 * break is already deleted and the range ends before a textblock, it ends at that textblock's
 * text: its break is the one that goes.
 */
export function deletedRange(doc: Node, from: number, to: number): { from: number; to: number } {
  if (doc.resolve(from).parent.inlineContent) return { from, to };
  const first = firstTextblock(doc, from);
  if (first === null || first + 1 >= to) return { from, to };
  if (doc.resolve(to).parent.inlineContent) return { from: first + 1, to };
  if (blockChangeOf(doc.nodeAt(first)!)?.kind !== 'delete') return { from, to };
  const next = firstTextblock(doc, to);
  return next === null ? { from, to } : { from: first + 1, to: next + 1 };
}
