import type { Attrs, Mark, Node, NodeType } from 'prosemirror-model';
import type { BlockChange } from '../changes/blockChange';
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
  /** Ids of this copy's changes, and of the conflict notes made of them. */
  private readonly copyChanges: Set<string>;
  private sections: Map<string, string> | null = null;

  constructor(
    readonly base: Node,
    copy: Node,
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
    this.copyChanges = new Set();
    for (const id of changeIdsIn(copy)) {
      if (this.baseChanges.has(id)) continue;
      this.copyChanges.add(id);
      this.copyChanges.add(conflictId(id));
    }
  }

  /** Whether a change in the master came from this copy (imported before, or its conflict). */
  readonly fromThisCopy = (id: string): boolean => this.copyChanges.has(id);

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
