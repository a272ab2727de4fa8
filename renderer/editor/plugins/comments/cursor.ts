import type { Mark, Node, ResolvedPos } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';

function commentIds(marks: readonly Mark[], into: Set<string>): void {
  for (const mark of marks) if (mark.type.name === 'comment') into.add(mark.attrs.id as string);
}

/** The length of the run of `id`'s mark holding offset `at` of a textblock, or Infinity. */
function runLength(parent: Node, at: number, id: string): number {
  let start = -1;
  let end = -1;
  let found = Infinity;
  parent.forEach((child, offset) => {
    const has = child.marks.some((m) => m.type.name === 'comment' && m.attrs.id === id);
    if (!has) return;
    if (offset !== end) start = offset;
    end = offset + child.nodeSize;
    if (start <= at && at <= end) found = end - start;
  });
  return found;
}

/** Ids of the comments on either side of a position in a textblock. */
export function commentIdsAround($pos: ResolvedPos): Set<string> {
  const ids = new Set<string>();
  if ($pos.parent.inlineContent) {
    commentIds($pos.nodeBefore?.marks ?? [], ids);
    commentIds($pos.nodeAfter?.marks ?? [], ids);
  }
  return ids;
}

/**
 * The thread the cursor is in: `keep` while the cursor is still in it (so a thread focused from
 * the panel stays focused), else the innermost of the overlapping comments there, else null.
 */
export function threadAtCursor(state: EditorState, keep: string | null): string | null {
  const $head = state.selection.$head;
  const ids = commentIdsAround($head);
  if (ids.size === 0) return null;
  if (keep !== null && ids.has(keep)) return keep;
  let best: string | null = null;
  let shortest = Infinity;
  for (const id of ids) {
    const length = runLength($head.parent, $head.parentOffset, id);
    if (best === null || length < shortest) {
      best = id;
      shortest = length;
    }
  }
  return best;
}
