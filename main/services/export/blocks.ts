import type {
  ActionBlock,
  Block,
  Inline,
  ListBlock,
  ParagraphBlock,
  TableBlock,
} from '../../../shared/export-model';
import { HEADINGS_NUM, PARAGRAPHS_NUM, addList, listTextIndent, MAX_LIST_LEVEL } from './numbering';
import { textContent, writeRuns, type WriteContext } from './runs';
import { twips } from './styles';

/** Width of the text column between the page margins, in twips. */
export function textWidth(ctx: WriteContext): number {
  const { page } = ctx.house;
  return twips(page.width - page.left - page.right);
}

/** A paragraph with a style, more paragraph properties (in schema order) and its runs. */
export function paragraphXml(style: string, runs: string, properties = ''): string {
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${properties}</w:pPr>${runs}</w:p>`;
}

/** w:numPr for a level of a numbering instance. */
export function numPr(numId: number, level: number): string {
  return `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`;
}

/** A plain run of text, for words Accord adds itself (labels, headings of its own). */
export function plainRun(text: string): string {
  const content = textContent(text);
  return content ? `<w:r>${content}</w:r>` : '';
}

function paragraphs(blocks: readonly ParagraphBlock[], style: string, ctx: WriteContext): string {
  let out = '';
  for (const p of blocks) out += paragraphXml(style, writeRuns(p.runs, ctx));
  return out;
}

function list(block: ListBlock, ctx: WriteContext): string {
  const level = Math.min(block.depth, MAX_LIST_LEVEL);
  // Each list is its own numbering instance, so it restarts where the document restarts.
  const numId = addList(ctx.lists, block.ordered, block.start);
  const continued = `<w:ind w:left="${listTextIndent(ctx.house, level)}"/>`;
  let out = '';
  for (const item of block.items) {
    let numbered = false;
    for (const part of item.content) {
      if (part.kind === 'list') {
        out += list(part, ctx);
      } else if (!numbered) {
        out += paragraphXml('ListParagraph', writeRuns(part.runs, ctx), numPr(numId, level));
        numbered = true;
      } else {
        out += paragraphXml('ListContinue', writeRuns(part.runs, ctx), continued);
      }
    }
  }
  return out;
}

/** One cell: a span, a width, and its paragraphs (a cell must hold at least one). */
interface Cell {
  width: number;
  span: number;
  merge: '' | 'restart' | 'continue';
  content: string;
}

function cellXml(cell: Cell, style: string): string {
  const props =
    `<w:tcW w:w="${cell.width}" w:type="dxa"/>` +
    (cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : '') +
    (cell.merge === 'restart'
      ? '<w:vMerge w:val="restart"/>'
      : cell.merge === 'continue'
        ? '<w:vMerge/>'
        : '');
  return `<w:tc><w:tcPr>${props}</w:tcPr>${cell.content || paragraphXml(style, '')}</w:tc>`;
}

function rowXml(cells: string, header: boolean): string {
  return `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`;
}

interface TableLook {
  style: string;
  firstRow: boolean;
  firstColumn: boolean;
}

function tableXml(rows: string, columns: number[], look: TableLook, ctx: WriteContext): string {
  const indent = twips(ctx.house.textIndent);
  const width = textWidth(ctx) - 2 * indent;
  // tblLook as Word 2010 writes it: the legacy bit mask and the named flags.
  const mask = 0x0600 | (look.firstRow ? 0x0020 : 0) | (look.firstColumn ? 0x0080 : 0);
  const grid = columns.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="${look.style}"/><w:tblW w:w="${width}" w:type="dxa"/>` +
    `<w:tblInd w:w="${indent}" w:type="dxa"/>` +
    `<w:tblLook w:val="${mask.toString(16).toUpperCase().padStart(4, '0')}" w:firstRow="${look.firstRow ? 1 : 0}" w:lastRow="0" w:firstColumn="${look.firstColumn ? 1 : 0}" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>` +
    `</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`
  );
}

/** Column widths sharing the table's width in the given proportions. */
function columnWidths(shares: number[], ctx: WriteContext): number[] {
  const width = textWidth(ctx) - 2 * twips(ctx.house.textIndent);
  const total = shares.reduce((a, b) => a + b, 0) || 1;
  return shares.map((c) => Math.floor((width * c) / total));
}

/** Word sets two tables in a row as one; an empty paragraph after each keeps them apart. */
const SPACER = paragraphXml('BodyText', '');

/**
 * A table on Word's grid: a cell spanning rows is continued (w:vMerge) in the rows below it, in
 * the grid columns it covers, since Word needs every row to fill the grid.
 */
