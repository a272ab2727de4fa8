import { Fragment, type Mark, type Node } from 'prosemirror-model';
import type { Person } from '../document/fileSchema';
import { newId } from '../document/ids';
import { canCarryChange, type BlockChange } from '../changes/blockChange';
import { schema } from '../schema';
import { alignBlocks, isOldSide, type AlignedEntry, type BlockPair } from './align';
import {
  attrsDiffer,
  describeAttrs,
  fieldLabel,
  formatAttrs,
  plainText,
  sectionTitles,
} from './describe';
import { diffInline, idsIn, markAll, renameIds } from './inline';

/** What happened to a block between two versions. */
export type ChangeKind = 'inserted' | 'deleted' | 'changed' | 'moved' | 'attribute';

/**
 * One difference. Its `id` is also the id of the insertion and deletion marks, and of the block
 * `change` attribute, that show it in the comparison document. `blockId` is the node the change is about (a paragraph, a list
 * item, a record field's paragraph…); `topBlockId` the top-level block that holds it.
 */
export interface Change {
  id: string;
  kind: ChangeKind;
  blockId: string;
  blockType: string;
  /** Number and title of the enclosing section, e.g. "II.A. Statistics"; '' before any heading. */
  section: string;
  /** Label of the action-record or masthead field the change is in, if any. */
  field?: string;
  before: string;
  after: string;
  topBlockId: string;
  topBlockType: string;
}

/** Who the comparison's change marks are attributed to, and when. */
export interface CompareMeta {
  author: Person;
  time: string;
  /** Set false to leave `section` empty and skip numbering (a version summary needs none). */
  sections?: boolean;
}

/** A comparison document (the union of both versions, with change marks) and its changes. */
export interface Comparison {
  doc: Node;
  changes: Change[];
  counts: Record<ChangeKind, number>;
}

interface Scope {
  /** Which document and top-level index the section is looked up in. */
  side: 'old' | 'new';
  index: number;
  topId: string;
  topType: string;
  field?: string;
}

const idOf = (node: Node): string => (typeof node.attrs.id === 'string' ? node.attrs.id : '');

class Comparer {
  readonly changes: Change[] = [];
  private readonly sections: { old?: string[]; new?: string[] } = {};
  private newIds: Set<string> | undefined;

  constructor(
    private readonly oldDoc: Node,
    private readonly newDoc: Node,
    private readonly meta: CompareMeta,
  ) {}

  /** Numbering the whole document is the costliest step left when little changed: do it on demand. */
  private section(scope: Scope): string {
    if (this.meta.sections === false) return '';
    const titles = (this.sections[scope.side] ??= sectionTitles(
      scope.side === 'old' ? this.oldDoc : this.newDoc,
    ));
    return titles[scope.index] ?? '';
  }

  private by(id: string) {
    return {
      id,
      author: this.meta.author.name,
      organization: this.meta.author.organization,
      time: this.meta.time,
    };
  }

  marks(id: string): { ins: Mark; del: Mark } {
    const attrs = this.by(id);
    return { ins: schema.marks.insertion.create(attrs), del: schema.marks.deletion.create(attrs) };
  }

  /**
   * A whole inserted or deleted block as suggestion mode shows one: its text marked, and the
   * block's own `change` attribute set, so an empty block is a visible, walkable change too.
   */
  whole(node: Node, id: string, kind: 'insert' | 'delete'): Node {
    const { ins, del } = this.marks(id);
    return withChange(markAll(node, kind === 'insert' ? ins : del), { kind, ...this.by(id) });
  }

  record(
    id: string,
    kind: ChangeKind,
    node: Node,
    scope: Scope,
    before: string,
    after: string,
  ): void {
    const field = scope.field ?? fieldLabel(node);
    this.changes.push({
      id,
      kind,
      blockId: idOf(node),
      blockType: node.type.name,
      section: this.section(scope),
      ...(field === undefined ? {} : { field }),
      before,
      after,
      topBlockId: scope.topId || idOf(node),
      topBlockType: scope.topType || node.type.name,
    });
  }

  /** The union of two child lists, in display order, valid for `parent` where the schema allows. */
  children(oldParent: Node, newParent: Node, outer: Scope | null): Node[] {
    const { entries } = alignBlocks(oldParent, newParent);
    const moves = new Map<BlockPair, string>();
    const shown: Node[][] = entries.map((entry) => {
      const o = 'pair' in entry ? oldParent.child(entry.pair.oldIndex) : null;
      const n = 'pair' in entry ? newParent.child(entry.pair.newIndex) : null;
      const scope = outer ?? this.topScope(entry, oldParent, newParent);
      switch (entry.kind) {
        case 'kept':
          return o === n || o!.eq(n!) ? [n!] : this.nodes(o!, n!, this.inner(scope, n!));
        case 'inserted': {
          const node = newParent.child(entry.newIndex);
          const id = newId();
          this.record(id, 'inserted', node, scope, '', plainText(node));
          return [this.whole(node, id, 'insert')];
        }
        case 'deleted': {
          const node = oldParent.child(entry.oldIndex);
          const id = newId();
          this.record(id, 'deleted', node, scope, plainText(node), '');
          // A block can leave one parent and reappear, with its id, inside another.
          this.newIds ??= idsIn(this.newDoc);
          return [renameIds(this.whole(node, id, 'delete'), this.newIds)];
        }
        default: {
          let id = moves.get(entry.pair);
          if (id === undefined) {
            id = newId();
            moves.set(entry.pair, id);
            this.record(id, 'moved', n!, scope, plainText(o!), plainText(n!));
          }
          return entry.kind === 'moved-to'
            ? [this.whole(n!, id, 'insert')]
            : [renameIds(this.whole(o!, id, 'delete'))];
        }
      }
    });
    const first = shown.flat();
    if (newParent.type.validContent(Fragment.from(first))) return first;
    // Only order within a run is free; the schema may want the new side first (a new summary).
    return reorder(entries, shown);
  }

