import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState, PluginView, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { footnoteLabels } from '../nodeviews/labelTargets';

/** Where the footnotes are, in document order; `generation` changes when one comes or goes. */
interface Footnotes {
  positions: readonly number[];
  generation: number;
}

const footnoteNumbersKey = new PluginKey<Footnotes>('footnoteNumbers');

function containsFootnote(doc: Node, from: number, to: number): boolean {
  if (from >= to) return false;
  let found = false;
  doc.nodesBetween(from, to, (node, pos) => {
    if (found || node.isText) return false;
    if (node.type.name === 'footnote') {
      // A footnote merely edited inside is not added or removed.
      if (pos >= from && pos + node.nodeSize <= to) found = true;
      return false;
    }
    return !node.isInline;
  });
  return found;
}

/** Whether any step inserted or removed a whole footnote. */
function footnotesChanged(tr: Transaction): boolean {
  return tr.steps.some((step, i) => {
    const before = tr.docs[i];
    const after = tr.docs[i + 1] ?? tr.doc;
    if (!before) return false;
    let changed = false;
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      changed ||=
        containsFootnote(before, oldStart, oldEnd) || containsFootnote(after, newStart, newEnd);
    });
    return changed;
  });
}

function findFootnotes(doc: Node): number[] {
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'footnote') {
      positions.push(pos);
      return false;
    }
    return !node.isInline;
  });
  return positions;
}

/** The number of the footnote at `pos` (1-based), or null when there is none. */
export function footnoteNumberAt(state: EditorState, pos: number): number | null {
  const positions = footnoteNumbersKey.getState(state)?.positions ?? [];
  let low = 0;
  let high = positions.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = positions[mid] ?? 0;
    if (at === pos) return mid + 1;
    if (at < pos) low = mid + 1;
    else high = mid - 1;
  }
  return null;
}

/** Hands each footnote node view its number. */
class FootnoteNumbersView implements PluginView {
  constructor(view: EditorView) {
    footnoteLabels.takePending(view);
    this.pushAll(view);
  }

  private pushAll(view: EditorView): void {
    const { doc } = view.state;
    footnoteNumbersKey.getState(view.state)?.positions.forEach((pos, i) => {
      const node = doc.nodeAt(pos);
      if (node) footnoteLabels.target(view, node)?.setLabel(String(i + 1));
    });
  }

  update(view: EditorView, prevState: EditorState): void {
    const pending = footnoteLabels.takePending(view);
    const now = footnoteNumbersKey.getState(view.state);
    if (now?.generation !== footnoteNumbersKey.getState(prevState)?.generation) {
      this.pushAll(view);
      return;
    }
    for (const target of pending) {
      const pos = target.getPos();
      const number = pos === undefined ? null : footnoteNumberAt(view.state, pos);
      target.setLabel(number === null ? null : String(number));
    }
  }
}

/**
 * Numbers footnotes in document order. Typing only maps their positions; a transaction that
 * adds or removes a footnote finds them again and renumbers.
 */
export function footnoteNumbersPlugin(): Plugin<Footnotes> {
  return new Plugin<Footnotes>({
    key: footnoteNumbersKey,
    state: {
      init: (_config, state) => ({ positions: findFootnotes(state.doc), generation: 0 }),
      apply(tr, value) {
        if (!tr.docChanged) return value;
        if (footnotesChanged(tr))
          return { positions: findFootnotes(tr.doc), generation: value.generation + 1 };
        if (!value.positions.length) return value;
        return {
          positions: value.positions.map((pos) => tr.mapping.map(pos)),
          generation: value.generation,
        };
      },
    },
    view: (view) => new FootnoteNumbersView(view),
  });
}
