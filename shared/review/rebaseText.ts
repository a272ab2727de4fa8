import type { Attrs, Mark, Node, NodeType } from 'prosemirror-model';
import { blockChangeOf } from '../changes/blockChange';
import { blockText, charKeys, type BlockText } from './blockText';
import { chainText, itemChar, type ChainText, type Item, type ReviewerHunk } from './chainItems';
import { conflictId, personOf, type Authorship } from './conflictNotes';
import type { Chain } from './copyScan';
import type { MergeContext } from './context';
import { MasterView } from './masterView';
import { OffsetMap, wordSpan, type Hunk } from './offsetMap';
import type { ConflictEntry } from './report';

/** Two key lists equal item by item. */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Inline nodes for a run of items: same-owner characters joined, marks chosen per owner. */
function inlineNodes(
  text: ChainText,
  items: readonly Item[],
  marks: (owner: Node) => readonly Mark[],
): Node[] {
  const out: Node[] = [];
  let run = '';
  let runOwner: Node | null = null;
  const flush = () => {
    if (runOwner && run) out.push(runOwner.type.schema.text(run, marks(runOwner)));
    run = '';
    runOwner = null;
  };
  for (const item of items) {
    const found = itemChar(text, item);
    if (!found) continue;
    const { char, owner } = found;
    if (owner.isText) {
      if (owner !== runOwner) flush();
      runOwner = owner;
      run += char;
    } else {
      flush();
      out.push(owner.mark(marks(owner)));
    }
  }
  flush();
  return out;
}

const notComment = (owner: Node) => owner.marks.filter((m) => m.type.name !== 'comment');

/** The structure to split into for a split-off part: the new block down to its textblock. */
function splitTypes(text: ChainText, part: number): { type: NodeType; attrs: Attrs }[] | null {
  const target = text.parts[part]!;
  const group = target.group;
  if (!group) return null;
  const types: { type: NodeType; attrs: Attrs }[] = [];
  let node: Node | null = group.node;
  while (node) {
    types.push({ type: node.type, attrs: node.attrs });
    if (node === target.node) return types;
    node = node.firstChild;
  }
  return null;
}

/** Rebases the reviewer's edits of one base textblock (and the blocks split off it). */
class ChainRebase {
  private readonly text: ChainText;
  private readonly reviewer: string;

  constructor(
    private readonly ctx: MergeContext,
    chain: Chain,
  ) {
    this.text = chainText(chain, ctx.isMine);
    this.reviewer = ctx.report.reviewer;
  }

  run(): void {
    const rootId = this.text.parts[0]!.id;
    if (rootId === null) return;
    const pending = this.text.hunks.filter((h) => !this.ctx.imported(h.ids));
    if (pending.length === 0) return;
    const base = this.ctx.baseBlocks.get(rootId);
    if (!base?.node.isTextblock) return;
    const b = blockText(base.node, base.pos);
    const bKeys = charKeys(b);
    const master = this.ctx.masterBlocks.get(rootId);
    if (!master?.node.isTextblock) {
      this.deletedInMaster(pending, b, rootId);
      return;
    }
    // Blocks an earlier import of this copy split off the root belong to the chain too.
    const parts = [blockText(master.node, master.pos)];
    for (const part of this.text.parts.slice(1)) {
      const split: unknown = part.node.attrs.id;
      const found = typeof split === 'string' ? this.ctx.masterBlocks.get(split) : undefined;
      if (found?.node.isTextblock) parts.push(blockText(found.node, found.pos));
    }
    const m = new MasterView(parts, this.ctx.fromThisCopy);
    const cb = sameKeys(this.text.keys, bKeys)
      ? null
      : new OffsetMap(this.text.original, this.text.keys, bKeys);
    const bm = sameKeys(bKeys, m.keys) ? null : new OffsetMap(b.text, bKeys, m.keys);
    for (const hunk of pending) {
      const from = cb ? cb.map(hunk.from) : hunk.from;
      const to = cb ? cb.mapEnd(hunk.to) : hunk.to;
      const ownEdits = cb ? cb.touching({ from: hunk.from, to: hunk.to }) : [];
      const touching = bm ? bm.touching({ from, to }) : [];
      if (ownEdits.length === 0 && touching.length === 0) {
        this.applyClean(hunk, m, bm ? bm.map(from) : from);
      } else {
        this.conflict(hunk, { from, to }, touching, b, m, bm, cb, rootId);
      }
    }
  }

  /** The reviewer's hunk where the master did not touch those words: applied as it is. */
  private applyClean(hunk: ReviewerHunk, m: MasterView, start: number): void {
    const { ops } = this.ctx;
    let k = start;
    let pendingIns: Item[] = [];
    const flushIns = () => {
      if (pendingIns.length === 0) return;
      ops.push({
        kind: 'insert',
        at: m.pointPos(k),
        nodes: inlineNodes(this.text, pendingIns, notComment),
      });
      pendingIns = [];
    };
    for (const item of hunk.items) {
      if (item.kind === 'ins') {
        pendingIns.push(item);
        continue;
      }
      flushIns();
      if (item.kind === 'del') {
        const inserted =
          k >= m.text.length || m.owner(k).marks.some((mk) => mk.type.name === 'insertion');
        if (!inserted && item.mark) {
          const at = m.pointPos(k);
          const size = m.owner(k).isText ? 1 : m.owner(k).nodeSize;
          ops.push({ kind: 'mark', from: at, to: at + size, mark: item.mark });
        }
        k++;
      } else if (item.kind === 'break') {
        const types = splitTypes(this.text, item.part);
        const failure = `A paragraph break ${this.reviewer} suggested in “${m.text.slice(Math.max(0, k - 30), k)}…” could not be made there; the text stays in one paragraph.`;
        if (types) ops.push({ kind: 'split', at: m.pointPos(k), types, failure });
        else this.ctx.report.warnings.push(failure);
      }
    }
    flushIns();
    for (const id of hunk.ids) this.ctx.applied.add(id);
  }

