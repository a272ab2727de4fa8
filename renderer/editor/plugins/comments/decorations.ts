import type { Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { AddMarkStep, RemoveMarkStep } from 'prosemirror-transform';
import { Decoration, type DecorationSet } from 'prosemirror-view';
import { rangesOf, type AnchorRange } from '../../../../shared/comments';
import { changedRanges } from '../../changes';

/** Class of the focused thread's highlight. */
export const ACTIVE_CLASS = 'comment-active';
/** Class of the text a comment being written will cover. */
export const PENDING_CLASS = 'comment-pending';

interface Spec {
  kind: 'active' | 'pending';
}

const isActive = (spec: Spec) => spec.kind === 'active';
const isPending = (spec: Spec) => spec.kind === 'pending';

function activeDeco(from: number, to: number): Decoration {
  const spec: Spec = { kind: 'active' };
  return Decoration.inline(from, to, { class: ACTIVE_CLASS }, spec);
}

/** The active thread's highlight over all of its ranges (a walk of changed blocks only). */
export function withActive(set: DecorationSet, doc: Node, id: string | null): DecorationSet {
  const cleared = set.remove(set.find(undefined, undefined, isActive));
  if (id === null) return cleared;
  return cleared.add(
    doc,
    rangesOf(doc, id).map((r) => activeDeco(r.from, r.to)),
  );
}

/** Ranges of `tr.doc` that its steps replaced, or whose marks they changed. */
function touched(tr: Transaction): AnchorRange[] {
  const ranges = changedRanges([tr]);
  tr.steps.forEach((step, i) => {
    if (!(step instanceof AddMarkStep || step instanceof RemoveMarkStep)) return;
    const after = tr.mapping.slice(i + 1);
    ranges.push({ from: after.map(step.from, 1), to: after.map(step.to, -1) });
  });
  return ranges;
}

/**
 * The active highlight after an edit, without walking the document: the mapped set, with the
 * touched ranges (widened to the decorations they touch) scanned again for the thread's mark.
 */
export function refreshActive(set: DecorationSet, tr: Transaction, id: string): DecorationSet {
  let next = set;
  const doc = tr.doc;
  for (const range of touched(tr)) {
    const stale = next.find(range.from, range.to, isActive);
    const lo = Math.min(range.from, ...stale.map((d) => d.from));
    const hi = Math.min(doc.content.size, Math.max(range.to, ...stale.map((d) => d.to)));
    const fresh: Decoration[] = [];
    doc.nodesBetween(lo, hi, (node, pos) => {
      if (!node.isInline) return true;
      if (node.marks.some((m) => m.type.name === 'comment' && m.attrs.id === id)) {
        const from = Math.max(lo, pos);
        const to = Math.min(hi, pos + node.nodeSize);
        const last = fresh.at(-1);
        if (last && last.to === from) fresh[fresh.length - 1] = activeDeco(last.from, to);
        else if (from < to) fresh.push(activeDeco(from, to));
        return false;
      }
      return node.childCount > 0;
    });
    next = next.remove(stale).add(doc, fresh);
  }
  return next;
}

/** The set with the pending-comment highlight moved to `range` (or removed). */
export function withPending(
  set: DecorationSet,
  doc: Node,
  range: AnchorRange | null,
): DecorationSet {
  const cleared = set.remove(set.find(undefined, undefined, isPending));
  if (!range) return cleared;
  const spec: Spec = { kind: 'pending' };
  return cleared.add(doc, [
    Decoration.inline(range.from, range.to, { class: PENDING_CLASS }, spec),
  ]);
}
