import {
  AlignmentType,
  DocumentDefaults,
  ImportedXmlComponent,
  LineRuleType,
  type ICharacterStyleOptions,
  type IParagraphStyleOptions,
  type IStylesOptions,
} from 'docx';
import type {
  HouseCharacterStyle,
  HouseParagraphStyle,
  HouseStyle,
} from '../../../resources/styles/houseStyle';

/** Points to twentieths of a point (twips), Word's unit for lengths. */
export function twips(points: number): number {
  return Math.round(points * 20);
}

/** Points to eighths of a point, Word's unit for border widths. */
export function eighths(points: number): number {
  return Math.round(points * 8);
}

const ALIGN = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
  both: AlignmentType.JUSTIFIED,
} as const;

/** A style's place in a numbering definition, so text given the style in Word is numbered. */
export interface StyleNumbering {
  reference: string;
  level: number;
}

function paragraphStyle(
  style: HouseParagraphStyle,
  font: string,
  numbering: StyleNumbering | undefined,
): IParagraphStyleOptions {
  const pt = (v: number | undefined) => (v === undefined ? undefined : twips(v));
  return {
    id: style.id,
    name: style.name,
    basedOn: style.basedOn,
    next: style.next,
    quickFormat: style.quick,
    run: {
      font,
      size: style.size === undefined ? undefined : style.size * 2,
      bold: style.bold,
      italics: style.italic,
    },
    paragraph: {
      alignment: style.alignment && ALIGN[style.alignment],
      spacing: {
        before: pt(style.before),
        after: pt(style.after),
        line: pt(style.line),
        lineRule: style.line === undefined ? undefined : LineRuleType.EXACT,
      },
      indent:
        style.left === undefined && style.right === undefined && style.hanging === undefined
          ? undefined
          : { left: pt(style.left), right: pt(style.right), hanging: pt(style.hanging) },
      keepNext: style.keepNext,
      keepLines: style.keepLines,
      outlineLevel: style.outlineLevel,
      numbering,
    },
  };
}

function characterStyle(style: HouseCharacterStyle): ICharacterStyleOptions {
  return {
    id: style.id,
    name: style.name,
    basedOn: 'DefaultParagraphFont',
    run: {
      size: style.size === undefined ? undefined : style.size * 2,
      color: style.color,
      underline: style.underline ? {} : undefined,
      superScript: style.superscript,
    },
  };
}

function border(side: string, points: number): string {
  return `<w:${side} w:val="single" w:sz="${eighths(points)}" w:space="0" w:color="auto"/>`;
}

/** Word's own defaults that other styles lean on (docx drops its copies when given styles). */
const WORD_DEFAULTS = [
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
  '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
];

/**
 * The two table styles, as raw style XML since docx has no table-style builder: UN-like tables
 * with rules above, under the header row and below; action records with a light full grid.
 */
function tableStyles(house: HouseStyle): string[] {
  const { rule, headerFill, cellMargin } = house.tables;
  const margins = `<w:tblCellMar><w:top w:w="${twips(cellMargin / 2)}" w:type="dxa"/><w:left w:w="${twips(cellMargin)}" w:type="dxa"/><w:bottom w:w="${twips(cellMargin / 2)}" w:type="dxa"/><w:right w:w="${twips(cellMargin)}" w:type="dxa"/></w:tblCellMar>`;
  const text = `<w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr>`;
  const plain =
    `<w:style w:type="table" w:styleId="AccordTable"><w:name w:val="Accord Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>` +
    text +
    `<w:tblPr><w:tblBorders>${border('top', rule)}${border('bottom', rule)}</w:tblBorders>${margins}</w:tblPr>` +
    `<w:tblStylePr w:type="firstRow"><w:rPr><w:i/></w:rPr><w:tcPr><w:tcBorders>${border('bottom', rule)}</w:tcBorders></w:tcPr></w:tblStylePr></w:style>`;
  const grid = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => border(side, rule / 2))
    .join('');
  const action =
    `<w:style w:type="table" w:styleId="AccordActionTable"><w:name w:val="Accord Action Record"/><w:basedOn w:val="AccordTable"/><w:uiPriority w:val="59"/>` +
    `<w:tblPr><w:tblBorders>${grid}</w:tblBorders>${margins}</w:tblPr>` +
    `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:i w:val="0"/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${headerFill}"/></w:tcPr></w:tblStylePr>` +
    `<w:tblStylePr w:type="firstCol"><w:rPr><w:i/></w:rPr></w:tblStylePr></w:style>`;
  return [plain, action];
}

/**
 * The document's styles: every house paragraph, character and table style, by name. Styles in
 * `numbered` carry their numbering, as Word's own numbered heading styles do.
 */
export function buildStyles(
  house: HouseStyle,
  numbered: Readonly<Record<string, StyleNumbering>> = {},
): IStylesOptions {
  // Giving importedStyles replaces all of docx's defaults, so the document defaults come here.
  const defaults = new DocumentDefaults({
    run: { font: house.font, size: house.size * 2 },
    paragraph: { spacing: { line: twips(house.line), lineRule: LineRuleType.EXACT } },
  });
  return {
    importedStyles: [
      defaults,
      ...[...WORD_DEFAULTS, ...tableStyles(house)].map((xml) =>
        ImportedXmlComponent.fromXmlString(xml),
      ),
    ],
    paragraphStyles: house.paragraphs.map((s) => paragraphStyle(s, house.font, numbered[s.id])),
    characterStyles: house.characters.map(characterStyle),
  };
}
