import type { Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import {
  AddMarkStep,
  AttrStep,
  RemoveMarkStep,
  ReplaceAroundStep,
  ReplaceStep,
} from 'prosemirror-transform';
import type { Slice } from 'prosemirror-model';

/** A range of positions in a document. */
export interface Range {
  from: number;
  to: number;
}

/** Attributes of top-level blocks that numbering and the outline depend on. */
const STRUCTURAL_ATTRS = new Set(['level', 'numbered']);

/**
 * The ranges of the final document touched by the steps of these transactions (replaced
 * content and nodes whose attributes were set), sorted and merged. Marks-only steps touch none.
 */
export function changedRanges(trs: readonly Transaction[]): Range[] {
  let ranges: Range[] = [];
  for (const tr of trs) {
    for (const step of tr.steps) {
      const map = step.getMap();
      ranges = ranges.map((r) => {
        const from = map.map(r.from, -1);
        return { from, to: Math.max(from, map.map(r.to, 1)) };
      });
      map.forEach((_oldStart, _oldEnd, newStart, newEnd) =>
        ranges.push({ from: newStart, to: newEnd }),
      );
      if (step instanceof AttrStep) ranges.push({ from: step.pos, to: step.pos + 1 });
    }
  }
  ranges.sort((a, b) => a.from - b.from);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else merged.push({ ...r });
  }
  return merged;
}

/**
 * Whether replacing `from..to` with `slice` stays inside one top-level block: both ends lie in
 * the same block and the slice's open sides do not reach the document level (a split does).
 */
function insideOneBlock(doc: Node, from: number, to: number, slice: Slice): boolean {
  const $from = doc.resolve(from);
  const $to = from === to ? $from : doc.resolve(to);
  return (
    $from.depth > slice.openStart && $to.depth > slice.openEnd && $from.index(0) === $to.index(0)
  );
}

/**
 * Whether a transaction leaves the top-level structure alone: every step works inside a single
 * top-level block, so the blocks' count, types and levels (and so all numbers) are unchanged.
 */
export function isTextOnly(tr: Transaction): boolean {
  for (let i = 0; i < tr.steps.length; i++) {
    const step = tr.steps[i];
    const doc = tr.docs[i];
    if (!step || !doc) continue;
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) continue;
    if (step instanceof AttrStep) {
      if (STRUCTURAL_ATTRS.has(step.attr) && doc.resolve(step.pos).depth === 0) return false;
      continue;
    }
    if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) {
      if (!insideOneBlock(doc, step.from, step.to, step.slice)) return false;
      continue;
    }
    // Any other kind of step: assume it may restructure the document.
    return false;
  }
  return true;
}

/**
 * Whether a transaction may have changed the outline: the top-level structure, or the text or
 * attributes of a heading.
 */
export function touchesOutline(tr: Transaction): boolean {
  if (!tr.docChanged) return false;
  if (!isTextOnly(tr)) return true;
  return changedRanges([tr]).some(({ from }) => {
    const $pos = tr.doc.resolve(from);
    const block = $pos.depth > 0 ? $pos.node(1) : $pos.nodeAfter;
    return block?.type.name === 'heading';
  });
}
