import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState, PluginView, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { initialNumbering, numberBlock } from '../../../shared/document/numbering';
import type { BlockLabel, NumberingState } from '../../../shared/document/numbering';
import { changedRanges, isTextOnly } from '../changes';
import { blockLabels } from '../nodeviews/labelTargets';

/** What the numbering plugin keeps: labels by top-level index and the counters before each. */
interface Numbering {
  labels: readonly BlockLabel[];
  /** The counters before each top-level block, plus those after the last (length childCount + 1). */
  incoming: readonly NumberingState[];
}

const numberingKey = new PluginKey<Numbering>('numbering');

// Above this many new node views (a whole document drawn), one pass over the blocks is cheaper
// than locating each view.
const BULK = 16;

function sameCounters(a: NumberingState | undefined, b: NumberingState | undefined): boolean {
  if (!a || !b) return false;
  return (
    a.area === b.area &&
    a.actions === b.actions &&
    a.headings.every((v, i) => v === b.headings[i]) &&
    a.paragraphs.every((v, i) => v === b.paragraphs[i])
  );
}

function numberAll(doc: Node): Numbering {
  const labels: BlockLabel[] = [];
  const incoming: NumberingState[] = [];
  let state = initialNumbering();
  doc.forEach((child) => {
    incoming.push(state);
    const [label, next] = numberBlock(state, child);
    labels.push(label);
    state = next;
  });
  incoming.push(state);
  return { labels, incoming };
}

/** The top-level index range [start, end) that the transaction's steps touched in its doc. */
function touchedBlocks(tr: Transaction): [number, number] {
  const ranges = changedRanges([tr]);
  const first = ranges[0];
  const last = ranges.at(-1);
  if (!first || !last) return [tr.doc.childCount, 0];
  const $end = tr.doc.resolve(last.to);
  return [tr.doc.resolve(first.from).index(0), $end.index(0) + ($end.depth > 0 ? 1 : 0)];
}

/**
 * Renumbers after a structural change, from the first top-level block that changed, stopping
 * as soon as the counters match the old ones over an unchanged tail.
 */
function renumber(old: Numbering, tr: Transaction): Numbering {
  const before = tr.before;
  const doc = tr.doc;
  const oldCount = before.childCount;
  const count = doc.childCount;
  const [touchedStart, touchedEnd] = touchedBlocks(tr);
  let start = 0;
  while (start < oldCount && start < count && before.child(start) === doc.child(start)) start++;
  start = Math.min(start, touchedStart);
  let same = 0;
  while (
    same < oldCount - start &&
    same < count - start &&
    before.child(oldCount - 1 - same) === doc.child(count - 1 - same)
  )
    same++;
  const tailStart = Math.max(count - same, touchedEnd);
  const shift = count - oldCount;

  const labels = old.labels.slice(0, start);
  const incoming = old.incoming.slice(0, start);
  let counters = old.incoming[start] ?? initialNumbering();
  let stop = count;
  for (let i = start; i < count; i++) {
    if (i >= tailStart && sameCounters(counters, old.incoming[i - shift])) {
      stop = i;
      break;
    }
    incoming.push(counters);
    const [label, next] = numberBlock(counters, doc.child(i));
    labels.push(label);
    counters = next;
  }
  for (let i = stop; i < count; i++) {
    labels.push(old.labels[i - shift] ?? null);
    incoming.push(old.incoming[i - shift] ?? counters);
  }
  incoming.push(stop < count ? (old.incoming[oldCount] ?? counters) : counters);
  return { labels, incoming };
}

/** Pushes labels to the node views of top-level blocks after each update. */
class NumberingView implements PluginView {
  constructor(view: EditorView) {
    blockLabels.takePending(view);
    this.pushAll(view);
  }

  private pushAll(view: EditorView): void {
    const labels = numberingLabels(view.state);
    view.state.doc.forEach((child, _offset, index) => {
      blockLabels.target(view, child)?.setLabel(labels[index] ?? null);
    });
  }

  update(view: EditorView, prevState: EditorState): void {
    const pending = blockLabels.takePending(view);
    const labels = numberingLabels(view.state);
    if (labels !== numberingKey.getState(prevState)?.labels || pending.length > BULK) {
      this.pushAll(view);
      return;
    }
    for (const target of pending) {
      const pos = target.getPos();
      if (pos !== undefined) target.setLabel(labels[view.state.doc.resolve(pos).index(0)] ?? null);
    }
  }
}

/**
 * Computes the numbers of headings, numbered paragraphs and action records. Edits inside blocks
 * keep the labels as they are; structural edits renumber from the first changed top-level
 * block. The plugin's view hands each label to the node view that shows it.
 */
export function numberingPlugin(): Plugin<Numbering> {
  return new Plugin<Numbering>({
    key: numberingKey,
    state: {
      init: (_config, state) => numberAll(state.doc),
      apply(tr, value) {
        if (!tr.docChanged || isTextOnly(tr)) return value;
        return renumber(value, tr);
      },
    },
    view: (view) => new NumberingView(view),
  });
}

/** Labels of the top-level blocks by index (null for blocks without a number). */
export function numberingLabels(state: EditorState): readonly BlockLabel[] {
  const value = numberingKey.getState(state);
  if (!value) throw new RangeError('The numbering plugin is not part of this editor state');
  return value.labels;
}
