import type {
  HouseCharacterStyle,
  HouseParagraphStyle,
  HouseStyle,
} from '../../../resources/styles/houseStyle';
import { escapeAttr, wordPart } from './xml';

/** Points to twentieths of a point (twips), Word's unit for lengths. */
export function twips(points: number): number {
  return Math.round(points * 20);
}

/** Points to eighths of a point, Word's unit for border widths. */
export function eighths(points: number): number {
  return Math.round(points * 8);
}

/** A style's place in a numbering definition, so text given the style in Word is numbered. */
export interface StyleNumbering {
  numId: number;
  level: number;
}

/** w:rFonts naming one font for every script. */
export function fontsXml(font: string): string {
  const f = escapeAttr(font);
  return `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/>`;
}

function sizeXml(points: number | undefined): string {
  if (points === undefined) return '';
  const half = Math.round(points * 2);
  return `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/>`;
}

function onOff(tag: string, value: boolean | undefined): string {
  if (value === undefined) return '';
  return value ? `<w:${tag}/><w:${tag}Cs/>` : `<w:${tag} w:val="0"/><w:${tag}Cs w:val="0"/>`;
}

function paragraphProperties(style: HouseParagraphStyle, numbering?: StyleNumbering): string {
  const attr = (name: string, points: number | undefined) =>
    points === undefined ? '' : ` w:${name}="${twips(points)}"`;
  let pPr = '';
  if (style.keepNext) pPr += '<w:keepNext/>';
  if (style.keepLines) pPr += '<w:keepLines/>';
  if (numbering) {
    pPr += `<w:numPr><w:ilvl w:val="${numbering.level}"/><w:numId w:val="${numbering.numId}"/></w:numPr>`;
  }
  const spacing =
    attr('before', style.before) +
    attr('after', style.after) +
    (style.line === undefined ? '' : `${attr('line', style.line)} w:lineRule="exact"`);
  if (spacing) pPr += `<w:spacing${spacing}/>`;
  const indent =
    attr('left', style.left) + attr('right', style.right) + attr('hanging', style.hanging);
  if (indent) pPr += `<w:ind${indent}/>`;
  if (style.alignment) pPr += `<w:jc w:val="${style.alignment}"/>`;
  if (style.outlineLevel !== undefined) pPr += `<w:outlineLvl w:val="${style.outlineLevel}"/>`;
  return pPr ? `<w:pPr>${pPr}</w:pPr>` : '';
}

function paragraphStyle(
  style: HouseParagraphStyle,
  font: string,
  numbering: StyleNumbering | undefined,
): string {
  const isDefault = style.id === 'Normal';
  const rPr =
    (isDefault ? fontsXml(font) : '') +
    onOff('b', style.bold) +
    onOff('i', style.italic) +
    sizeXml(style.size);
  return (
    `<w:style w:type="paragraph"${isDefault ? ' w:default="1"' : ''} w:styleId="${style.id}">` +
    `<w:name w:val="${escapeAttr(style.name)}"/>` +
    (style.basedOn ? `<w:basedOn w:val="${style.basedOn}"/>` : '') +
    (style.next ? `<w:next w:val="${style.next}"/>` : '') +
    (style.quick ? '<w:qFormat/>' : '') +
    paragraphProperties(style, numbering) +
    (rPr ? `<w:rPr>${rPr}</w:rPr>` : '') +
    '</w:style>'
  );
}

function characterStyle(style: HouseCharacterStyle): string {
  const rPr =
    (style.color ? `<w:color w:val="${style.color}"/>` : '') +
    sizeXml(style.size) +
    (style.underline ? '<w:u w:val="single"/>' : '') +
    (style.superscript ? '<w:vertAlign w:val="superscript"/>' : '');
  return (
    `<w:style w:type="character" w:styleId="${style.id}">` +
    `<w:name w:val="${escapeAttr(style.name)}"/><w:basedOn w:val="DefaultParagraphFont"/>` +
    `<w:uiPriority w:val="99"/><w:unhideWhenUsed/>` +
    (rPr ? `<w:rPr>${rPr}</w:rPr>` : '') +
    '</w:style>'
  );
}

function border(side: string, points: number): string {
  return `<w:${side} w:val="single" w:sz="${eighths(points)}" w:space="0" w:color="auto"/>`;
}

/** Word's own defaults that other styles lean on. */
const WORD_DEFAULTS =
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>';

/**
 * The two table styles: UN-like tables with rules above, under the header row and below; action
 * records with a light full grid.
 */
function tableStyles(house: HouseStyle): string {
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
  return plain + action;
}

/**
 * styles.xml: document defaults, every house paragraph, character and table style by name.
 * Styles in `numbered` carry their numbering, as Word's own numbered heading styles do.
 */
export function stylesXml(
  house: HouseStyle,
  numbered: Readonly<Record<string, StyleNumbering>> = {},
): string {
  const defaults =
    `<w:docDefaults><w:rPrDefault><w:rPr>${fontsXml(house.font)}${sizeXml(house.size)}</w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:line="${twips(house.line)}" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>`;
  return wordPart(
    'w:styles',
    defaults +
      WORD_DEFAULTS +
      tableStyles(house) +
      house.paragraphs.map((s) => paragraphStyle(s, house.font, numbered[s.id])).join('') +
      house.characters.map(characterStyle).join(''),
  );
}
