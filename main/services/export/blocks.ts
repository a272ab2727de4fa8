import {
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import type {
  ActionBlock,
  Block,
  ListBlock,
  ParagraphBlock,
  TableBlock,
} from '../../../shared/export-model';
import { listNumbering, listTextIndent, MAX_LIST_LEVEL, NUMBERING } from './numbering';
import { writeRuns, type WriteContext } from './runs';
import { twips } from './styles';

/** Width of the text column between the page margins, in twips. */
export function textWidth(ctx: WriteContext): number {
  const { page } = ctx.house;
  return twips(page.width - page.left - page.right);
}

function paragraphs(blocks: readonly ParagraphBlock[], style: string, ctx: WriteContext) {
  return blocks.map((p) => new Paragraph({ style, children: writeRuns(p.runs, ctx) }));
}

function list(block: ListBlock, ctx: WriteContext): Paragraph[] {
  const level = Math.min(block.depth, MAX_LIST_LEVEL);
  const reference = listNumbering(ctx.house, block.ordered, block.start);
  const out: Paragraph[] = [];
  for (const item of block.items) {
    let numbered = false;
    for (const part of item.content) {
      if (part.kind === 'list') {
        out.push(...list(part, ctx));
        continue;
      }
      const children = writeRuns(part.runs, ctx);
      if (!numbered) {
        // Each list is its own numbering instance, so it restarts where the document restarts.
        out.push(
          new Paragraph({
            style: 'ListParagraph',
            numbering: { reference, level, instance: block.listId, custom: true },
            children,
          }),
        );
        numbered = true;
      } else {
        const left = listTextIndent(ctx.house, level);
        out.push(new Paragraph({ style: 'ListContinue', indent: { left }, children }));
      }
    }
  }
  return out;
}

function cell(
  content: readonly ParagraphBlock[],
  style: string,
  ctx: WriteContext,
  span: { columnSpan?: number; rowSpan?: number } = {},
  lead: ParagraphChild[] = [],
): TableCell {
  const children = paragraphs(content, style, ctx);
  // A cell must hold a paragraph; lead runs (an action's ID or a field label) open the first one.
  if (children.length === 0 || lead.length > 0) {
    children.unshift(new Paragraph({ style, children: lead }));
  }
  return new TableCell({ children, ...span });
}

function tableOf(
  rows: TableRow[],
  columns: number[],
  look: { style: string; firstRow: boolean; firstColumn: boolean },
  ctx: WriteContext,
): Table {
  const indent = twips(ctx.house.textIndent);
  const width = textWidth(ctx) - 2 * indent;
  const total = columns.reduce((a, b) => a + b, 0) || 1;
  return new Table({
    style: look.style,
    rows,
    tableLook: {
      firstRow: look.firstRow,
      firstColumn: look.firstColumn,
      lastRow: false,
      lastColumn: false,
      noHBand: true,
      noVBand: true,
    },
    width: { size: width, type: WidthType.DXA },
    indent: { size: indent, type: WidthType.DXA },
    columnWidths: columns.map((c) => Math.floor((width * c) / total)),
  });
}

function table(block: TableBlock, ctx: WriteContext): FileChild[] {
  const columns = Math.max(1, ...block.rows.map((r) => r.cells.reduce((n, c) => n + c.colspan, 0)));
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        tableHeader: row.header || undefined,
        cantSplit: true,
        children: row.cells.map((c) =>
          cell(c.paragraphs, c.header ? 'TableHeading' : 'TableText', ctx, {
            columnSpan: c.colspan > 1 ? c.colspan : undefined,
            rowSpan: c.rowspan > 1 ? c.rowspan : undefined,
          }),
        ),
      }),
  );
  if (rows.length === 0) return [];
  const look = {
    style: 'AccordTable',
    firstRow: block.rows[0]?.header ?? false,
    firstColumn: false,
  };
  return [
    tableOf(
      rows,
      Array.from({ length: columns }, () => 1),
      look,
      ctx,
    ),
    spacer(),
  ];
}

function action(block: ActionBlock, ctx: WriteContext): FileChild[] {
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell([], 'TableText', ctx, {}, [new TextRun(`Action ${block.actionId}`.trim())]),
      cell([], 'TableText', ctx, {}, [new TextRun(`Status: ${block.statusLabel}`)]),
    ],
  });
  const rows = block.fields.map(
    (field) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([], 'TableText', ctx, {}, [new TextRun(field.label)]),
          cell(field.paragraphs, 'TableText', ctx),
        ],
      }),
  );
  const look = { style: 'AccordActionTable', firstRow: true, firstColumn: true };
  return [tableOf([head, ...rows], [3, 7], look, ctx), spacer()];
}

/** Word sets two tables in a row as one; an empty paragraph after each keeps them apart. */
function spacer(): Paragraph {
  return new Paragraph({ style: 'BodyText' });
}

/** Word paragraphs and tables for model blocks, numbered through numbering.xml only. */
export function writeBlocks(blocks: readonly Block[], ctx: WriteContext): FileChild[] {
  const out: FileChild[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        out.push(...paragraphs([block], 'BodyText', ctx));
        break;
      case 'heading': {
        const level = Math.min(Math.max(block.level, 1), 5);
        // An annex heading turns its style's numbering off and starts at the text indent.
        const numbering = block.numbered
          ? { reference: NUMBERING.headings, level: level - 1, custom: true }
          : false;
        const indent = block.numbered
          ? undefined
          : { left: twips(ctx.house.textIndent), hanging: 0 };
        out.push(
          new Paragraph({
            style: `Heading${level}`,
            numbering,
            indent,
            children: writeRuns(block.runs, ctx),
          }),
        );
        break;
      }
      case 'numbered':
        out.push(
          new Paragraph({
            style: 'NumberedParagraph',
            numbering: { reference: NUMBERING.paragraphs, level: block.level, custom: true },
            children: writeRuns(block.runs, ctx),
          }),
        );
        break;
      case 'quote':
        out.push(...paragraphs(block.paragraphs, 'Quote', ctx));
        break;
      case 'list':
        out.push(...list(block, ctx));
        break;
      case 'table':
        out.push(...table(block, ctx));
        break;
      case 'action':
        out.push(...action(block, ctx));
        break;
    }
  }
  return out;
}