  private topScope(entry: AlignedEntry, oldDoc: Node, newDoc: Node): Scope {
    const old = isOldSide(entry);
    const index =
      'pair' in entry
        ? old
          ? entry.pair.oldIndex
          : entry.pair.newIndex
        : entry.kind === 'deleted'
          ? entry.oldIndex
          : entry.newIndex;
    const node = (old ? oldDoc : newDoc).child(index);
    return { side: old ? 'old' : 'new', index, topId: idOf(node), topType: node.type.name };
  }

  private inner(scope: Scope, node: Node): Scope {
    const field = fieldLabel(node);
    return field === undefined ? scope : { ...scope, field };
  }

  /** How a block that exists in both versions is shown: usually one node, two when replaced. */
  nodes(o: Node, n: Node, scope: Scope): Node[] {
    let change: BlockChange | null = null;
    if (attrsDiffer(o, n)) {
      const id = newId();
      this.record(id, 'attribute', n, scope, describeAttrs(o), describeAttrs(n));
      change = {
        kind: 'format',
        ...this.by(id),
        from: { type: o.type.name, attrs: formatAttrs(o) },
      };
    }
    if (o.isTextblock && n.isTextblock) {
      const id = newId();
      const { ins, del } = this.marks(id);
      const content = diffInline(o, n, ins, del);
      if (content) this.record(id, 'changed', n, scope, o.textContent, n.textContent);
      return [withChange(n.type.create(n.attrs, content ?? n.content, n.marks), change)];
    }
    const mark = this.changes.length;
    if (!o.isTextblock && !n.isTextblock && !o.isLeaf && !n.isLeaf) {
      const content = Fragment.from(this.children(o, n, scope));
      if (n.type.validContent(content)) {
        return [withChange(n.type.create(n.attrs, content, n.marks), change)];
      }
    }
    // The two cannot be merged into one node: show the old one deleted and the new one inserted.
    this.changes.length = mark;
    const id = newId();
    this.record(id, 'changed', n, scope, plainText(o), plainText(n));
    return [renameIds(this.whole(o, id, 'delete')), this.whole(n, id, 'insert')];
  }
}

/** The node with its block `change` attribute set, when its type has one and there is a change. */
function withChange(node: Node, change: BlockChange | null): Node {
  if (!change || !canCarryChange(node)) return node;
  return node.type.create({ ...node.attrs, change }, node.content, node.marks);
}

function reorder(entries: AlignedEntry[], shown: Node[][]): Node[] {
  const out: Node[] = [];
  let held: Node[] = [];
  entries.forEach((entry, k) => {
    const nodes = shown[k]!;
    if (isOldSide(entry)) held.push(...nodes);
    else if (entry.kind === 'kept') {
      out.push(...held, ...nodes);
      held = [];
    } else out.push(...nodes);
  });
  return [...out, ...held];
}

/** Zero counts for every kind. */
export function emptyCounts(): Record<ChangeKind, number> {
  return { inserted: 0, deleted: 0, changed: 0, moved: 0, attribute: 0 };
}

/**
 * Compares two documents. The result's `doc` holds both: unchanged blocks as they are, inserted
 * text marked `insertion`, removed text marked `deletion` (the same marks as suggestion mode, so
 * the changes panel can walk it and the Word export can write it as tracked changes). Moved
 * blocks appear deleted at their old place and inserted at their new one, under one change id.
 * Comparing a document with itself gives no changes and the document itself.
 */
export function compareDocuments(oldDoc: Node, newDoc: Node, meta: CompareMeta): Comparison {
  const comparer = new Comparer(oldDoc, newDoc, meta);
  const content = Fragment.from(comparer.children(oldDoc, newDoc, null));
  const counts = emptyCounts();
  for (const change of comparer.changes) counts[change.kind]++;
  if (comparer.changes.length === 0 && content.eq(newDoc.content)) {
    return { doc: newDoc, changes: [], counts };
  }
  if (!newDoc.type.validContent(content)) {
    throw new RangeError('compareDocuments built a document the schema does not allow');
  }
  return { doc: newDoc.type.create(newDoc.attrs, content), changes: comparer.changes, counts };
}
