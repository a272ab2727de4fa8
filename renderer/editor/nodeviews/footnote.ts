import type { Node } from 'prosemirror-model';
import { redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { EditorState, NodeSelection, TextSelection } from 'prosemirror-state';
import type { Transaction } from 'prosemirror-state';
import { StepMap } from 'prosemirror-transform';
import { EditorView } from 'prosemirror-view';
import type { NodeView } from 'prosemirror-view';
import { footnoteLabels } from './labelTargets';

const views = new WeakMap<HTMLElement, FootnoteView>();

/**
 * A footnote: a superscript marker with its computed number; selecting it opens a small inner
 * editor for its text (as in ProseMirror's footnote example). Inner edits become steps of the
 * outer document, so they are saved, numbered and undone like any other edit.
 */
export class FootnoteView implements NodeView {
  readonly dom: HTMLElement;
  private readonly marker: HTMLElement;
  private inner: EditorView | null = null;

  constructor(
    private node: Node,
    private readonly outer: EditorView,
    readonly getPos: () => number | undefined,
  ) {
    this.dom = document.createElement('span');
    this.dom.className = 'footnote';
    this.marker = document.createElement('sup');
    this.marker.className = 'footnote-marker';
    this.dom.append(this.marker);
    // A click selects the footnote (ProseMirror's mousedown) and then opens its text for typing;
    // arrow keys only select it, so reading past a footnote never traps the cursor inside.
    this.marker.addEventListener('click', () => this.focus());
    views.set(this.dom, this);
    footnoteLabels.add(outer, node, this);
    this.render();
  }

  /** Shows the footnote's number, set by the footnote numbering plugin. */
  setLabel(label: string | null): void {
    this.marker.textContent = label ?? '';
    this.marker.setAttribute('aria-label', `Footnote ${label ?? ''}`);
  }

  private render(): void {
    this.dom.setAttribute('data-id', (this.node.attrs.id as string | null) ?? '');
    this.dom.title = this.node.textContent;
  }

  /** The inner editor, while the footnote is open. */
  get innerView(): EditorView | null {
    return this.inner;
  }

  selectNode(): void {
    this.dom.classList.add('ProseMirror-selectednode');
    if (!this.inner) this.open();
  }

  deselectNode(): void {
    this.dom.classList.remove('ProseMirror-selectednode');
    if (this.inner) this.close();
  }

  /** Opens the inner editor (if needed) and puts the cursor at the end of the footnote's text. */
  focus(): void {
    if (!this.inner) this.open();
    const inner = this.inner;
    if (!inner) return;
    inner.dispatch(inner.state.tr.setSelection(TextSelection.atEnd(inner.state.doc)));
    inner.focus();
  }

  private open(): void {
    const tooltip = this.dom.appendChild(document.createElement('span'));
    tooltip.className = 'footnote-editor';
    const outer = this.outer;
    const leave = () => {
      const pos = this.getPos();
      if (pos === undefined) return true;
      const after = TextSelection.create(outer.state.doc, pos + this.node.nodeSize);
      outer.dispatch(outer.state.tr.setSelection(after));
      outer.focus();
      return true;
    };
    this.inner = new EditorView(tooltip, {
      state: EditorState.create({
        doc: this.node,
        plugins: [
          keymap({
            'Mod-z': () => undo(outer.state, (tr) => outer.dispatch(tr)),
            'Mod-y': () => redo(outer.state, (tr) => outer.dispatch(tr)),
            'Mod-Shift-z': () => redo(outer.state, (tr) => outer.dispatch(tr)),
            Escape: leave,
            Enter: leave,
          }),
        ],
      }),
      dispatchTransaction: (tr) => this.dispatchInner(tr),
      editable: () => outer.editable,
      attributes: { 'aria-label': 'Footnote text', class: 'footnote-text' },
      handleDOMEvents: {
        mousedown: () => {
          // Clicking into the footnote while the outer editor has focus moves focus inside.
          if (this.inner && outer.hasFocus()) this.inner.focus();
          return false;
        },
      },
    });
  }

  private close(): void {
    this.inner?.destroy();
    this.inner = null;
    this.dom.querySelector('.footnote-editor')?.remove();
  }

  private dispatchInner(tr: Transaction): void {
    const inner = this.inner;
    if (!inner) return;
    const { state, transactions } = inner.state.applyTransaction(tr);
    inner.updateState(state);
    if (tr.getMeta('fromOutside')) return;
    const pos = this.getPos();
    if (pos === undefined) return;
    const outerTr = this.outer.state.tr;
    const offset = StepMap.offset(pos + 1);
    for (const t of transactions)
      for (const step of t.steps) {
        const mapped = step.map(offset);
        if (mapped) outerTr.step(mapped);
      }
    if (outerTr.docChanged) this.outer.dispatch(outerTr);
  }

  update(node: Node): boolean {
    if (node.type !== this.node.type) return false;
    footnoteLabels.move(this.outer, this.node, node, this);
    this.node = node;
    this.render();
    const inner = this.inner;
    if (inner) {
      const state = inner.state;
      const start = node.content.findDiffStart(state.doc.content);
      if (start !== null) {
        let { a: endA, b: endB } = node.content.findDiffEnd(state.doc.content) ?? {
          a: node.content.size,
          b: state.doc.content.size,
        };
        const overlap = start - Math.min(endA, endB);
        if (overlap > 0) {
          endA += overlap;
          endB += overlap;
        }
        inner.dispatch(
          state.tr.replace(start, endB, node.slice(start, endA)).setMeta('fromOutside', true),
        );
      }
    }
    return true;
  }

  destroy(): void {
    if (this.inner) this.close();
    views.delete(this.dom);
    footnoteLabels.remove(this.outer, this.node, this);
  }

  stopEvent(event: Event): boolean {
    return (
      !!this.inner &&
      event.target instanceof globalThis.Node &&
      this.inner.dom.contains(event.target)
    );
  }

  ignoreMutation(): boolean {
    return true;
  }
}

function footnoteViewAt(view: EditorView, pos: number): FootnoteView | undefined {
  const dom = view.nodeDOM(pos);
  return dom instanceof HTMLElement ? views.get(dom) : undefined;
}

/** The inner editor of the footnote at `pos` while it is open, else null. */
export function footnoteEditorAt(view: EditorView, pos: number): EditorView | null {
  return footnoteViewAt(view, pos)?.innerView ?? null;
}

/** Opens and focuses the footnote the outer selection holds (after inserting one). */
export function focusSelectedFootnote(view: EditorView): boolean {
  const { selection } = view.state;
  if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'footnote')
    return false;
  const footnote = footnoteViewAt(view, selection.from);
  if (!footnote) return false;
  footnote.focus();
  return true;
}
