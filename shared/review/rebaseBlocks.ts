import { Fragment, type Mark, type Node } from 'prosemirror-model';
import type { Transform } from 'prosemirror-transform';
import { blockChangeOf } from '../changes/blockChange';
import { FORMAT_MARKS } from '../changes/changeMarks';
import { describeAttrs, formatAttrs } from '../diff/describe';
import { blockText, charKeys, rangePos } from './blockText';
import { conflictId, personOf } from './conflictNotes';
import type { BlockEdit, NewBlock } from './copyScan';
import type { MergeContext } from './context';
import { idOf, indexBlocks, shortText, withoutComments, type Located } from './nodes';
import type { ConflictEntry } from './report';

function sameFormat(a: Node, b: Node): boolean {
  return a.type === b.type && JSON.stringify(formatAttrs(a)) === JSON.stringify(formatAttrs(b));
}

function sameContent(a: Node, b: Node): boolean {
  return a.eq(b) || withoutComments(a).content.eq(withoutComments(b).content);
}

const formatKey = (marks: readonly Mark[]) =>
  JSON.stringify(
    marks.filter((m) => FORMAT_MARKS.has(m.type.name)).map((m): unknown => m.toJSON()),
  );

/** A note by the reviewer about a block edit that could not be applied as it is. */
function blockNote(
  ctx: MergeContext,
  edit: BlockEdit,
  master: Located,
  fields: Pick<ConflictEntry, 'kind' | 'proposed' | 'current' | 'sent'>,
): void {
  const { person, time } = personOf(edit.change, ctx.report.reviewer);
  const entry: ConflictEntry = {
    ...fields,
    id: conflictId(edit.change.id),
    reviewer: person.name,
    blockId: edit.id,
  };
  const end = master.pos + master.node.nodeSize - 1;
  ctx.ops.push({ kind: 'anchor', from: master.pos + 1, to: end, id: entry.id });
  const quote = shortText(master.node.textContent, 2000);
  ctx.notes.push({ entry, author: person, time, anchored: quote !== '', quote, blockId: edit.id });
  ctx.report.conflicts.push(entry);
}

/**
 * The reviewer's formatting of a textblock's words (bold, italic…), carried over when the
 * master's text and formatting there are still as sent. Returns false when they are not.
 */
function carryFormatting(ctx: MergeContext, edit: BlockEdit, base: Node, master: Located): boolean {
  const b = blockText(base, 0);
  const m = blockText(master.node, master.pos);
  const bKeys = charKeys(b);
  const mKeys = charKeys(m);
  if (bKeys.length !== mKeys.length || bKeys.some((k, i) => k !== mKeys[i])) return false;
  const c = blockText(edit.node, 0);
  const kept: Node[] = [];
  for (let i = 0; i < c.text.length; i++) {
    const owner = c.owners[i]!;
    const inserted = owner.marks.some(
      (mk) => mk.type.name === 'insertion' && ctx.isMine(String(mk.attrs.id)),
    );
    if (!inserted) kept.push(owner);
  }
  if (kept.length !== m.text.length) return false;
  for (let i = 0; i < b.text.length; i++) {
    if (formatKey(b.owners[i]!.marks) !== formatKey(m.owners[i]!.marks)) return false;
  }
  let start = -1;
  const flush = (end: number) => {
    if (start < 0) return;
    const marks = kept[start]!.marks.filter((mk) => FORMAT_MARKS.has(mk.type.name));
    ctx.ops.push({ kind: 'format', ...rangePos(m, start, end), marks });
    start = -1;
  };
  for (let i = 0; i <= kept.length; i++) {
    const differs = i < kept.length && formatKey(kept[i]!.marks) !== formatKey(m.owners[i]!.marks);
    const continues =
      differs && start >= 0 && formatKey(kept[i]!.marks) === formatKey(kept[start]!.marks);
    if (!continues) flush(i);
    if (differs && start < 0) start = i;
  }
  return true;
}

