import type { Node, Slice } from 'prosemirror-model';
import { isHistoryTransaction } from 'prosemirror-history';
import { Selection, TextSelection } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import {
  AddMarkStep,
  AttrStep,
  RemoveMarkStep,
  ReplaceAroundStep,
  ReplaceStep,
} from 'prosemirror-transform';
import type { Step } from 'prosemirror-transform';
import { isChangeMark } from '../../../../shared/changes';
import { SuggestContext, type Suggestor } from './context';
import { deletedRange } from './deletedRange';
import { isMarkStep, suggestAround, suggestAttr, suggestMarks } from './suggestFormat';
import { markDeleted, markInserted } from './suggestText';

declare module 'prosemirror-transform' {
  interface Mapping {
    // Public in the JavaScript but left out of the typings; prosemirror-collab rebases with it.
    setMirror(n: number, m: number): void;
  }
}

/** Whether a step changes content a reader sees (not ids, change records or comment marks). */
function significant(step: Step): boolean {
  if (step instanceof AttrStep) return step.attr !== 'id' && step.attr !== 'change';
  if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) {
    return !isChangeMark(step.mark) && step.mark.type.name !== 'comment';
  }
  return true;
}

/**
 * Whether a transaction is a user edit to turn into suggestions: it changes the document, is
 * not undo/redo, not appended by a plugin, not marked to be left alone, and not programmatic
 * (addToHistory false).
 */
export function isUserEdit(tr: Transaction, skip: (tr: Transaction) => boolean): boolean {
  return (
    tr.docChanged &&
    !isHistoryTransaction(tr) &&
    !skip(tr) &&
    tr.getMeta('appendedTransaction') === undefined &&
    tr.getMeta('addToHistory') !== false &&
    tr.steps.some(significant)
  );
}

// A slice with no text and at most one textblock, which a deletion puts in to keep the
// document valid: an empty paragraph in place of deleted content, or the opening of the block
// the deletion ends in (deleting from before a block into a later one). It adds no break, and
// with the content kept as deleted it is not needed; inserted, it would split that block.
function placeholder(slice: Slice): boolean {
  let text = false;
  let textblocks = 0;
  slice.content.descendants((node) => {
    if (node.isInline) text = true;
    if (node.isTextblock) textblocks++;
    return !text;
  });
  return !text && textblocks <= 1;
}

interface Entry {
  step: Step;
  doc: Node;
  tracked: boolean;
}

/** What the replay learned about a collapsed deletion, to place the cursor as Word does. */
interface Collapsed {
  from: number;
  to: number;
  /** The step index the positions belong to. */
  at: number;
}

class Replay {
  collapsed: Collapsed | null = null;

  constructor(readonly ctx: SuggestContext) {}

  private apply = (step: Step): boolean => !this.ctx.tr.maybeStep(step).failed;

  /** Applies one user step, already mapped onto the document being built, as a suggestion. */
  step(step: Step, mirror: number): void {
    const { tr } = this.ctx;
    if (step instanceof ReplaceStep) this.replace(step, mirror);
    else if (step instanceof ReplaceAroundStep) suggestAround(this.ctx, step, this.apply);
    else if (isMarkStep(step)) suggestMarks(this.ctx, step, this.apply);
    else if (step instanceof AttrStep && significant(step)) {
      suggestAttr(this.ctx, step.pos, step, this.apply);
    } else if (this.apply(step)) tr.mapping.setMirror(mirror, tr.steps.length - 1);
  }

  private replace(step: ReplaceStep, mirror: number): void {
    const { tr } = this.ctx;
    const { from, to, slice } = step;
    let inserted: { from: number; to: number } | null = null;
    if (slice.size > 0 && !(from < to && placeholder(slice))) {
      const start = tr.steps.length;
      if (this.apply(new ReplaceStep(to, to, slice))) {
        tr.mapping.setMirror(mirror, tr.steps.length - 1);
      } else {
        tr.replace(to, to, slice);
      }
      const map = tr.mapping.slice(start);
      inserted = { from: map.map(to, -1), to: map.map(to, 1) };
    }
    if (inserted && inserted.to > inserted.from) markInserted(this.ctx, inserted.from, inserted.to);
    if (from < to) {
      const at = tr.steps.length;
      const range = deletedRange(tr.doc, from, to);
      markDeleted(this.ctx, range.from, range.to);
      this.collapsed = { from, to, at };
    }
  }
}

