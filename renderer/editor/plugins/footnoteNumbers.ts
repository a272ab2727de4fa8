import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import type { Transaction } from 'prosemirror-state';
import { DecorationSet } from 'prosemirror-view';
import type { Decoration } from 'prosemirror-view';
import { labelDecoration } from './numbering';

const footnoteNumbersKey = new PluginKey<DecorationSet>('footnoteNumbers');

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

function numberFootnotes(doc: Node): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'footnote') {
      decorations.push(labelDecoration(pos, node, String(decorations.length + 1)));
      return false;
    }
    return !node.isInline;
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Numbers footnotes in document order through node decorations. Typing maps the set; only a
 * transaction that adds or removes a footnote renumbers them.
 */
export function footnoteNumbersPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: footnoteNumbersKey,
    state: {
      init: (_config, state) => numberFootnotes(state.doc),
      apply(tr, value) {
        if (!tr.docChanged) return value;
        return footnotesChanged(tr) ? numberFootnotes(tr.doc) : value.map(tr.mapping, tr.doc);
      },
    },
    props: {
      decorations: (state) => footnoteNumbersKey.getState(state),
    },
  });
}