/** Applies the reviewer's deletion or re-formatting of an existing block to the master's. */
export function rebaseBlockEdit(ctx: MergeContext, edit: BlockEdit): void {
  if (ctx.imported([edit.change.id])) return;
  const base = ctx.baseBlocks.get(edit.id);
  const master = ctx.masterBlocks.get(edit.id);
  // A block the master deleted: deleting it too needs nothing; text edits in it are noted
  // with the block's text by the text rebase.
  if (!base || !master) return;
  const pending = blockChangeOf(master.node);
  const text = shortText(master.node.textContent, 300);
  if (edit.change.kind === 'delete') {
    if (pending?.kind === 'delete') {
      ctx.applied.add(edit.change.id);
      return;
    }
    const edited = !sameContent(base.node, master.node);
    if (!pending) {
      ctx.ops.push({ kind: 'change', pos: master.pos, id: edit.id, change: edit.change });
      ctx.applied.add(edit.change.id);
    }
    // Text edits in a textblock are compared word by word by the text rebase.
    if (pending || (edited && !master.node.isTextblock)) {
      const sent = shortText(base.node.textContent, 300);
      blockNote(ctx, edit, master, { kind: 'same-words', proposed: '', current: text, sent });
    }
    return;
  }
  if (edit.change.kind !== 'format') return;
  if (pending || !sameFormat(base.node, master.node)) {
    blockNote(ctx, edit, master, {
      kind: 'format',
      proposed: describeAttrs(edit.node),
      current: describeAttrs(master.node),
      sent: describeAttrs(base.node),
    });
    return;
  }
  if (edit.change.from?.marks && edit.node.isTextblock) {
    if (!carryFormatting(ctx, edit, base.node, master)) {
      blockNote(ctx, edit, master, {
        kind: 'format',
        proposed: 'formatting of its words',
        current: 'edited text',
        sent: text,
      });
      return;
    }
  }
  const failure = `${ctx.report.reviewer}’s format change to “${shortText(text, 60)}” could not be applied.`;
  const attrs = { ...edit.node.attrs, id: edit.id };
  ctx.ops.push({
    kind: 'markup',
    pos: master.pos,
    id: edit.id,
    type: edit.node.type,
    attrs,
    failure,
  });
  ctx.applied.add(edit.change.id);
}

/** Where to put a new block: after the nearest earlier sibling the master still has, else before a later one. */
function placeOf(
  index: Map<string, Located>,
  block: NewBlock,
): { pos: number; assoc: 1 | -1 } | null {
  for (let j = block.index - 1; j >= 0; j--) {
    const id = idOf(block.parent.child(j));
    const loc = id === null ? undefined : index.get(id);
    if (loc) return { pos: loc.pos + loc.node.nodeSize, assoc: 1 };
  }
  for (let j = block.index + 1; j < block.parent.childCount; j++) {
    const id = idOf(block.parent.child(j));
    const loc = id === null ? undefined : index.get(id);
    if (loc) return { pos: loc.pos, assoc: -1 };
  }
  const parentId = idOf(block.parent);
  const parent = parentId === null ? undefined : index.get(parentId);
  return parent ? { pos: parent.pos + 1, assoc: 1 } : null;
}

/** The outermost blocks of the base version inside a new block, by id, in order. */
function existingInside(ctx: MergeContext, node: Node): string[] {
  const ids: string[] = [];
  node.descendants((child) => {
    if (child.isInline) return false;
    const id = idOf(child);
    if (id !== null && ctx.baseBlocks.has(id)) {
      ids.push(id);
      return false;
    }
    return true;
  });
  return ids;
}

/**
 * Wraps the master's blocks as the reviewer wrapped them (in a new list or quotation): the new
 * structure from the copy around the master's own versions of the blocks inside. Only when
 * those blocks are still side by side under one parent in the master.
 */
