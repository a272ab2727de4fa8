import type { Node } from 'prosemirror-model';

/** A section as a run of top-level blocks: its heading at `start`, up to (not including) `end`. */
export interface SectionSpan {
  start: number;
  end: number;
  level: number;
}

/** A move of the top-level blocks between positions `from` and `to` to position `insertAt`. */
export interface BlockMove {
  from: number;
  to: number;
  /** In the coordinates of the document before the move; never inside `from..to`. */
  insertAt: number;
}

function headingLevel(node: Node | null | undefined): number | null {
  return node?.type.name === 'heading' ? (node.attrs.level as number) : null;
}

/** The top-level index of the heading with this id, or -1. */
export function headingIndex(doc: Node, id: string): number {
  for (let i = 0; i < doc.childCount; i++) {
    const child = doc.child(i);
    if (child.type.name === 'heading' && child.attrs.id === id) return i;
  }
  return -1;
}

/** The section a heading opens: everything up to the next heading of the same or a higher level. */
export function sectionSpan(doc: Node, start: number): SectionSpan {
  const level = headingLevel(doc.maybeChild(start));
  if (level === null) throw new RangeError(`Block ${start} is not a heading`);
  let end = start + 1;
  while (end < doc.childCount) {
    const next = headingLevel(doc.child(end));
    if (next !== null && next <= level) break;
    end++;
  }
  return { start, end, level };
}

/** The innermost section holding the top-level block at `index`, or null before the first heading. */
export function sectionAround(doc: Node, index: number): SectionSpan | null {
  for (let i = Math.min(index, doc.childCount - 1); i >= 0; i--) {
    if (headingLevel(doc.child(i)) !== null) return sectionSpan(doc, i);
  }
  return null;
}

/** The position just before the top-level block at `index` (the document's end for childCount). */
export function blockPos(doc: Node, index: number): number {
  if (index < 0 || index > doc.childCount) throw new RangeError(`No block ${index}`);
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return pos;
}

function moveOf(doc: Node, span: SectionSpan, beforeIndex: number): BlockMove {
  return {
    from: blockPos(doc, span.start),
    to: blockPos(doc, span.end),
    insertAt: blockPos(doc, beforeIndex),
  };
}

/**
 * Moves a section past its previous or next sibling (the neighbouring section of the same
 * level under the same parent), or null when there is none, as Word's outline "move up/down".
 */
export function planSectionMove(
  doc: Node,
  headingId: string,
  direction: 'up' | 'down',
): BlockMove | null {
  const start = headingIndex(doc, headingId);
  if (start < 0) return null;
  const span = sectionSpan(doc, start);
  if (direction === 'down') {
    if (headingLevel(doc.maybeChild(span.end)) !== span.level) return null;
    return moveOf(doc, span, sectionSpan(doc, span.end).end);
  }
  for (let i = start - 1; i >= 0; i--) {
    const level = headingLevel(doc.child(i));
    if (level === null || level > span.level) continue;
    return level === span.level ? moveOf(doc, span, i) : null;
  }
  return null;
}

/**
 * Moves a section to just before another heading, or to the end of the document when the
 * target is null (drag and drop in the outline). Null when either heading is missing, the
 * target lies inside the section, or the move would change nothing.
 */
export function planSectionMoveBefore(
  doc: Node,
  headingId: string,
  targetHeadingId: string | null,
): BlockMove | null {
  const start = headingIndex(doc, headingId);
  if (start < 0) return null;
  const span = sectionSpan(doc, start);
  const target = targetHeadingId === null ? doc.childCount : headingIndex(doc, targetHeadingId);
  if (target < 0 || (target >= span.start && target <= span.end)) return null;
  return moveOf(doc, span, target);
}
