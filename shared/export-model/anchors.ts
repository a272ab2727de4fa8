import type { Mark, Node } from 'prosemirror-model';
import type { Thread } from '../document/fileSchema';

/**
 * Where each comment thread's range goes, by absolute document position. Ranges are whole
 * inline nodes: a thread starts before the first node carrying its mark and ends after the last,
 * even when that spans paragraphs, as Word's commentRangeStart/End may.
 */
export interface CommentAnchors {
  /** Thread ids to start just before the inline node at a position. */
  startsAt: Map<number, string[]>;
  /** Thread ids to end just after the inline node at a position. */
  endsAfter: Map<number, string[]>;
  /** Detached thread ids to place at the start of the textblock at a position. */
  detachedAt: Map<number, string[]>;
  /** Anchored and detached thread ids, in document order. */
  order: string[];
  /** Ids of the threads that lost every mark. */
  detached: Set<string>;
}

function commentIds(marks: readonly Mark[], into: Set<string>): void {
  for (const mark of marks) {
    if (mark.type.name === 'comment') into.add(mark.attrs.id as string);
  }
}

function push(map: Map<number, string[]>, pos: number, id: string): void {
  const list = map.get(pos);
  if (list) list.push(id);
  else map.set(pos, [id]);
}

/** Position of the first textblock at or inside the node at `pos`, or null if it has none. */
function firstTextblock(node: Node, pos: number): number | null {
  if (node.isTextblock) return pos;
  let found: number | null = null;
  node.descendants((child, childPos) => {
    if (found !== null) return false;
    if (child.isTextblock) {
      found = pos + 1 + childPos;
      return false;
    }
    return true;
  });
  return found;
}

/** Where the body starts: the first textblock after the masthead, else anywhere. */
function bodyStart(doc: Node): number | null {
  let found: number | null = null;
  doc.forEach((child, offset) => {
    if (found === null && child.type.name !== 'masthead') found = firstTextblock(child, offset);
  });
  return found ?? firstTextblock(doc, -1);
}

/**
 * Finds where every thread with at least one comment is anchored. A comment mark inside a
 * footnote anchors on the footnote reference, since a range cannot cross from a note into the
 * body. Threads whose marks are all gone go to the start of their block if it survives, else to
 * the start of the body.
 */
export function findCommentAnchors(doc: Node, threads: readonly Thread[]): CommentAnchors {
  const wanted = new Set(threads.filter((t) => t.comments.length > 0).map((t) => t.id));
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  const blocks = new Map<string, number>();
  doc.descendants((node, pos) => {
    const blockId = node.attrs.id as unknown;
    if (!node.isInline && typeof blockId === 'string' && !blocks.has(blockId)) {
      blocks.set(blockId, pos);
    }
    if (!node.isInline) return true;
    // Most text carries no comment: skip it without allocating.
    if (node.isLeaf && node.marks.length === 0) return false;
    const ids = new Set<string>();
    commentIds(node.marks, ids);
    node.descendants((inner) => commentIds(inner.marks, ids));
    for (const id of ids) {
      if (!wanted.has(id)) continue;
      if (!first.has(id)) first.set(id, pos);
      last.set(id, pos);
    }
    return false;
  });

  const anchors: CommentAnchors = {
    startsAt: new Map(),
    endsAfter: new Map(),
    detachedAt: new Map(),
    order: [],
    detached: new Set(),
  };
  const placed: [string, number][] = [];
  // Ids already placed: a thread listed twice gets one place (a Set, as files hold thousands).
  const seen = new Set<string>();
  const start = bodyStart(doc);
  for (const thread of threads) {
    if (!wanted.has(thread.id) || seen.has(thread.id)) continue;
    const from = first.get(thread.id);
    const to = last.get(thread.id);
    if (from !== undefined && to !== undefined) {
      push(anchors.startsAt, from, thread.id);
      push(anchors.endsAfter, to, thread.id);
      placed.push([thread.id, from]);
      seen.add(thread.id);
      continue;
    }
    const blockPos = thread.blockId === null ? undefined : blocks.get(thread.blockId);
    const blockNode = blockPos === undefined ? null : doc.nodeAt(blockPos);
    const at =
      (blockNode && blockPos !== undefined ? firstTextblock(blockNode, blockPos) : null) ?? start;
    if (at === null) continue;
    push(anchors.detachedAt, at, thread.id);
    anchors.detached.add(thread.id);
    placed.push([thread.id, at]);
    seen.add(thread.id);
  }
  anchors.order = placed.sort((a, b) => a[1] - b[1]).map(([id]) => id);
  return anchors;
}
