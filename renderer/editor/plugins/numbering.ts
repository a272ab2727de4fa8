import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { initialNumbering, numberBlock } from '../../../shared/document/numbering';
import type { BlockLabel, NumberingState } from '../../../shared/document/numbering';
import { changedRanges, isTextOnly } from '../changes';

/** What the numbering plugin keeps: labels by top-level index and the counters before each. */
interface Numbering {
  labels: readonly BlockLabel[];
  /** The counters before each top-level block, plus those after the last (length childCount + 1). */
  incoming: readonly NumberingState[];
  decorations: DecorationSet;
}

const numberingKey = new PluginKey<Numbering>('numbering');

/** The spec of a label decoration; node views read `label` from it. */
export interface LabelSpec {
  label: string;
}

/** The label a node view was given through its decorations, or null. */
export function labelFrom(decorations: readonly Decoration[]): string | null {
  for (const d of decorations) {
    const spec: unknown = d.spec;
    if (typeof spec === 'object' && spec !== null && 'label' in spec) {
      if (typeof spec.label === 'string') return spec.label;
    }
  }
  return null;
}

/** A node decoration showing a computed number through `data-label`. */
export function labelDecoration(pos: number, node: Node, label: string): Decoration {
  const spec: LabelSpec = { label };
  return Decoration.node(pos, pos + node.nodeSize, { 'data-label': label }, spec);
}

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
  const decorations: Decoration[] = [];
  let state = initialNumbering();
  doc.forEach((child, pos) => {
    incoming.push(state);
    const [label, next] = numberBlock(state, child);
    labels.push(label);
    if (label !== null) decorations.push(labelDecoration(pos, child, label));
    state = next;
  });
  incoming.push(state);
  return { labels, incoming, decorations: DecorationSet.create(doc, decorations) };
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
  const added: Decoration[] = [];
  let counters = old.incoming[start] ?? initialNumbering();
  let pos = 0;
  for (let i = 0; i < start; i++) pos += doc.child(i).nodeSize;
  const from = pos;
  let stop = count;
  for (let i = start; i < count; i++) {
    if (i >= tailStart && sameCounters(counters, old.incoming[i - shift])) {
      stop = i;
      break;
    }
    const child = doc.child(i);
    incoming.push(counters);
    const [label, next] = numberBlock(counters, child);
    labels.push(label);
    if (label !== null) added.push(labelDecoration(pos, child, label));
    counters = next;
    pos += child.nodeSize;
  }
  for (let i = stop; i < count; i++) {
    labels.push(old.labels[i - shift] ?? null);
    incoming.push(old.incoming[i - shift] ?? counters);
  }
  incoming.push(stop < count ? (old.incoming[oldCount] ?? counters) : counters);

  const mapped = old.decorations.map(tr.mapping, doc);
  const stale = mapped.find(from, pos, () => true).filter((d) => d.from >= from && d.from < pos);
  return { labels, incoming, decorations: mapped.remove(stale).add(doc, added) };
}

/**
 * Shows computed numbers (headings, numbered paragraphs, action-record IDs) as node decorations.
 * Edits inside blocks only map the decorations; structural edits renumber from the first
 * changed top-level block.
 */
export function numberingPlugin(): Plugin<Numbering> {
  return new Plugin<Numbering>({
    key: numberingKey,
    state: {
      init: (_config, state) => numberAll(state.doc),
      apply(tr, value) {
        if (!tr.docChanged) return value;
        if (isTextOnly(tr))
          return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) };
        return renumber(value, tr);
      },
    },
    props: {
      decorations: (state) => numberingKey.getState(state)?.decorations,
    },
  });
}

/** Labels of the top-level blocks by index (null for blocks without a number). */
export function numberingLabels(state: EditorState): readonly BlockLabel[] {
  const value = numberingKey.getState(state);
  if (!value) throw new RangeError('The numbering plugin is not part of this editor state');
  return value.labels;
}

/** The label decorations currently shown (for node views and tests). */
export function numberingDecorations(state: EditorState): DecorationSet {
  const value = numberingKey.getState(state);
  if (!value) throw new RangeError('The numbering plugin is not part of this editor state');
  return value.decorations;
}
