import type { Node } from 'prosemirror-model';

const isolating = (node: Node): boolean => node.type.spec.isolating === true;

/**
 * The range that joins the block at `pos` to the textblock before it: from the end of that
 * textblock's text to the start of this block's first text. Deleting it merges the two, as
 * deleting a paragraph break does. Null when there is no textblock right before, or the join
 * would cross into or out of an isolating node (a table cell, a record field, the masthead).
 */
export function boundaryBefore(
  doc: Node,
  pos: number,
  node: Node,
): { from: number; to: number } | null {
  let to = pos + 1;
  let first: Node | null = node;
  while (first && !first.inlineContent) {
    if (isolating(first)) return null;
    first = first.firstChild;
    to++;
  }
  if (!first || isolating(first)) return null;

  let at = doc.resolve(pos);
  while (at.depth > 0 && at.index() === 0) {
    if (isolating(at.parent)) return null;
    at = doc.resolve(at.before());
  }
  let before = at.nodeBefore;
  let from = at.pos;
  while (before && !before.inlineContent) {
    if (isolating(before)) return null;
    before = before.lastChild;
    from--;
  }
  if (!before || isolating(before) || before.isInline) return null;
  return { from: from - 1, to };
}
