import type { HouseStyle } from '../../../resources/styles/houseStyle';
import { fontsXml, twips, type StyleNumbering } from './styles';
import { escapeAttr, wordPart } from './xml';

/** numId of the heading ladder I. / A. / 1. / (a) / (i). */
export const HEADINGS_NUM = 1;
/** numId of the paragraph numbers 1. / (a) / (i). */
export const PARAGRAPHS_NUM = 2;

/** The styles that number themselves: Heading 1–5 and Numbered Paragraph. */
export const NUMBERED_STYLES: Readonly<Record<string, StyleNumbering>> = {
  Heading1: { numId: HEADINGS_NUM, level: 0 },
  Heading2: { numId: HEADINGS_NUM, level: 1 },
  Heading3: { numId: HEADINGS_NUM, level: 2 },
  Heading4: { numId: HEADINGS_NUM, level: 3 },
  Heading5: { numId: HEADINGS_NUM, level: 4 },
  NumberedParagraph: { numId: PARAGRAPHS_NUM, level: 0 },
};

/** Word allows nine list levels (0–8). */
export const MAX_LIST_LEVEL = 8;

const ABSTRACT = { headings: 0, paragraphs: 1, bullets: 2, ordered: 3 } as const;

/**
 * The lists of one export: each list gets its own numbering instance (w:num), so it restarts
 * where the document restarts; an ordered list starting elsewhere than 1 gets a definition of
 * its own, so readers that ignore start overrides still show its first number.
 */
export interface ListNumbering {
  /** abstractNumId per start value of ordered lists (1 is the shared definition). */
  orderedStarts: Map<number, number>;
  /** Each list instance in numId order: its definition and start. */
  instances: { abstractId: number; start: number }[];
}

/** An empty plan: only the heading and paragraph numbering. */
export function newListNumbering(): ListNumbering {
  return { orderedStarts: new Map([[1, ABSTRACT.ordered]]), instances: [] };
}

/** A new numbering instance for one list; returns its numId. */
export function addList(plan: ListNumbering, ordered: boolean, start: number): number {
  let abstractId: number = ABSTRACT.bullets;
  if (ordered) {
    const known = plan.orderedStarts.get(start);
    abstractId = known ?? ABSTRACT.ordered + plan.orderedStarts.size;
    if (known === undefined) plan.orderedStarts.set(start, abstractId);
  }
  plan.instances.push({ abstractId, start: ordered ? start : 1 });
  return PARAGRAPHS_NUM + plan.instances.length;
}

interface Level {
  format: string;
  text: string;
  start?: number;
  style?: string;
  pPr?: string;
  rPr?: string;
}

function level(ilvl: number, l: Level): string {
  return (
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.format}"/>` +
    (l.style ? `<w:pStyle w:val="${l.style}"/>` : '') +
    `<w:suff w:val="tab"/><w:lvlText w:val="${escapeAttr(l.text)}"/><w:lvlJc w:val="left"/>` +
    (l.pPr ? `<w:pPr>${l.pPr}</w:pPr>` : '') +
    (l.rPr ? `<w:rPr>${l.rPr}</w:rPr>` : '') +
    '</w:lvl>'
  );
}

function abstractNum(id: number, levels: Level[]): string {
  return (
    `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/>` +
    levels.map((l, i) => level(i, l)).join('') +
    '</w:abstractNum>'
  );
}

/** The UN heading ladder, tied to Heading 1–5 (the styles' hanging indent places the number). */
function headingLevels(): Level[] {
  const ladder: [string, string][] = [
    ['upperRoman', '%1.'],
    ['upperLetter', '%2.'],
    ['decimal', '%3.'],
    ['lowerLetter', '(%4)'],
    ['lowerRoman', '(%5)'],
  ];
  return ladder.map(([format, text], i) => ({ format, text, style: `Heading${i + 1}` }));
}

/**
 * Paragraph numbers 1. / (a) / (i) as UN documents set them: the number at the text indent, a
 * tab to the next step, and following lines back at the text indent.
 */
function paragraphLevels(house: HouseStyle): Level[] {
  const formats: [string, string][] = [
    ['decimal', '%1.'],
    ['lowerLetter', '(%2)'],
    ['lowerRoman', '(%3)'],
  ];
  return formats.map(([format, text], i) => ({
    format,
    text,
    style: i === 0 ? 'NumberedParagraph' : undefined,
    pPr:
      `<w:tabs><w:tab w:val="left" w:pos="${twips(house.textIndent + (i + 1) * house.step)}"/></w:tabs>` +
      `<w:ind w:left="${twips(house.textIndent)}" w:firstLine="${twips(i * house.step)}"/>`,
  }));
}

/** Where list text starts at a level: the mark one step into the text block, the text a step on. */
export function listTextIndent(house: HouseStyle, level: number): number {
  return twips(house.textIndent + (level + 2) * house.step);
}

function hanging(house: HouseStyle, level: number): string {
  return `<w:ind w:left="${listTextIndent(house, level)}" w:hanging="${twips(house.step)}"/>`;
}

const BULLETS = ['\u2022', '\u2013', '\u25AA'];

function bulletLevels(house: HouseStyle): Level[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, i) => ({
    format: 'bullet',
    text: BULLETS[i % BULLETS.length] ?? '\u2022',
    pPr: hanging(house, i),
    rPr: fontsXml(house.font),
  }));
}

function orderedLevels(house: HouseStyle, start: number): Level[] {
  const cycle: [string, (n: number) => string][] = [
    ['decimal', (n) => `%${n}.`],
    ['lowerLetter', (n) => `(%${n})`],
    ['lowerRoman', (n) => `(%${n})`],
  ];
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, i) => {
    const [format, text] = cycle[i % cycle.length] ?? ['decimal', () => '%1.'];
    return { format, text: text(i + 1), start, pPr: hanging(house, i) };
  });
}

function num(numId: number, abstractId: number, restartAt?: number, levels = 0): string {
  let overrides = '';
  for (let i = 0; i < levels; i++) {
    overrides += `<w:lvlOverride w:ilvl="${i}"><w:startOverride w:val="${restartAt}"/></w:lvlOverride>`;
  }
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
}

/** numbering.xml: the headings and paragraph ladders, bullets, ordered lists, one num per list. */
export function numberingXml(house: HouseStyle, plan: ListNumbering): string {
  let body =
    abstractNum(ABSTRACT.headings, headingLevels()) +
    abstractNum(ABSTRACT.paragraphs, paragraphLevels(house)) +
    abstractNum(ABSTRACT.bullets, bulletLevels(house));
  for (const [start, id] of plan.orderedStarts)
    body += abstractNum(id, orderedLevels(house, start));
  body += num(HEADINGS_NUM, ABSTRACT.headings) + num(PARAGRAPHS_NUM, ABSTRACT.paragraphs);
  plan.instances.forEach((list, i) => {
    // Overriding every level's start is what makes Word restart this list instance.
    body += num(PARAGRAPHS_NUM + 1 + i, list.abstractId, list.start, MAX_LIST_LEVEL + 1);
  });
  return wordPart('w:numbering', body);
}
