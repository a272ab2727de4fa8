import type { Node } from 'prosemirror-model';
import { ACTION_FIELDS, ACTION_STATUSES, labelOf } from '../schema';
import { convertInlines, type InlineContext } from './inline';
import type {
  ActionBlock,
  Block,
  ListBlock,
  ListItem,
  ParagraphBlock,
  TableBlock,
  TableRowModel,
} from './types';

/** Inline context plus the list counter shared by the whole export. */
export interface BlockContext extends InlineContext {
  nextListId: number;
}

function blockIdOf(node: Node): string | null {
  const id = node.attrs.id as unknown;
  return typeof id === 'string' ? id : null;
}

/** Visits the children of the node at `pos` with their absolute positions. */
function eachChild(node: Node, pos: number, visit: (child: Node, childPos: number) => void): void {
  node.forEach((child, offset) => visit(child, pos + 1 + offset));
}

function paragraph(node: Node, pos: number, ctx: BlockContext): ParagraphBlock {
  return { kind: 'paragraph', blockId: blockIdOf(node), runs: convertInlines(node, pos, ctx) };
}

/**
 * Every textblock inside a node as plain paragraphs: how containers become cell or field text,
 * and how a block this exporter does not know keeps its words.
 */
export function paragraphsIn(node: Node, pos: number, ctx: BlockContext): ParagraphBlock[] {
  if (node.isTextblock) return [paragraph(node, pos, ctx)];
  const out: ParagraphBlock[] = [];
  eachChild(node, pos, (child, childPos) => out.push(...paragraphsIn(child, childPos, ctx)));
  return out;
}

function list(node: Node, pos: number, depth: number, ctx: BlockContext): ListBlock {
  const items: ListItem[] = [];
  const block: ListBlock = {
    kind: 'list',
    blockId: blockIdOf(node),
    listId: ctx.nextListId++,
    ordered: node.type.name === 'ordered_list',
    start: node.type.name === 'ordered_list' ? ((node.attrs.order as number) ?? 1) : 1,
    depth,
    items,
  };
  eachChild(node, pos, (item, itemPos) => {
    const content: ListItem['content'] = [];
    eachChild(item, itemPos, (child, childPos) => {
      if (child.type.name === 'bullet_list' || child.type.name === 'ordered_list') {
        content.push(list(child, childPos, depth + 1, ctx));
      } else {
        content.push(...paragraphsIn(child, childPos, ctx));
      }
    });
    items.push({ blockId: blockIdOf(item), content });
  });
  return block;
}

function table(node: Node, pos: number, ctx: BlockContext): TableBlock {
  const rows: TableRowModel[] = [];
  let leading = true;
  eachChild(node, pos, (row, rowPos) => {
    const cells: TableRowModel['cells'] = [];
    eachChild(row, rowPos, (cell, cellPos) => {
      cells.push({
        header: cell.type.name === 'table_header',
        colspan: Math.max(1, (cell.attrs.colspan as number | undefined) ?? 1),
        rowspan: Math.max(1, (cell.attrs.rowspan as number | undefined) ?? 1),
        paragraphs: paragraphsIn(cell, cellPos, ctx),
      });
    });
    // Word repeats only the rows at the top of a table, so a header row lower down is plain.
    leading = leading && cells.length > 0 && cells.every((c) => c.header);
    rows.push({ header: leading, cells });
  });
  return { kind: 'table', blockId: blockIdOf(node), rows };
}

function action(node: Node, pos: number, label: string | null, ctx: BlockContext): ActionBlock {
  const status = node.attrs.status as string;
  const fields: ActionBlock['fields'] = [];
  eachChild(node, pos, (field, fieldPos) => {
    const key = field.attrs.field as string;
    fields.push({
      key,
      label: labelOf(ACTION_FIELDS, key),
      paragraphs: paragraphsIn(field, fieldPos, ctx),
    });
  });
  return {
    kind: 'action',
    blockId: blockIdOf(node),
    actionId: label ?? '',
    status,
    statusLabel: labelOf(ACTION_STATUSES, status),
    fields,
  };
}

/**
 * One top-level block (at absolute position `pos`) as model blocks. `label` is its number from
 * shared/document/numbering, used for action IDs and recorded on headings and paragraphs.
 */
export function convertBlock(
  node: Node,
  pos: number,
  label: string | null,
  ctx: BlockContext,
): Block[] {
  const blockId = blockIdOf(node);
  switch (node.type.name) {
    case 'heading':
      return [
        {
          kind: 'heading',
          blockId,
          level: node.attrs.level as number,
          numbered: node.attrs.numbered !== false,
          label: label ?? '',
          runs: convertInlines(node, pos, ctx),
        },
      ];
    case 'numbered_paragraph':
      return [
        {
          kind: 'numbered',
          blockId,
          level: node.attrs.level as number,
          label: label ?? '',
          runs: convertInlines(node, pos, ctx),
        },
      ];
    case 'blockquote':
      return [{ kind: 'quote', blockId, paragraphs: paragraphsIn(node, pos, ctx) }];
    case 'bullet_list':
    case 'ordered_list':
      return [list(node, pos, 0, ctx)];
    case 'table':
      return [table(node, pos, ctx)];
    case 'action_record':
      return [action(node, pos, label, ctx)];
    default:
      return paragraphsIn(node, pos, ctx);
  }
}
