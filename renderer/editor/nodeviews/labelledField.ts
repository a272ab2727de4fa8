import type { Node } from 'prosemirror-model';
import type { NodeView, ViewMutationRecord } from 'prosemirror-view';
import { ACTION_FIELDS, MASTHEAD_FIELDS, labelOf } from '../../../shared/schema';

let nextLabelId = 0;

/**
 * A masthead or action-record field: a non-editable label and the editable text, grouped and
 * named by the label for assistive technology.
 */
export class LabelledFieldView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;

  constructor(
    private node: Node,
    private readonly className: string,
    fields: readonly { key: string; label: string }[],
  ) {
    const field = node.attrs.field as string;
    const label = labelOf(fields, field);
    const labelId = `accord-field-${++nextLabelId}`;
    this.dom = document.createElement('div');
    this.dom.className = className;
    this.dom.setAttribute('data-field', field);
    this.dom.setAttribute('data-id', (node.attrs.id as string | null) ?? '');
    const labelElement = document.createElement('div');
    labelElement.className = `${className}-label`;
    labelElement.id = labelId;
    labelElement.contentEditable = 'false';
    labelElement.textContent = label;
    this.contentDOM = document.createElement('div');
    this.contentDOM.className = `${className}-value`;
    this.contentDOM.setAttribute('role', 'group');
    this.contentDOM.setAttribute('aria-labelledby', labelId);
    this.dom.append(labelElement, this.contentDOM);
  }

  update(node: Node): boolean {
    if (node.type !== this.node.type || node.attrs.field !== this.node.attrs.field) return false;
    this.node = node;
    this.dom.setAttribute('data-id', (node.attrs.id as string | null) ?? '');
    return true;
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type === 'selection') return false;
    return !this.contentDOM.contains(mutation.target);
  }
}

/** A masthead line (Symbol, Date, Title...) with its label. */
export function mastheadFieldView(node: Node): NodeView {
  return new LabelledFieldView(node, 'masthead-field', MASTHEAD_FIELDS);
}

/** An action-record field (Description, Lead entity...) with its label. */
export function actionFieldView(node: Node): NodeView {
  return new LabelledFieldView(node, 'action-field', ACTION_FIELDS);
}
