import type { Node } from 'prosemirror-model';
import type { Step, ReplaceAroundStep } from 'prosemirror-transform';
import { AddMarkStep, RemoveMarkStep } from 'prosemirror-transform';
import {
  blockChangeOf,
  canCarryChange,
  FORMAT_MARKS,
  formatOf,
  formatRuns,
  hasFormat,
  type BlockChange,
  type BlockFormat,
} from '../../../../shared/changes';
import type { SuggestContext } from './context';

/** Applies a step as it is; returns whether it applied. */
export type ApplyStep = (step: Step) => boolean;

function backToOriginal(node: Node, from: BlockFormat): boolean {
  if (!hasFormat(node, from)) return false;
  return (
    from.marks === undefined || JSON.stringify(from.marks) === JSON.stringify(formatRuns(node))
  );
}

/**
 * Records a format change on the block now at `pos`, whose state before the edit was `before`.
 * The first record's `from` is kept through later edits so Reject returns to the original; a
 * block back in its original form loses the record; inserted and deleted blocks keep theirs.
 */
function recordFormat(
  ctx: SuggestContext,
  pos: number,
  before: Node | null,
  extra: { marks?: boolean; wrapper?: boolean } = {},
): void {
  const node = ctx.tr.doc.nodeAt(pos);
  if (!node || !canCarryChange(node)) return;
  const existing = before ? blockChangeOf(before) : blockChangeOf(node);
  if (existing && existing.kind !== 'format') {
    if (blockChangeOf(node)?.id !== existing.id) ctx.tr.setNodeAttribute(pos, 'change', existing);
    return;
  }
  let from: BlockFormat | undefined = existing?.from;
  if (before) {
    if (!from) from = formatOf(before, extra.marks === true);
    else if (extra.marks && !from.marks && before.inlineContent) {
      from = { ...from, marks: formatRuns(before) };
    }
  }
  if (from && !extra.wrapper && backToOriginal(node, from)) {
    if (node.attrs.change !== null) ctx.tr.setNodeAttribute(pos, 'change', null);
    return;
  }
  const who = existing && ctx.joinable(existing) ? existing : ctx.fresh('format');
  const record: BlockChange = {
    ...ctx.blockChange('format', who),
    ...(from ? { from } : {}),
    ...(extra.wrapper || existing?.wrapper ? { wrapper: true } : {}),
  };
  ctx.tr.setNodeAttribute(pos, 'change', record);
}

/** A change of an attribute other than id or change: a format change with the old attributes. */
export function suggestAttr(ctx: SuggestContext, pos: number, step: Step, apply: ApplyStep): void {
  const before = ctx.tr.doc.nodeAt(pos);
  if (apply(step)) recordFormat(ctx, pos, before);
}

/** Bold, italic and other formatting: applied, and recorded on each textblock it touched. */
export function suggestMarks(
  ctx: SuggestContext,
  step: AddMarkStep | RemoveMarkStep,
  apply: ApplyStep,
): void {
  if (!FORMAT_MARKS.has(step.mark.type.name)) {
    apply(step);
    return;
  }
  const blocks: { pos: number; node: Node }[] = [];
  ctx.tr.doc.nodesBetween(step.from, step.to, (node, pos) => {
    if (!node.inlineContent) return true;
    // Formatting one's own new text is part of inserting it.
    let inserted = true;
    node.nodesBetween(Math.max(0, step.from - pos - 1), step.to - pos - 1, (child) => {
      if (child.isInline && !child.marks.some((m) => m.type.name === 'insertion')) {
        inserted = false;
      }
      return inserted;
    });
    if (!inserted) blocks.push({ pos, node });
    return false;
  });
  if (!apply(step)) return;
  for (const { pos, node } of blocks) recordFormat(ctx, pos, node, { marks: true });
}

/**
 * A step that keeps content but changes the nodes around it: re-typing a block (heading level,
 * paragraph to heading, list type) records the old type and attributes; wrapping blocks in a new
 * list or quotation marks the wrapper so Reject can unwrap; other moves (indenting a list item,
 * lifting out of a list) are recorded as a structure change on the blocks moved.
 */
export function suggestAround(
  ctx: SuggestContext,
  step: ReplaceAroundStep,
  apply: ApplyStep,
): void {
  const { from, to, gapFrom, gapTo, slice, insert } = step;
  const doc = ctx.tr.doc;
  const retype =
    gapFrom === from + 1 &&
    gapTo === to - 1 &&
    insert === 1 &&
    slice.openStart === 0 &&
    slice.openEnd === 0 &&
    slice.content.childCount === 1;
  if (retype) {
    const before = doc.nodeAt(from);
    if (apply(step)) recordFormat(ctx, from, before);
    return;
  }
  const start = ctx.tr.steps.length;
  if (!apply(step)) return;
  const map = ctx.tr.mapping.slice(start);
  if (gapFrom === from && gapTo === to) {
    recordFormat(ctx, map.map(from, -1), null, { wrapper: true });
    return;
  }
  const moved = { from: map.map(gapFrom, 1), to: map.map(gapTo, -1) };
  ctx.tr.doc.nodesBetween(moved.from, moved.to, (node, pos) => {
    if (node.isInline || pos < moved.from) return !node.isInline;
    if (canCarryChange(node) && !node.attrs.change) recordFormat(ctx, pos, null);
    return false;
  });
}

/** Whether a step is a mark step. */
export const isMarkStep = (step: Step): step is AddMarkStep | RemoveMarkStep =>
  step instanceof AddMarkStep || step instanceof RemoveMarkStep;
