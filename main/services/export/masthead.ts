import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import type { ExportModel, MastheadLine } from '../../../shared/export-model';
import type { MastheadFieldKey } from '../../../shared/schema';
import { textWidth } from './blocks';
import { writeRuns, type WriteContext } from './runs';
import { eighths, twips } from './styles';

/** Words UN mastheads put before a field's value, unless the value already has them. */
const PREFIX: Partial<Record<MastheadFieldKey, [RegExp, string]>> = {
  distribution: [/^distr/i, 'Distr.: '],
  language: [/^original/i, 'Original: '],
};

function lines(model: ExportModel, fields: MastheadFieldKey[]): MastheadLine[] {
  return model.masthead.filter((line) => fields.includes(line.field));
}

/** A field's paragraph; a field with no text and no comment anchor is left out. */
function fieldParagraphs(
  model: ExportModel,
  fields: MastheadFieldKey[],
  style: string,
  ctx: WriteContext,
): Paragraph[] {
  return lines(model, fields)
    .filter((line) => line.runs.length > 0)
    .map((line) => {
      const prefix = PREFIX[line.field];
      const lead: ParagraphChild[] =
        prefix && line.text && !prefix[0].test(line.text.trim()) ? [new TextRun(prefix[1])] : [];
      // UN mastheads leave a line before the original language.
      const spacing = line.field === 'language' ? { before: twips(ctx.house.line) } : undefined;
      return new Paragraph({ style, spacing, children: [...lead, ...writeRuns(line.runs, ctx)] });
    });
}

function rule(points: number) {
  return { style: BorderStyle.SINGLE, size: eighths(points), color: 'auto', space: 0 };
}

function mastheadCell(children: Paragraph[], width: number, points: number, style: string) {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({ style })],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.BOTTOM,
    borders: { bottom: rule(points) },
  });
}

/**
 * The first page's masthead as UN documents set it: the issuing body at top left and the
 * symbol at top right over a thin rule; under the symbol distribution, date and original
 * language over a thick rule; then the title. Version and status sit under the body.
 */
export function writeMasthead(model: ExportModel, ctx: WriteContext): FileChild[] {
  const width = textWidth(ctx);
  const right = Math.round(width * ctx.house.masthead.rightColumn);
  const left = width - right;
  const { rule: thin } = ctx.house.masthead;
  const table = new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          mastheadCell(
            fieldParagraphs(model, ['body'], 'MastheadBody', ctx),
            left,
            thin / 2,
            'MastheadBody',
          ),
          mastheadCell(
            fieldParagraphs(model, ['symbol'], 'MastheadSymbol', ctx),
            right,
            thin / 2,
            'MastheadSymbol',
          ),
        ],
      }),
      new TableRow({
        children: [
          mastheadCell(
            fieldParagraphs(model, ['version', 'status'], 'MastheadNote', ctx),
            left,
            thin * 2,
            'MastheadNote',
          ),
          mastheadCell(
            fieldParagraphs(model, ['distribution', 'date', 'language'], 'MastheadDetail', ctx),
            right,
            thin * 2,
            'MastheadDetail',
          ),
        ],
      }),
    ],
  });
  const title = fieldParagraphs(model, ['title'], 'Title', ctx);
  return [table, ...title];
}

/** The symbol as plain text, for headers (comments and changes belong to the first page). */
function symbolText(model: ExportModel): string {
  return lines(model, ['symbol'])
    .map((l) => l.text)
    .join(' ')
    .trim();
}

/**
 * Headers and footers: nothing on the first page, which has the masthead; after it the symbol
 * over a rule at the top and the page number (a PAGE field) at the bottom.
 */
export function headersAndFooters(model: ExportModel) {
  const symbol = symbolText(model);
  const header = new Header({
    children: [
      new Paragraph({
        style: 'Header',
        border: { bottom: rule(0.5) },
        children: symbol ? [new TextRun(symbol)] : [],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });
  const empty = (style: string) => [new Paragraph({ style })];
  return {
    headers: { default: header, first: new Header({ children: empty('Header') }) },
    footers: { default: footer, first: new Footer({ children: empty('Footer') }) },
  };
}
