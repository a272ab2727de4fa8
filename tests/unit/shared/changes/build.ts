// Builders for documents carrying tracked changes, with fixed ids so tests can name blocks.
import type { Node } from 'prosemirror-model';
import type { BlockChange } from '../../../../shared/changes';
import { ACTION_FIELDS, schema } from '../../../../shared/schema';

export const { nodes, marks } = schema;

type Inline = Node | string;

const who = (author: string) => ({
  author,
  organization: author === 'Ana' ? 'ILO' : 'OECD',
  time: '2025-01-01T10:00:00.000Z',
});

/** Text with an insertion mark of change `id` by `author`. */
export const ins = (text: string, id = 'c1', author = 'Ana') =>
  schema.text(text, [marks.insertion.create({ id, ...who(author) })]);

/** Text with a deletion mark of change `id` by `author`. */
export const del = (text: string, id = 'c1', author = 'Ana') =>
  schema.text(text, [marks.deletion.create({ id, ...who(author) })]);

/** Bold text. */
export const bold = (text: string) => schema.text(text, [marks.strong.create()]);

/** A block change attribute value. */
export function change(
  kind: BlockChange['kind'],
  id = 'c1',
  author = 'Ana',
  extra: Partial<BlockChange> = {},
): BlockChange {
  return { kind, id, ...who(author), ...extra };
}

const inline = (content: Inline[]) =>
  content.filter((c) => c !== '').map((c) => (typeof c === 'string' ? schema.text(c) : c));

/** A numbered paragraph with an id and inline content. */
export const np = (id: string, ...content: Inline[]) =>
  nodes.numbered_paragraph.create({ id }, inline(content));

/** A plain paragraph. */
export const pp = (id: string, ...content: Inline[]) =>
  nodes.paragraph.create({ id }, inline(content));

/** A heading of a level. */
export const hd = (id: string, level: number, ...content: Inline[]) =>
  nodes.heading.create({ id, level }, inline(content));

/** The same node with a block change. */
export const changed = (node: Node, value: BlockChange) =>
  node.type.create({ ...node.attrs, change: value }, node.content, node.marks);

/** A list item holding blocks. */
export const li = (id: string, ...blocks: Node[]) => nodes.list_item.create({ id }, blocks);

/** A bullet list. */
export const ul = (id: string, ...items: Node[]) => nodes.bullet_list.create({ id }, items);

/** A table cell holding paragraphs. */
export const cell = (id: string, ...blocks: Node[]) => nodes.table_cell.create({ id }, blocks);

/** A table row. */
export const tr = (id: string, ...cells: Node[]) => nodes.table_row.create({ id }, cells);

/** A table. */
export const table = (id: string, ...rows: Node[]) => nodes.table.create({ id }, rows);

/** An action record whose description holds `description`; other fields empty. */
export const record = (id: string, ...description: Inline[]) =>
  nodes.action_record.create(
    { id },
    ACTION_FIELDS.map((f) =>
      nodes.action_field.create(
        { id: `${id}-${f.key}`, field: f.key },
        pp(`${id}-${f.key}-p`, ...(f.key === 'description' ? description : [])),
      ),
    ),
  );

/** A masthead with one field. */
export const masthead = () =>
  nodes.masthead.create({ id: 'mast' }, [
    nodes.masthead_field.create({ id: 'mast-title', field: 'title' }, schema.text('Plan')),
  ]);

/** A document: masthead, then blocks. */
export const doc = (...blocks: Node[]) => nodes.doc.create(null, [masthead(), ...blocks]);

/** The body as [type, text] pairs of top-level blocks (text of textblocks inside, joined by |). */
export function body(document: Node): [string, string][] {
  const out: [string, string][] = [];
  document.forEach((child, _offset, index) => {
    if (index === 0) return;
    const lines: string[] = [];
    child.descendants((node) => {
      if (!node.inlineContent) return true;
      lines.push(node.textContent);
      return false;
    });
    out.push([child.type.name, child.inlineContent ? child.textContent : lines.join('|')]);
  });
  return out;
}

/** Whether any text or block in the document still carries a change. */
export function hasChanges(document: Node): boolean {
  let found = false;
  document.descendants((node) => {
    if (node.attrs.change) found = true;
    if (node.marks.some((m) => m.type.name === 'insertion' || m.type.name === 'deletion'))
      found = true;
    return !found;
  });
  return found;
}
