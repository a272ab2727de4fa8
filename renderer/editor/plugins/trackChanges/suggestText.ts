import type { Node } from 'prosemirror-model';
import {
  authorshipOf,
  blockChangeOf,
  boundaryBefore,
  canCarryChange,
} from '../../../../shared/changes';
import type { SuggestContext } from './context';

interface Range {
  from: number;
  to: number;
}

const has = (node: Node, name: string) => node.marks.some((m) => m.type.name === name);

/**
 * Marks the content at [from, to) of the transaction's document as inserted: its text gets an
 * insertion mark (extending the author's adjacent recent insertion, or the empty block they just
 * made), blocks that start inside get an `insert` block change, and stale changes copied with
 * the content (a paste) are dropped.
 */
export function markInserted(ctx: SuggestContext, from: number, to: number): void {
  const { tr } = ctx;
  const doc = tr.doc;
  const { insertion, deletion } = doc.type.schema.marks;
  if (!insertion || !deletion) return;
  const $from = doc.resolve(from);
  const $to = doc.resolve(to);
  let mark = ctx.joinableMark([$from.nodeBefore, $to.nodeAfter], 'insertion');
  // Text typed into a block the author just added (a new paragraph, record, row) is part of it.
  for (let depth = $from.depth; depth > 0 && !mark; depth--) {
    const change = blockChangeOf($from.node(depth));
    if (!change) continue;
    if (change.kind === 'insert' && ctx.joinable(change)) {
      const { id, author, organization, time } = change;
      mark = insertion.create({ id, author, organization, time });
    }
    break;
  }
  mark ??= insertion.create(ctx.fresh('insert'));
  const who = authorshipOf(mark);
  tr.removeMark(from, to, insertion);
  tr.removeMark(from, to, deletion);
  tr.addMark(from, to, mark);
  doc.nodesBetween(from, to, (node, pos) => {
    if (node.isInline) return false;
    if (pos < from) return true;
    if (canCarryChange(node)) tr.setNodeAttribute(pos, 'change', ctx.blockChange('insert', who));
    if (pos + node.nodeSize > to) return true;
    // Blocks inside a new block are part of its change; a pasted copy's records go.
    node.descendants((child, offset) => {
      if (child.isInline) return false;
      if (child.attrs.change) tr.setNodeAttribute(pos + 1 + offset, 'change', null);
      return true;
    });
    return false;
  });
}

/**
 * Marks the content at [from, to) as deleted instead of removing it: text gets a deletion mark
 * (extending the author's adjacent recent deletion), blocks whose start lies inside get a
 * `delete` block change (only the outermost of blocks wholly inside). Content that is itself a
 * pending insertion (text, a new block, a new paragraph break) never existed in the agreed text,
 * so it is really removed; text already deleted is left alone.
 */
export function markDeleted(ctx: SuggestContext, from: number, to: number): void {
  const { tr } = ctx;
  const doc = tr.doc;
  const deletion = doc.type.schema.marks.deletion;
  if (!deletion) return;
  const remove: Range[] = [];
  const mark: Range[] = [];
  const blocks: number[] = [];
  const stranded: number[] = [];
  // Inserted blocks removed whole: a join after one reaches the block before it.
  const gone = new Set<number>();
  let wholeUntil = -1;
  doc.nodesBetween(from, to, (node, pos) => {
    if (node.isInline) {
      const start = Math.max(pos, from);
      const end = Math.min(pos + node.nodeSize, to);
      // Part of a footnote: its own text is what is deleted.
      if (!node.isLeaf && (start > pos || end < pos + node.nodeSize)) return true;
      if (has(node, 'insertion')) remove.push({ from: start, to: end });
      else if (!has(node, 'deletion')) mark.push({ from: start, to: end });
      return false;
    }
    if (pos < from) return true;
    const whole = pos + node.nodeSize <= to;
    const change = blockChangeOf(node);
    if (change?.kind === 'insert') {
      // A block made by splitting (Enter) holds text that was there before: only its break is new.
      if (whole && allInserted(node)) {
        remove.push({ from: pos, to: pos + node.nodeSize });
        gone.add(pos);
        return false;
      }
      const boundary = boundaryBefore(doc, pos, node, (at) => gone.has(at));
      if (boundary) {
        remove.push(boundary);
        const target = strandedDeletion(doc, boundary.from, gone);
        if (target !== null) stranded.push(target);
      }
      return true;
    }
    if (change?.kind !== 'delete' && canCarryChange(node) && pos >= wholeUntil) {
      blocks.push(pos);
      if (whole) wholeUntil = pos + node.nodeSize;
    }
    return true;
  });

  if (mark.length || blocks.length) {
    const first = mark[0];
    const last = mark.at(-1);
    const $first = first ? doc.resolve(first.from) : null;
    const $last = last ? doc.resolve(last.to) : null;
    const joined = ctx.joinableMark([$first?.nodeBefore, $last?.nodeAfter], 'deletion');
    const who = joined ? authorshipOf(joined) : ctx.fresh('delete');
    const deletionMark = joined ?? deletion.create(who);
    for (const r of mark) tr.addMark(r.from, r.to, deletionMark);
    for (const pos of blocks) tr.setNodeAttribute(pos, 'change', ctx.blockChange('delete', who));
  }
  const start = tr.steps.length;
  for (const r of merge(remove).reverse()) tr.delete(r.from, r.to);
  for (const pos of stranded) {
    const at = tr.mapping.slice(start).map(pos);
    const block = tr.doc.nodeAt(at);
    if (block && blockChangeOf(block)?.kind === 'delete' && holdsLiveText(block)) {
      tr.setNodeAttribute(at, 'change', null);
    }
  }
}

/** Whether a textblock holds text not suggested for deletion. */
function holdsLiveText(block: Node): boolean {
  let live = false;
  block.forEach((child) => (live ||= !has(child, 'deletion')));
  return live;
}

/**
 * Where removing a new break joins content into a block suggested for deletion that has no
 * block before it to join (the first block, one after a table): its deletion means the block
 * goes whole, so if it now holds text that stays, the record goes. Null for other blocks.
 */
function strandedDeletion(doc: Node, at: number, gone: ReadonlySet<number>): number | null {
  const $at = doc.resolve(at);
  const target = $at.parent;
  const pos = $at.before();
  if (blockChangeOf(target)?.kind !== 'delete') return null;
  return boundaryBefore(doc, pos, target, (p) => gone.has(p)) ? null : pos;
}

/** Whether all the inline content of a block is a pending insertion (true for none). */
function allInserted(block: Node): boolean {
  let all = true;
  block.descendants((node) => {
    if (node.isInline && !has(node, 'insertion')) all = false;
    return all && !node.isInline;
  });
  return all;
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}
