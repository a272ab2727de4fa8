import type { Node } from 'prosemirror-model';
import { EditorState, Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, EditorView } from 'prosemirror-view';
import { blockChangeOf } from '../../../shared/changes/blockChange';
import { footnoteNumbersPlugin } from '../plugins/footnoteNumbers';
import { nodeViewsPlugin } from '../plugins/nodeViews';
import { numberingPlugin } from '../plugins/numbering';

/** A range of the shown document to highlight and scroll to (the change being looked at). */
export interface Highlight {
  from: number;
  to: number;
}

/** What the read-only view shows besides the document itself. */
export interface ReadOnlyOptions {
  /** Accessible name of the document, e.g. "Version “Draft 2” (read-only)". */
  label: string;
  /** Ids of changes that are moves: their two halves are labelled "Moved from here" / "Moved here". */
  moved?: ReadonlySet<string>;
}

/** A mounted read-only document: highlight a range, and take it down. */
export interface ReadOnlyView {
  readonly view: EditorView;
  /** Highlights a range (or nothing) and scrolls it into the middle of the view. */
  highlight(range: Highlight | null): void;
  destroy(): void;
}

const highlightKey = new PluginKey<Highlight | null>('readOnlyHighlight');

function movedLabel(text: string): HTMLElement {
  const label = document.createElement('span');
  label.className = 'change-moved-label';
  label.textContent = text;
  return label;
}

/**
 * Node decorations for block-level changes (classes for the CSS to mark whole inserted, deleted
 * and re-formatted blocks, which may be empty) and labels on both halves of each move. Computed
 * once: the document never changes.
 */
function changeDecorations(doc: Node, moved: ReadonlySet<string>): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.isInline) return false;
    const change = blockChangeOf(node);
    if (!change) return true;
    const isMove = moved.has(change.id) && change.kind !== 'format';
    const kind = isMove ? 'moved' : change.kind;
    decorations.push(
      Decoration.node(pos, pos + node.nodeSize, {
        class: `change-block change-block-${kind}`,
        'data-change': change.id,
        'data-change-kind': change.kind,
      }),
    );
    if (isMove) {
      const text = change.kind === 'delete' ? 'Moved from here' : 'Moved here';
      decorations.push(Decoration.widget(pos, () => movedLabel(text), { side: -1, key: text }));
    }
    // Inside a whole inserted or deleted block the marks say the rest.
    return change.kind === 'format';
  });
  return DecorationSet.create(doc, decorations);
}

function highlightDecorations(doc: Node, range: Highlight | null): DecorationSet {
  if (!range) return DecorationSet.empty;
  const decorations = [Decoration.inline(range.from, range.to, { class: 'change-current' })];
  // Blocks wholly inside the range get a frame, so an empty inserted paragraph shows too.
  doc.nodesBetween(range.from, range.to, (node, pos) => {
    if (node.isInline) return false;
    if (pos >= range.from && pos + node.nodeSize <= range.to) {
      decorations.push(
        Decoration.node(pos, pos + node.nodeSize, { class: 'change-current-block' }),
      );
      return false;
    }
    return true;
  });
  return DecorationSet.create(doc, decorations);
}

function readOnlyPlugin(doc: Node, moved: ReadonlySet<string>): Plugin<Highlight | null> {
  const changes = changeDecorations(doc, moved);
  return new Plugin<Highlight | null>({
    key: highlightKey,
    state: {
      init: () => null,
      apply: (tr, value) => {
        const next: unknown = tr.getMeta(highlightKey);
        return next === undefined ? value : (next as Highlight | null);
      },
    },
    props: {
      decorations(state) {
        const range = highlightKey.getState(state) ?? null;
        if (!range) return changes;
        return changes.add(state.doc, highlightDecorations(state.doc, range).find());
      },
    },
  });
}

function scrollIntoView(view: EditorView, pos: number): void {
  // A block starting at `pos` is its own element; inside text, the text's parent is.
  const node = view.nodeDOM(pos) ?? view.domAtPos(pos).node;
  const element = node instanceof HTMLElement ? node : node.parentElement;
  // happy-dom and older engines may lack it; scrolling is a nicety, not a requirement.
  if (typeof element?.scrollIntoView === 'function') {
    element.scrollIntoView({ block: 'center' });
  }
}

/**
 * Shows a document read-only, as the editor lays it out (numbering, action-record cards,
 * footnote numbers and change marks) but with none of the editing plugins: for opening a saved
 * version and for the comparison view.
 */
export function mountReadOnlyView(
  place: HTMLElement,
  doc: Node,
  options: ReadOnlyOptions,
): ReadOnlyView {
  place.classList.add('accord-editor', 'accord-readonly');
  const state = EditorState.create({
    doc,
    plugins: [
      numberingPlugin(),
      footnoteNumbersPlugin(),
      nodeViewsPlugin(),
      readOnlyPlugin(doc, options.moved ?? new Set()),
    ],
  });
  const view: EditorView = new EditorView(place, {
    state,
    editable: () => false,
    attributes: {
      class: 'accord-document',
      role: 'document',
      'aria-label': options.label,
      'aria-readonly': 'true',
    },
    dispatchTransaction(tr: Transaction) {
      // Only highlights and selections arrive here: the document itself never changes.
      if (tr.docChanged) return;
      view.updateState(view.state.apply(tr));
    },
  });
  return {
    view,
    highlight(range) {
      const size = view.state.doc.content.size;
      const clamped = range && {
        from: Math.max(0, Math.min(range.from, size)),
        to: Math.max(0, Math.min(range.to, size)),
      };
      view.dispatch(view.state.tr.setMeta(highlightKey, clamped));
      if (clamped) scrollIntoView(view, clamped.from);
    },
    destroy() {
      view.destroy();
      place.classList.remove('accord-editor', 'accord-readonly');
    },
  };
}
