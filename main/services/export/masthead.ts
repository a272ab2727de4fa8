import type { ExportModel, MastheadLine } from '../../../shared/export-model';
import type { MastheadFieldKey } from '../../../shared/schema';
import { paragraphXml, plainRun, textWidth } from './blocks';
import { writeRuns, type WriteContext } from './runs';
import { eighths, twips } from './styles';
import { wordPart } from './xml';

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
): string {
  let out = '';
  for (const line of lines(model, fields)) {
    if (line.runs.length === 0) continue;
    const prefix = PREFIX[line.field];
    const lead =
      prefix && line.text && !prefix[0].test(line.text.trim()) ? plainRun(prefix[1]) : '';
    // UN mastheads leave a line before the original language.
    const spacing =
      line.field === 'language' ? `<w:spacing w:before="${twips(ctx.house.line)}"/>` : '';
    out += paragraphXml(style, lead + writeRuns(line.runs, ctx), spacing);
  }
  return out;
}

function rule(side: string, points: number): string {
  return `<w:${side} w:val="single" w:sz="${eighths(points)}" w:space="0" w:color="auto"/>`;
}

function mastheadCell(content: string, width: number, points: number, style: string): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:tcBorders>${rule('bottom', points)}</w:tcBorders>` +
    `<w:vAlign w:val="bottom"/></w:tcPr>${content || paragraphXml(style, '')}</w:tc>`
  );
}

const NO_BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="none" w:sz="0" w:space="0" w:color="auto"/>`)
  .join('');

/**
 * The first page's masthead as UN documents set it: the issuing body at top left and the
 * symbol at top right over a thin rule; under the symbol distribution, date and original
 * language over a thick rule; then the title. Version and status sit under the body.
 */
export function writeMasthead(model: ExportModel, ctx: WriteContext): string {
  const width = textWidth(ctx);
  const right = Math.round(width * ctx.house.masthead.rightColumn);
  const left = width - right;
  const { rule: thin } = ctx.house.masthead;
  const row = (cells: string) => `<w:tr>${cells}</w:tr>`;
  const table =
    `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:tblBorders>${NO_BORDERS}</w:tblBorders>` +
    `<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="${left}"/><w:gridCol w:w="${right}"/></w:tblGrid>` +
    row(
      mastheadCell(
        fieldParagraphs(model, ['body'], 'MastheadBody', ctx),
        left,
        thin / 2,
        'MastheadBody',
      ) +
        mastheadCell(
          fieldParagraphs(model, ['symbol'], 'MastheadSymbol', ctx),
          right,
          thin / 2,
          'MastheadSymbol',
        ),
    ) +
    row(
      mastheadCell(
        fieldParagraphs(model, ['version', 'status'], 'MastheadNote', ctx),
        left,
        thin * 2,
        'MastheadNote',
      ) +
        mastheadCell(
          fieldParagraphs(model, ['distribution', 'date', 'language'], 'MastheadDetail', ctx),
          right,
          thin * 2,
          'MastheadDetail',
        ),
    ) +
    '</w:tbl>';
  return table + fieldParagraphs(model, ['title'], 'Title', ctx);
}

/** The symbol as plain text, for headers (comments and changes belong to the first page). */
function symbolText(model: ExportModel): string {
  return lines(model, ['symbol'])
    .map((l) => l.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The XML of the header and footer parts: default and first page. */
export interface HeaderFooterParts {
  header: string;
  firstHeader: string;
  footer: string;
  firstFooter: string;
}

/**
 * Headers and footers: nothing on the first page, which has the masthead; after it the symbol
 * over a rule at the top and the page number (a PAGE field) at the bottom.
 */
export function headersAndFooters(model: ExportModel): HeaderFooterParts {
  const border = `<w:pBdr>${rule('bottom', 0.5)}</w:pBdr>`;
  const page =
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
  return {
    header: wordPart('w:hdr', paragraphXml('Header', plainRun(symbolText(model)), border)),
    firstHeader: wordPart('w:hdr', paragraphXml('Header', '')),
    footer: wordPart('w:ftr', paragraphXml('Footer', page, '<w:jc w:val="right"/>')),
    firstFooter: wordPart('w:ftr', paragraphXml('Footer', '')),
  };
}
