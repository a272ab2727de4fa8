/**
 * Accord's house style: the look of an exported plan, modelled on United Nations documents
 * (Times New Roman 10 pt on 12 pt lines, text block indented 0.88 inch, paragraph numbers
 * hanging in that indent). Defined once here as plain data and written into every .docx as named
 * Word styles, so a secretariat can restyle the document in Word. Lengths are in points, font
 * sizes in points; writers convert (1 pt = 20 twips = 2 half-points).
 */

/** One named paragraph style. */
export interface HouseParagraphStyle {
  /** Word style id (no spaces); built-in ids (Heading1, Title, FootnoteText…) keep Word's meaning. */
  id: string;
  /** The name Word shows in its style gallery. */
  name: string;
  basedOn?: string;
  next?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  alignment?: 'left' | 'right' | 'center' | 'both';
  before?: number;
  after?: number;
  /** Exact line height; omitted means single spacing. */
  line?: number;
  left?: number;
  right?: number;
  hanging?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  /** Outline level for headings (0 = level 1), so Word's navigation pane and TOC see them. */
  outlineLevel?: number;
  /** Shown in Word's quick style gallery. */
  quick?: boolean;
}

/** One named character style. */
export interface HouseCharacterStyle {
  id: string;
  name: string;
  size?: number;
  color?: string;
  underline?: boolean;
  superscript?: boolean;
}

/** Left and right indent of running text, as UN "SingleTxt". */
const TEXT_INDENT = 63.35;
/** One step of a number or bullet hanging before its text. */
export const STEP = 23.75;

/** The house style. */
export const houseStyle = {
  font: 'Times New Roman',
  /** Body size and line height. */
  size: 10,
  line: 12,
  /** A4, with UN-like margins. */
  page: {
    width: 595.3,
    height: 841.9,
    top: 72,
    bottom: 72,
    left: 56.7,
    right: 56.7,
    header: 36,
    footer: 36,
  },
  textIndent: TEXT_INDENT,
  step: STEP,
  masthead: {
    /** Width of the symbol column as a share of the text width. */
    rightColumn: 0.38,
    /** Thickness of the rules under the masthead rows, in points. */
    rule: 1.5,
  },
  paragraphs: [
    { id: 'Normal', name: 'Normal', size: 10, line: 12, quick: true },
    {
      id: 'BodyText',
      name: 'Body Text',
      basedOn: 'Normal',
      alignment: 'both',
      after: 6,
      left: TEXT_INDENT,
      right: TEXT_INDENT,
      quick: true,
    },
    {
      id: 'NumberedParagraph',
      name: 'Numbered Paragraph',
      basedOn: 'BodyText',
      next: 'NumberedParagraph',
      quick: true,
    },
    {
      id: 'Title',
      name: 'Title',
      basedOn: 'Normal',
      next: 'BodyText',
      size: 14,
      bold: true,
      line: 16,
      before: 12,
      after: 12,
      left: TEXT_INDENT,
      right: TEXT_INDENT,
      keepNext: true,
      quick: true,
    },
    ...[
      { size: 14, before: 18, after: 12, line: 16 },
      { size: 12, before: 12, after: 6, line: 14 },
      { size: 10, before: 12, after: 6 },
      { size: 10, before: 12, after: 6, italic: true },
      { size: 10, before: 6, after: 6, italic: true, bold: false },
    ].map((h, i) => ({
      id: `Heading${i + 1}`,
      name: `heading ${i + 1}`,
      basedOn: 'Normal',
      next: 'NumberedParagraph',
      bold: h.bold ?? true,
      keepNext: true,
      keepLines: true,
      left: TEXT_INDENT,
      right: TEXT_INDENT,
      hanging: TEXT_INDENT - 17,
      outlineLevel: i,
      quick: true,
      ...h,
    })),
    {
      id: 'SummaryHeading',
      name: 'Summary Heading',
      basedOn: 'Normal',
      next: 'BodyText',
      size: 10,
      bold: true,
      alignment: 'center',
      before: 12,
      after: 6,
      keepNext: true,
    },
    {
      id: 'TOCHeading',
      name: 'TOC Heading',
      basedOn: 'SummaryHeading',
      next: 'BodyText',
      alignment: 'left',
      left: TEXT_INDENT,
    },
    ...[0, 1, 2].map((level) => ({
      id: `TOC${level + 1}`,
      name: `toc ${level + 1}`,
      basedOn: 'Normal',
      next: 'Normal',
      before: level === 0 ? 6 : 0,
      left: TEXT_INDENT + level * STEP,
      right: TEXT_INDENT,
    })),
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'BodyText',
      left: TEXT_INDENT + 2 * STEP,
      right: TEXT_INDENT + STEP,
      quick: true,
    },
    { id: 'ListParagraph', name: 'List Paragraph', basedOn: 'BodyText', after: 3 },
    { id: 'ListContinue', name: 'List Continue', basedOn: 'BodyText', after: 3 },
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      size: 9,
      line: 11,
      before: 2,
      after: 2,
    },
    {
      id: 'TableHeading',
      name: 'Table Heading',
      basedOn: 'TableText',
      italic: true,
      keepNext: true,
    },
    {
      id: 'FootnoteText',
      name: 'footnote text',
      basedOn: 'Normal',
      size: 9,
      line: 10,
      left: TEXT_INDENT,
      right: TEXT_INDENT,
      hanging: 7,
    },
    { id: 'CommentText', name: 'annotation text', basedOn: 'Normal' },
    { id: 'Header', name: 'header', basedOn: 'Normal', size: 9, bold: true },
    { id: 'Footer', name: 'footer', basedOn: 'Normal', size: 9, bold: true },
    {
      id: 'MastheadBody',
      name: 'Masthead Body',
      basedOn: 'Normal',
      size: 14,
      line: 16,
      bold: true,
    },
    {
      id: 'MastheadSymbol',
      name: 'Masthead Symbol',
      basedOn: 'Normal',
      size: 17,
      line: 20,
      alignment: 'right',
    },
    { id: 'MastheadDetail', name: 'Masthead Detail', basedOn: 'Normal' },
    { id: 'MastheadNote', name: 'Masthead Note', basedOn: 'Normal', italic: true },
  ] satisfies HouseParagraphStyle[] as HouseParagraphStyle[],
  /** Character styles Word links to by id. */
  characters: [
    { id: 'Hyperlink', name: 'Hyperlink', color: '0563C1', underline: true },
    { id: 'FootnoteReference', name: 'footnote reference', superscript: true },
    { id: 'CommentReference', name: 'annotation reference', size: 8 },
  ] satisfies HouseCharacterStyle[] as HouseCharacterStyle[],
  /** Table look: horizontal rules like UN tables; action records get a full light grid. */
  tables: {
    rule: 0.75,
    headerFill: 'F2F2F2',
    cellMargin: 4,
  },
} as const;

/** The house style's type, for code that takes it as a parameter. */
export type HouseStyle = typeof houseStyle;