function table(block: TableBlock, ctx: WriteContext): string {
  if (block.rows.length === 0) return '';
  const count = Math.max(1, ...block.rows.map((r) => r.cells.reduce((n, c) => n + c.colspan, 0)));
  const widths = columnWidths(
    Array.from({ length: count }, () => 1),
    ctx,
  );
  const spanWidth = (col: number, span: number) =>
    widths.slice(col, col + span).reduce((a, b) => a + b, 0);
  // Rows still covered by a cell above, per grid column, with that cell's span.
  const covered: { rows: number; span: number }[] = [];
  let rowsXml = '';
  for (const row of block.rows) {
    let cells = '';
    let col = 0;
    const continueCells = () => {
      let above = covered[col];
      while (above && above.rows > 0) {
        cells += cellXml(
          { width: spanWidth(col, above.span), span: above.span, merge: 'continue', content: '' },
          'TableText',
        );
        above.rows--;
        col += above.span;
        above = covered[col];
      }
    };
    for (const cell of row.cells) {
      continueCells();
      const style = cell.header ? 'TableHeading' : 'TableText';
      const span = Math.min(cell.colspan, Math.max(1, count - col));
      if (cell.rowspan > 1) covered[col] = { rows: cell.rowspan - 1, span };
      cells += cellXml(
        {
          width: spanWidth(col, span),
          span,
          merge: cell.rowspan > 1 ? 'restart' : '',
          content: paragraphs(cell.paragraphs, style, ctx),
        },
        style,
      );
      col += span;
    }
    continueCells();
    rowsXml += rowXml(cells, row.header);
  }
  const look = {
    style: 'AccordTable',
    firstRow: block.rows[0]?.header ?? false,
    firstColumn: false,
  };
  return tableXml(rowsXml, widths, look, ctx) + SPACER;
}

function labelCell(text: string, width: number): string {
  return cellXml(
    { width, span: 1, merge: '', content: paragraphXml('TableText', plainRun(text)) },
    'TableText',
  );
}

function action(block: ActionBlock, ctx: WriteContext): string {
  const widths = columnWidths([3, 7], ctx);
  const [left = 0, right = 0] = widths;
  let rows = rowXml(
    labelCell(`Action ${block.actionId}`.trim(), left) +
      labelCell(`Status: ${block.statusLabel}`, right),
    true,
  );
  for (const field of block.fields) {
    const content = paragraphs(field.paragraphs, 'TableText', ctx);
    rows += rowXml(
      labelCell(field.label, left) +
        cellXml({ width: right, span: 1, merge: '', content }, 'TableText'),
      false,
    );
  }
  const look = { style: 'AccordActionTable', firstRow: true, firstColumn: true };
  return tableXml(rows, widths, look, ctx) + SPACER;
}

/** Bookmark names of the headings a table of contents links to, by heading block. */
export type HeadingBookmarks = Map<Block, string>;

function heading(
  runs: readonly Inline[],
  level: number,
  numbered: boolean,
  bookmark: string | undefined,
  ctx: WriteContext,
): string {
  // An annex heading turns its style's numbering off and starts at the text indent.
  const props = numbered
    ? numPr(HEADINGS_NUM, level - 1)
    : `${numPr(0, 0)}<w:ind w:left="${twips(ctx.house.textIndent)}" w:hanging="0"/>`;
  let content = writeRuns(runs, ctx);
  if (bookmark !== undefined) {
    const id = ctx.nextId++;
    content = `<w:bookmarkStart w:id="${id}" w:name="${bookmark}"/>${content}<w:bookmarkEnd w:id="${id}"/>`;
  }
  return paragraphXml(`Heading${level}`, content, props);
}

/** Word paragraphs and tables for model blocks, numbered through numbering.xml only. */
export function writeBlocks(
  blocks: readonly Block[],
  ctx: WriteContext,
  bookmarks?: HeadingBookmarks,
): string {
  let out = '';
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        out += paragraphXml('BodyText', writeRuns(block.runs, ctx));
        break;
      case 'heading': {
        const level = Math.min(Math.max(block.level, 1), 5);
        out += heading(block.runs, level, block.numbered, bookmarks?.get(block), ctx);
        break;
      }
      case 'numbered':
        out += paragraphXml(
          'NumberedParagraph',
          writeRuns(block.runs, ctx),
          numPr(PARAGRAPHS_NUM, Math.min(Math.max(block.level, 0), 2)),
        );
        break;
      case 'quote':
        out += paragraphs(block.paragraphs, 'Quote', ctx);
        break;
      case 'list':
        out += list(block, ctx);
        break;
      case 'table':
        out += table(block, ctx);
        break;
      case 'action':
        out += action(block, ctx);
        break;
    }
  }
  return out;
}