/**
 * Rebuilds the transactions' edits as suggestions: undoes their steps, then replays each user
 * step in suggestion form (other plugins' appended steps as they were), rebasing later steps
 * over the earlier ones as collaborative editing does. Returns the transaction to append, or
 * null when there is nothing to track. Only the steps' ranges are looked at.
 */
export function replayAsSuggestions(
  trs: readonly Transaction[],
  oldState: EditorState,
  state: EditorState,
  who: Suggestor,
  skip: (tr: Transaction) => boolean,
): Transaction | null {
  const first = trs.findIndex((t) => isUserEdit(t, skip));
  if (first < 0) return null;
  const entries: Entry[] = [];
  for (const t of trs.slice(first)) {
    const tracked = isUserEdit(t, skip);
    t.steps.forEach((step, i) => entries.push({ step, doc: t.docs[i]!, tracked }));
  }
  const tr = state.tr;
  const only = entries.length === 1 ? entries[0]!.step : null;
  if (only instanceof ReplaceStep && only.from === only.to) {
    // Typing: nothing was deleted, so the text only needs its marks (the common, cheap case).
    markInserted(new SuggestContext(tr, who), only.from, only.from + only.slice.size);
    return tr;
  }
  for (let i = entries.length - 1; i >= 0; i--) tr.step(entries[i]!.step.invert(entries[i]!.doc));
  const replay = new Replay(new SuggestContext(tr, who));
  let mapFrom = entries.length;
  let userSteps = 0;
  for (const entry of entries) {
    const mapped = entry.step.map(tr.mapping.slice(mapFrom));
    mapFrom--;
    if (!mapped) continue;
    if (entry.tracked) {
      userSteps++;
      replay.step(mapped, mapFrom);
    } else if (!tr.maybeStep(mapped).failed) {
      tr.mapping.setMirror(mapFrom, tr.steps.length - 1);
    }
  }
  const before = first === 0 ? oldState.selection : trs[first - 1]!.selection;
  placeCursor(tr, state, before, userSteps === 1 ? replay.collapsed : null);
  if (trs.some((t) => t.scrolledIntoView)) tr.scrollIntoView();
  return tr;
}

/**
 * After Backspace the cursor goes before the deleted text, after Delete past it, skipping text
 * deleted earlier, as Word does; after anything else it follows the user's own selection.
 */
function placeCursor(
  tr: Transaction,
  state: EditorState,
  before: Selection,
  collapsed: Collapsed | null,
): void {
  const backward = collapsed && before.empty && collapsed.to === before.head;
  const forward = collapsed && before.empty && collapsed.from === before.head;
  if (!collapsed || (!backward && !forward)) {
    tr.setSelection(state.selection.map(tr.doc, tr.mapping));
    return;
  }
  const map = tr.mapping.slice(collapsed.at);
  let pos = backward ? map.map(collapsed.from, -1) : map.map(collapsed.to, 1);
  const deleted = (node: Node | null | undefined) =>
    !!node?.marks.some((m) => m.type.name === 'deletion');
  for (;;) {
    const $pos = tr.doc.resolve(pos);
    const next = backward ? $pos.nodeBefore : $pos.nodeAfter;
    if (!next || !deleted(next)) break;
    pos += backward ? -next.nodeSize : next.nodeSize;
  }
  const $pos = tr.doc.resolve(pos);
  tr.setSelection(
    $pos.parent.inlineContent ? TextSelection.create(tr.doc, pos) : Selection.near($pos),
  );
}
