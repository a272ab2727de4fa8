import type { Mark, Node } from 'prosemirror-model';
import type { BlockChangeKind } from './blockChange';

/** The kind of a tracked change, inline or on a block. */
export type ChangeKind = BlockChangeKind;

/** Who made a change and when; the attributes of insertion and deletion marks. */
export interface ChangeAuthorship {
  id: string;
  author: string;
  organization: string;
  time: string;
}

/** What a filter sees of a change when choosing which ones to accept or reject. */
export interface ChangeRef {
  id: string;
  kind: ChangeKind;
  author: string;
}

/** Chooses changes (by id, author or kind). */
export type ChangeFilter = (change: ChangeRef) => boolean;

/** Marks that say how text looks; changing them is a format change. */
export const FORMAT_MARKS: ReadonlySet<string> = new Set([
  'strong',
  'em',
  'underline',
  'superscript',
  'subscript',
  'link',
]);

/** The mark type name that carries each inline change kind. */
export const MARK_OF_KIND = { insert: 'insertion', delete: 'deletion' } as const;

/** Whether a mark is an insertion or deletion mark. */
export function isChangeMark(mark: Mark): boolean {
  return mark.type.name === 'insertion' || mark.type.name === 'deletion';
}

/** The insertion or deletion marks of an inline node, with their kind. */
export function changeMarksOf(node: Node): { kind: 'insert' | 'delete'; mark: Mark }[] {
  const found: { kind: 'insert' | 'delete'; mark: Mark }[] = [];
  for (const mark of node.marks) {
    if (mark.type.name === 'insertion') found.push({ kind: 'insert', mark });
    else if (mark.type.name === 'deletion') found.push({ kind: 'delete', mark });
  }
  return found;
}

/** A change mark's attributes, typed. */
export function authorshipOf(mark: Mark): ChangeAuthorship {
  const attrs = mark.attrs as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    id: text(attrs.id),
    author: text(attrs.author),
    organization: text(attrs.organization),
    time: text(attrs.time),
  };
}
