import type { Node } from 'prosemirror-model';
import { schema } from '../../../../shared/schema';

const { nodes } = schema;

/** Builders for small action plans with fixed ids, so tests can say which block is which. */
export const text = (value: string) => (value ? schema.text(value) : null);
export const para = (id: string | null, value: string) =>
  nodes.numbered_paragraph.create({ id }, text(value));
export const plain = (id: string | null, value: string) =>
  nodes.paragraph.create({ id }, text(value));
export const heading = (id: string | null, level: number, value: string) =>
  nodes.heading.create({ id, level }, text(value));
export const masthead = () =>
  nodes.masthead.create({ id: 'mast' }, [
    nodes.masthead_field.create({ id: 'mast-title', field: 'title' }, text('Action plan')),
  ]);
export const summary = (id: string, value: string) =>
  nodes.summary.create({ id }, plain(`${id}-p`, value));
export const doc = (...blocks: Node[]) => nodes.doc.create(null, [masthead(), ...blocks]);

export const record = (id: string, status: string, fields: Record<string, string>) =>
  nodes.action_record.create(
    { id, status },
    Object.entries(fields).map(([field, value]) =>
      nodes.action_field.create({ id: `${id}-${field}`, field }, plain(`${id}-${field}-p`, value)),
    ),
  );

export const item = (id: string, value: string) =>
  nodes.list_item.create({ id }, plain(`${id}-p`, value));
/** A list item holding the given blocks (a paragraph first). */
export const itemOf = (id: string, ...blocks: Node[]) => nodes.list_item.create({ id }, blocks);
export const bullets = (id: string, ...items: Node[]) => nodes.bullet_list.create({ id }, items);

export const row = (id: string, ...cells: string[]) =>
  nodes.table_row.create(
    { id },
    cells.map((value, i) =>
      nodes.table_cell.create({ id: `${id}-c${i}` }, plain(`${id}-c${i}-p`, value)),
    ),
  );
export const table = (id: string, ...rows: Node[]) => nodes.table.create({ id }, rows);

/** Every textblock's text in order, leaving out text carrying the named mark, empty lines dropped. */
export function linesWithout(root: Node, markName: string | null): string[] {
  const lines: string[] = [];
  root.descendants((node) => {
    if (!node.isTextblock) return true;
    let line = '';
    node.forEach((child) => {
      if (markName && child.marks.some((m) => m.type.name === markName)) return;
      line += child.textContent;
    });
    if (line) lines.push(line);
    return false;
  });
  return lines;
}

/** The comparison shows the new document once insertions are kept and the old one once deletions are. */
export function acceptedAndRejected(comparison: Node): { accepted: string[]; rejected: string[] } {
  return {
    accepted: linesWithout(comparison, 'deletion'),
    rejected: linesWithout(comparison, 'insertion'),
  };
}
