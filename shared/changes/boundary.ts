import type { Node } from 'prosemirror-model';

/** Whether the node starting at a position goes whole in the same edit (joins pass over it). */
export type GoneAt = (pos: number) => boolean;

const isolating = (node: Node): boolean => node.type.spec.isolating === true;

const never: GoneAt = () => false;

/** The end of the text of the last textblock that stays in `node` (which ends at `end`). */
function lastTextEnd(node: Node, end: number, gone: GoneAt): number | null {
  if (isolating(node)) return null;
  if (node.inlineContent) return end - 1;
  let childEnd = end - 1;
  for (let i = node.childCount - 1; i >= 0; i--) {
    const child = node.child(i);
    const start = childEnd - child.nodeSize;
    if (!gone(start)) return lastTextEnd(child, childEnd, gone);
    childEnd = start;
  }
  return null;
}

/** The end of the text of the last textblock before `pos` that stays, within isolating nodes. */
function textEndBefore(doc: Node, pos: number, gone: GoneAt): number | null {
  let $at = doc.resolve(pos);
  for (;;) {
    const index = $at.index();
    if (index === 0) {
      if ($at.depth === 0 || isolating($at.parent)) return null;
      $at = doc.resolve($at.before());
      continue;
    }
    const before = $at.parent.child(index - 1);
    const start = $at.pos - before.nodeSize;
    if (!gone(start)) return lastTextEnd(before, $at.pos, gone);
    $at = doc.resolve(start);
  }
}

/**
 * The range that joins the block at `pos` to the textblock before it: from the end of that
 * textblock's text to the start of this block's first text. Deleting it merges the two, as
 * deleting a paragraph break does. Blocks that `gone` says the same edit removes whole are
 * passed over (the join reaches the textblock before them). Null when there is no textblock
 * before, or the join would cross into or out of an isolating node (a table cell, a record
 * field, the masthead).
 */
export function boundaryBefore(
  doc: Node,
  pos: number,
  node: Node,
  gone: GoneAt = never,
): { from: number; to: number } | null {
  let to = pos + 1;
  let first: Node | null = node;
  while (first && !first.inlineContent) {
    if (isolating(first)) return null;
    first = first.firstChild;
    to++;
  }
  if (!first || isolating(first)) return null;
  const from = textEndBefore(doc, pos, gone);
  return from === null ? null : { from, to };
}
