import type { Attrs, Mark, Node, NodeType } from 'prosemirror-model';
import { canSplit, type Transform } from 'prosemirror-transform';
import type { BlockChange } from '../changes/blockChange';
import { FORMAT_MARKS } from '../changes/changeMarks';
import type { Person } from '../document/fileSchema';
import { numberDocument } from '../document/numbering';
import { sectionText } from '../comments/section';
import { conflictId } from './conflictNotes';
import { baseFacts, changeIdsIn, indexBlocks, type Located } from './nodes';
import type { ConflictEntry, MergeReport } from './report';

/**
 * One edit to make in the master, in the master's positions before any edit; applied in order
 * through the transform's mapping, so edits at the same place keep their order.
 */
export type Op =
  | { kind: 'mark'; from: number; to: number; mark: Mark }
  | { kind: 'format'; from: number; to: number; marks: readonly Mark[] }
  | { kind: 'insert'; at: number; nodes: Node[] }
  | { kind: 'split'; at: number; types: { type: NodeType; attrs: Attrs }[]; failure: string }
  | { kind: 'anchor'; from: number; to: number; id: string }
  | { kind: 'change'; pos: number; id: string; change: BlockChange }
  | { kind: 'markup'; pos: number; id: string; type: NodeType; attrs: Attrs; failure: string };

/** A conflict note waiting to become a thread once the master's text is final. */
export interface PendingNote {
  entry: ConflictEntry;
  author: Person;
  time: string;
  /** Whether an `anchor` op marks text for it; otherwise it is stored detached. */
  anchored: boolean;
  quote: string;
  blockId: string | null;
}

/** What merging one copy works from and collects. */
export class MergeContext {
  readonly baseBlocks: Map<string, Located>;
  readonly baseChanges: Set<string>;
  readonly masterBlocks: Map<string, Located>;
  readonly masterChanges: Set<string>;
  readonly ops: Op[] = [];
  readonly notes: PendingNote[] = [];
  /** Ids of the reviewer's changes applied to the master. */
  readonly applied = new Set<string>();
  private sections: Map<string, string> | null = null;

  constructor(
    readonly base: Node,
    readonly master: Node,
    readonly report: MergeReport,
    /** Thread ids already in the master (conflict notes of an earlier import among them). */
    readonly threadIds: ReadonlySet<string>,
  ) {
    const facts = baseFacts(base);
    this.baseBlocks = facts.blocks;
    this.baseChanges = facts.changes;
    this.masterBlocks = indexBlocks(master);
    this.masterChanges = changeIdsIn(master);
  }

  /** Whether a change is the reviewer's: not one that was already in the text sent. */
  readonly isMine = (id: string): boolean => !this.baseChanges.has(id);

  /** Whether a change of the reviewer's was imported before (as itself or as a conflict note). */
  imported(ids: readonly string[]): boolean {
    return ids.some((id) => this.masterChanges.has(id) || this.threadIds.has(conflictId(id)));
  }

  /** "IV. Action areas": the section a block of the base version is in, for detached notes. */
  sectionOf(blockId: string): string {
    if (!this.sections) {
      this.sections = new Map();
      const labels = numberDocument(this.base);
      let current = '';
      this.base.forEach((child, _offset, index) => {
        if (child.type.name === 'heading') {
          current = sectionText({ number: labels[index] ?? '', title: child.textContent });
        }
        child.descendants((node) => {
          const id: unknown = node.attrs.id;
          if (typeof id === 'string') this.sections!.set(id, current);
          return !node.isTextblock;
        });
        const id: unknown = child.attrs.id;
        if (typeof id === 'string') this.sections!.set(id, current);
      });
    }
    return this.sections.get(blockId) ?? '';
  }
}

/** Applies collected ops to a transform on the master; returns sentences for what failed. */
export function applyOps(tr: Transform, ops: readonly Op[]): string[] {
  const failures: string[] = [];
  const at = (pos: number, assoc: 1 | -1) => tr.mapping.map(pos, assoc);
  const nodeWithId = (pos: number, id: string): number | null => {
    const result = tr.mapping.mapResult(pos, 1);
    if (result.deletedAfter) return null;
    return tr.doc.nodeAt(result.pos)?.attrs.id === id ? result.pos : null;
  };
  for (const op of ops) {
    switch (op.kind) {
      case 'mark': {
        const from = at(op.from, 1);
        const to = at(op.to, -1);
        if (to > from) tr.addMark(from, to, op.mark);
        break;
      }
      case 'format': {
        const from = at(op.from, 1);
        const to = at(op.to, -1);
        if (to <= from) break;
        for (const name of FORMAT_MARKS) {
          const type = tr.doc.type.schema.marks[name];
          if (type) tr.removeMark(from, to, type);
        }
        for (const mark of op.marks) tr.addMark(from, to, mark);
        break;
      }
      case 'insert':
        tr.insert(at(op.at, 1), op.nodes);
        break;
      case 'split': {
        const pos = at(op.at, 1);
        if (canSplit(tr.doc, pos, op.types.length, op.types))
          tr.split(pos, op.types.length, op.types);
        else failures.push(op.failure);
        break;
      }
      case 'anchor': {
        const from = at(op.from, -1);
        const to = at(op.to, 1);
        const mark = tr.doc.type.schema.marks.comment;
        if (mark && to > from) tr.addMark(from, to, mark.create({ id: op.id }));
        break;
      }
      case 'change': {
        const pos = nodeWithId(op.pos, op.id);
        if (pos !== null) tr.setNodeAttribute(pos, 'change', op.change);
        break;
      }
      case 'markup': {
        const pos = nodeWithId(op.pos, op.id);
        try {
          if (pos === null) throw new RangeError('gone');
          tr.setNodeMarkup(pos, op.type, op.attrs);
        } catch {
          failures.push(op.failure);
        }
        break;
      }
    }
  }
  return failures;
}
