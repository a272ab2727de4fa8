import type { Node } from 'prosemirror-model';
import type { EditorView, NodeView, ViewMutationRecord } from 'prosemirror-view';
import { ACTION_STATUSES } from '../../../shared/schema';
import { blockLabels } from './labelTargets';

/**
 * An action record as a card: a header with its computed ID (B.2) and a status choice, then its
 * fields. Changing the status sets the attribute in one undoable transaction.
 */
export class ActionRecordView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly header: HTMLElement;
  private readonly idElement: HTMLElement;
  private readonly select: HTMLSelectElement;

  constructor(
    private node: Node,
    private readonly view: EditorView,
    readonly getPos: () => number | undefined,
  ) {
    this.dom = document.createElement('section');
    this.dom.className = 'action-record';
    this.header = document.createElement('div');
    this.header.className = 'action-header';
    this.header.contentEditable = 'false';
    const title = document.createElement('span');
    title.className = 'action-title';
    title.textContent = 'Action ';
    this.idElement = document.createElement('span');
    this.idElement.className = 'action-id';
    title.append(this.idElement);
    this.select = document.createElement('select');
    this.select.className = 'action-status';
    this.select.setAttribute('aria-label', 'Status');
    this.select.setAttribute('data-editable-control', '');
    for (const status of ACTION_STATUSES) {
      const option = document.createElement('option');
      option.value = status.key;
      option.textContent = status.label;
      this.select.append(option);
    }
    this.select.addEventListener('change', () => this.setStatus(this.select.value));
    this.header.append(title, this.select);
    this.contentDOM = document.createElement('div');
    this.contentDOM.className = 'action-fields';
    this.dom.append(this.header, this.contentDOM);
    this.render();
    blockLabels.add(view, node, this);
  }

  /** Shows the record's computed ID (B.2), set by the numbering plugin. */
  setLabel(label: string | null): void {
    this.idElement.textContent = label ?? '';
    if (label === null) this.dom.removeAttribute('data-label');
    else this.dom.setAttribute('data-label', label);
  }

  private render(): void {
    const status = this.node.attrs.status as string;
    this.dom.setAttribute('data-id', (this.node.attrs.id as string | null) ?? '');
    this.dom.setAttribute('data-status', status);
    this.select.value = status;
    this.select.disabled = !this.view.editable;
  }

  private setStatus(status: string): void {
    const pos = this.getPos();
    if (pos === undefined || !this.view.editable) {
      this.select.value = this.node.attrs.status as string;
      return;
    }
    this.view.dispatch(this.view.state.tr.setNodeAttribute(pos, 'status', status));
  }

  update(node: Node): boolean {
    if (node.type !== this.node.type) return false;
    blockLabels.move(this.view, this.node, node, this);
    this.node = node;
    this.render();
    return true;
  }

  destroy(): void {
    blockLabels.remove(this.view, this.node, this);
  }

  stopEvent(event: Event): boolean {
    return event.target instanceof globalThis.Node && this.header.contains(event.target);
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type === 'selection') return false;
    return !this.contentDOM.contains(mutation.target);
  }
}