function wrapExisting(
  ctx: MergeContext,
  tr: Transform,
  block: NewBlock,
  at: (id: string) => number | null,
): boolean {
  const ids = existingInside(ctx, block.node);
  const positions = ids.map(at);
  if (ids.length === 0 || positions.some((p) => p === null)) return false;
  const first = tr.doc.resolve(positions[0]!);
  let end = positions[0]!;
  for (const pos of positions as number[]) {
    const $pos = tr.doc.resolve(pos);
    if (pos !== end || $pos.parent !== first.parent) return false;
    end = pos + (tr.doc.nodeAt(pos)?.nodeSize ?? 0);
  }
  const rebuild = (node: Node): Node => {
    const id = idOf(node);
    if (id !== null && ctx.baseBlocks.has(id)) return tr.doc.nodeAt(at(id)!)!;
    if (node.isInline || node.isTextblock) return withoutComments(node);
    const children: Node[] = [];
    node.forEach((child) => children.push(rebuild(child)));
    return node.type.create(node.attrs, children, node.marks);
  };
  const wrapped = rebuild(block.node);
  const from = first.index();
  const to = from + ids.length;
  if (!first.parent.canReplace(from, to, Fragment.from(wrapped))) return false;
  tr.replaceWith(positions[0]!, end, wrapped);
  return true;
}

/**
 * Adds the reviewer's new blocks (paragraphs, rows, records they wrote) to the master, next to
 * the block they followed in the copy, and wraps blocks as they wrapped them. Run after the
 * text edits, on the transform's document. A new block with no place left becomes a conflict
 * note holding its text. Returns how many structural changes could not be made.
 */
export function insertNewBlocks(
  ctx: MergeContext,
  tr: Transform,
  blocks: readonly NewBlock[],
): number {
  const pending = blocks.filter((b) => {
    const change = blockChangeOf(b.node);
    const id = idOf(b.node);
    const usable = b.pure || (b.holdsExisting && !b.continues);
    return usable && !(change && ctx.imported([change.id])) && !(id && ctx.masterBlocks.has(id));
  });
  let unplaced = blocks.filter((b) => b.holdsExisting && b.continues).length;
  if (pending.length === 0) return unplaced;
  const index = indexBlocks(tr.doc);
  const start = tr.steps.length;
  const at = (id: string): number | null => {
    const loc = index.get(id);
    if (!loc) return null;
    const result = tr.mapping.slice(start).mapResult(loc.pos, 1);
    return result.deletedAfter ? null : result.pos;
  };
  for (const block of pending) {
    const change = blockChangeOf(block.node);
    if (block.holdsExisting) {
      if (wrapExisting(ctx, tr, block, at)) {
        if (change) ctx.applied.add(change.id);
      } else unplaced++;
      continue;
    }
    const node = withoutComments(block.node);
    const place = placeOf(index, block);
    let done = false;
    if (place) {
      const pos = tr.mapping.slice(start).map(place.pos, place.assoc);
      const $pos = tr.doc.resolve(pos);
      const at = $pos.index();
      if ($pos.parent.canReplace(at, at, Fragment.from(node))) {
        tr.insert(pos, node);
        done = true;
      }
    }
    if (change) ctx.applied.add(change.id);
    if (done) continue;
    const { person, time } = personOf(change, ctx.report.reviewer);
    const entry: ConflictEntry = {
      kind: 'placement',
      id: conflictId(change?.id ?? idOf(block.node) ?? 'new-block'),
      reviewer: person.name,
      blockId: idOf(block.node) ?? '',
      proposed: node.textContent,
      current: '',
      sent: '',
    };
    const prev = block.index > 0 ? idOf(block.parent.child(block.index - 1)) : idOf(block.parent);
    ctx.notes.push({
      entry,
      author: person,
      time,
      anchored: false,
      quote: entry.proposed,
      blockId: prev,
    });
    ctx.report.conflicts.push(entry);
  }
  return unplaced;
}
