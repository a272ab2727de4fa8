import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { blockChangeOf } from './blockChange';
import { authorshipOf, changeMarksOf, type ChangeFilter } from './changeMarks';
import { resolveChanges, type Decision } from './resolve';

/** A document to start from, or a transform (an editor transaction) to add the steps to. */
export type ChangeTarget = Node | Transform;

function decide(target: ChangeTarget, filter: ChangeFilter, decision: Decision): Transform {
  const tr = target instanceof Transform ? target : new Transform(target);
  return resolveChanges(tr, filter, decision);
}

/** Accepts one change (every piece with this id): insertions stay, deletions go. */
export function acceptChange(target: Node, id: string): Transform;
export function acceptChange<T extends Transform>(target: T, id: string): T;
export function acceptChange(target: ChangeTarget, id: string): Transform {
  return decide(target, (c) => c.id === id, 'accept');
}

/** Rejects one change: insertions go, deletions stay, format changes are undone. */
export function rejectChange(target: Node, id: string): Transform;
export function rejectChange<T extends Transform>(target: T, id: string): T;
export function rejectChange(target: ChangeTarget, id: string): Transform {
  return decide(target, (c) => c.id === id, 'reject');
}

/** Accepts every change in the document. */
export function acceptAll(target: Node): Transform;
export function acceptAll<T extends Transform>(target: T): T;
export function acceptAll(target: ChangeTarget): Transform {
  return decide(target, () => true, 'accept');
}

/** Rejects every change in the document. */
export function rejectAll(target: Node): Transform;
export function rejectAll<T extends Transform>(target: T): T;
export function rejectAll(target: ChangeTarget): Transform {
  return decide(target, () => true, 'reject');
}

/** Accepts every change by one author (as named in the change). */
export function acceptAllBy(target: Node, author: string): Transform;
export function acceptAllBy<T extends Transform>(target: T, author: string): T;
export function acceptAllBy(target: ChangeTarget, author: string): Transform {
  return decide(target, (c) => c.author === author, 'accept');
}

/** Rejects every change by one author. */
export function rejectAllBy(target: Node, author: string): Transform;
export function rejectAllBy<T extends Transform>(target: T, author: string): T;
export function rejectAllBy(target: ChangeTarget, author: string): Transform {
  return decide(target, (c) => c.author === author, 'reject');
}

/**
 * The id of the change at a position: a change mark on the text just after it (or just before
 * it), else the nearest enclosing block's change. Null when there is none.
 */
export function changeIdAt(doc: Node, pos: number): string | null {
  const $pos = doc.resolve(pos);
  for (const node of [$pos.nodeAfter, $pos.nodeBefore]) {
    const mark = node ? changeMarksOf(node)[0] : undefined;
    if (mark) return authorshipOf(mark.mark).id;
  }
  for (let depth = $pos.depth; depth > 0; depth--) {
    const change = blockChangeOf($pos.node(depth));
    if (change) return change.id;
  }
  return null;
}
