import type { Node } from 'prosemirror-model';
import { numberDocument } from '../document/numbering';
import { ACTION_FIELDS, ACTION_STATUSES, labelOf, MASTHEAD_FIELDS } from '../schema';

const TYPE_LABELS: Record<string, string> = {
  numbered_paragraph: 'numbered paragraph',
  action_record: 'action record',
  action_field: 'action-record field',
  masthead_field: 'masthead field',
  bullet_list: 'bulleted list',
  ordered_list: 'numbered list',
  list_item: 'list item',
  table_row: 'table row',
  table_cell: 'table cell',
  table_header: 'table header cell',
  blockquote: 'quotation',
};

/** A node type's name as people say it ("action record", "numbered paragraph"). */
export function typeLabel(name: string): string {
  return TYPE_LABELS[name] ?? name.replace(/_/g, ' ');
}

/** The label of an action-record or masthead field node, or undefined for other nodes. */
export function fieldLabel(node: Node): string | undefined {
  const field = String(node.attrs.field);
  if (node.type.name === 'action_field') return labelOf(ACTION_FIELDS, field);
  if (node.type.name === 'masthead_field') return labelOf(MASTHEAD_FIELDS, field);
  return undefined;
}

/** A node's text with one line per block, fields prefixed by their label, for before/after excerpts. */
export function plainText(node: Node): string {
  if (node.isTextblock || node.isInline) {
    const label = fieldLabel(node);
    return label ? `${label}: ${node.textContent}` : node.textContent;
  }
  const lines: string[] = [];
  node.forEach((child) => {
    const text = plainText(child);
    if (text) lines.push(text);
  });
  const label = fieldLabel(node);
  return label ? `${label}: ${lines.join(' ')}` : lines.join('\n');
}

/** A block's type and attributes (other than its id) in words, for attribute changes. */
export function describeAttrs(node: Node): string {
  const attrs = node.attrs;
  switch (node.type.name) {
    case 'action_record':
      return `Status: ${labelOf(ACTION_STATUSES, String(attrs.status))}`;
    case 'heading':
      return `Heading, level ${String(attrs.level)}${attrs.numbered === false ? ', unnumbered' : ''}`;
    case 'numbered_paragraph':
      return `Numbered paragraph, level ${Number(attrs.level) + 1}`;
  }
  const rest = Object.entries(formatAttrs(node)).map(
    ([key, value]) => `${key} ${JSON.stringify(value)}`,
  );
  const name = typeLabel(node.type.name);
  const head = name.charAt(0).toUpperCase() + name.slice(1);
  return rest.length ? `${head}, ${rest.join(', ')}` : head;
}

/**
 * A node's attributes that say how it looks or what it is: all but its `id` and the `change` a
 * pending suggestion put on it (accepting a suggestion is not an attribute change).
 */
export function formatAttrs(node: Node): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node.attrs)) {
    if (key !== 'id' && key !== 'change') out[key] = value;
  }
  return out;
}

/** Whether two nodes differ in type or in any attribute other than their id and change. */
export function attrsDiffer(a: Node, b: Node): boolean {
  return a.type !== b.type || JSON.stringify(formatAttrs(a)) !== JSON.stringify(formatAttrs(b));
}

/**
 * For each top-level block, the section it falls in: the numbers of the enclosing headings and
 * the nearest heading's title ("II.A. Statistics"), or '' before the first heading.
 */
export function sectionTitles(doc: Node): string[] {
  const labels = numberDocument(doc);
  const chain: string[] = [];
  const out: string[] = [];
  let current = '';
  doc.forEach((child, _offset, index) => {
    if (child.type.name === 'heading') {
      const level = Number(child.attrs.level);
      chain.length = Math.max(0, level - 1);
      for (let i = 0; i < chain.length; i++) chain[i] ??= '';
      chain.push(labels[index] ?? '');
      current = `${chain.join('')} ${child.textContent}`.trim();
    }
    out.push(current);
  });
  return out;
}
