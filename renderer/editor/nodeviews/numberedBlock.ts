import { DOMSerializer } from 'prosemirror-model';
import type { Node } from 'prosemirror-model';
import type { EditorView, NodeView, ViewMutationRecord } from 'prosemirror-view';
import { blockLabels } from './labelTargets';

/**
 * A heading or numbered paragraph rendered by its schema `toDOM`, with its computed number in
 * `data-label` (shown by CSS in the margin). The numbering plugin sets the label.
 */
export class NumberedBlockView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private label: string | null = null;

  constructor(
    private node: Node,
    private readonly view: EditorView,
    readonly getPos: () => number | undefined,
  ) {
    const toDOM = node.type.spec.toDOM;
    if (!toDOM) throw new RangeError(`${node.type.name} has no toDOM`);
    const { dom, contentDOM } = DOMSerializer.renderSpec(document, toDOM(node));
    if (!(dom instanceof HTMLElement) || !(contentDOM instanceof HTMLElement)) {
      throw new RangeError(`${node.type.name} must render as an element with content`);
    }
    this.dom = dom;
    this.contentDOM = contentDOM;
    blockLabels.add(view, node, this);
  }

  setLabel(label: string | null): void {
    if (label === this.label) return;
    this.label = label;
    if (label === null) this.dom.removeAttribute('data-label');
    else this.dom.setAttribute('data-label', label);
  }

  update(node: Node): boolean {
    // Other attributes (level, id) change how the block renders: let ProseMirror redraw it.
    if (node.type !== this.node.type || !node.sameMarkup(this.node)) return false;
    blockLabels.move(this.view, this.node, node, this);
    this.node = node;
    return true;
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    return mutation.type === 'attributes' && mutation.target === this.dom;
  }

  destroy(): void {
    blockLabels.remove(this.view, this.node, this);
  }
}