  /** The reviewer's text for a range of the base text: what they kept there and inserted. */
  private proposal(
    hunk: ReviewerHunk,
    span: { from: number; to: number },
    cb: OffsetMap | null,
  ): Item[] {
    const baseAt = (from: number) => (cb ? cb.map(from) : from);
    return this.text.items.filter((item) => {
      const at = baseAt(item.from);
      if (item.kind === 'base') return at >= span.from && at < span.to;
      if (item.kind === 'ins') return hunk.items.includes(item) || (at > span.from && at < span.to);
      return false;
    });
  }

  private conflict(
    hunk: ReviewerHunk,
    range: { from: number; to: number },
    touching: readonly Hunk[],
    b: BlockText,
    m: MasterView,
    bm: OffsetMap | null,
    cb: OffsetMap | null,
    blockId: string,
  ): void {
    let from = range.from;
    let to = range.to;
    for (const h of touching) {
      from = Math.min(from, h.aStart);
      to = Math.max(to, h.aEnd);
    }
    const span = wordSpan(b.text, { from, to });
    const mFrom = bm ? bm.map(span.from) : span.from;
    const mTo = bm ? Math.max(mFrom, bm.mapEnd(span.to)) : span.to;
    const items = this.proposal(hunk, span, cb);
    const proposed = items
      .map((i) => (i.kind === 'break' ? '\n' : (itemChar(this.text, i)?.char ?? '')))
      .join('');
    const current = m.accepted(mFrom, mTo);
    if (proposed === current) {
      // Both made the same edit: nothing to choose between.
      for (const id of hunk.ids) this.ctx.applied.add(id);
      return;
    }
    const { person, time } = personOf(this.authorship(hunk.items), this.reviewer);
    const id = conflictId(hunk.ids[0] ?? `${blockId}-${hunk.from}`);
    const entry: ConflictEntry = {
      kind: 'same-words',
      id,
      reviewer: person.name,
      blockId,
      proposed,
      current,
      sent: b.text.slice(span.from, span.to),
    };
    const schema = this.ctx.master.type.schema;
    const attrs = { id, author: person.name, organization: person.organization, time };
    const insertion = schema.marks.insertion!.create(attrs);
    const deletion = schema.marks.deletion!.create(attrs);
    const { ops } = this.ctx;
    for (let k = mFrom; k < mTo; k++) {
      const owner = m.owner(k);
      if (owner.marks.some((mk) => mk.type.name === 'insertion' || mk.type.name === 'deletion')) {
        continue;
      }
      const at = m.pointPos(k);
      const size = owner.isText ? 1 : owner.nodeSize;
      ops.push({ kind: 'mark', from: at, to: at + size, mark: deletion });
    }
    const plain = (owner: Node) =>
      insertion.addToSet(
        owner.marks.filter((mk) => !['comment', 'insertion', 'deletion'].includes(mk.type.name)),
      );
    const nodes = inlineNodes(this.text, items, plain);
    if (nodes.length) ops.push({ kind: 'insert', at: m.pointPos(mTo), nodes });
    const anchored = mTo > mFrom || nodes.length > 0;
    if (anchored) ops.push({ kind: 'anchor', from: m.pointPos(mFrom), to: m.pointPos(mTo), id });
    this.ctx.notes.push({
      entry,
      author: person,
      time,
      anchored,
      quote: proposed || current,
      blockId,
    });
    this.ctx.report.conflicts.push(entry);
  }

  /** Who made some changes: the first change mark, else the first split-off block's record. */
  private authorship(items: readonly Item[]): Authorship | null {
    const marked = items.find((i) => i.mark !== null);
    if (marked?.mark) return marked.mark.attrs;
    const split = items.find((i) => i.kind === 'break');
    const group = split ? this.text.parts[split.part]!.group : null;
    return group ? blockChangeOf(group.node) : null;
  }

  /** Every pending edit of a block the master deleted: one note keeps the reviewer's text. */
  private deletedInMaster(pending: readonly ReviewerHunk[], b: BlockText, blockId: string): void {
    const ids = pending.flatMap((h) => h.ids);
    const items = pending.flatMap((h) => h.items);
    const { person, time } = personOf(this.authorship(items), this.reviewer);
    const proposed = this.text.items
      .filter((i) => i.kind === 'base' || i.kind === 'ins' || i.kind === 'break')
      .map((i) => (i.kind === 'break' ? '\n' : (itemChar(this.text, i)?.char ?? '')))
      .join('');
    const entry: ConflictEntry = {
      kind: 'deleted-in-master',
      id: conflictId(ids[0] ?? blockId),
      reviewer: person.name,
      blockId,
      proposed,
      current: '',
      sent: b.text,
    };
    this.ctx.notes.push({ entry, author: person, time, anchored: false, quote: proposed, blockId });
    this.ctx.report.conflicts.push(entry);
  }
}

/** Rebases the reviewer's edits of one chain onto the master, adding ops and notes to `ctx`. */
export function rebaseChain(ctx: MergeContext, chain: Chain): void {
  new ChainRebase(ctx, chain).run();
}
