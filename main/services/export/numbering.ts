import {
  AlignmentType,
  LevelFormat,
  LevelSuffix,
  type ILevelsOptions,
  type NumberingDefinition,
} from 'docx';
import type { HouseStyle } from '../../../resources/styles/houseStyle';
import { twips } from './styles';

/** Numbering references of the document's lists, as written to numbering.xml. */
export const NUMBERING = {
  headings: 'accord-headings',
  paragraphs: 'accord-paragraphs',
  bullets: 'accord-bullets',
  ordered: 'accord-ordered',
} as const;

/** The styles that number themselves: Heading 1–5 and Numbered Paragraph. */
export const NUMBERED_STYLES: Readonly<Record<string, { reference: string; level: number }>> = {
  Heading1: { reference: NUMBERING.headings, level: 0 },
  Heading2: { reference: NUMBERING.headings, level: 1 },
  Heading3: { reference: NUMBERING.headings, level: 2 },
  Heading4: { reference: NUMBERING.headings, level: 3 },
  Heading5: { reference: NUMBERING.headings, level: 4 },
  NumberedParagraph: { reference: NUMBERING.paragraphs, level: 0 },
};

/** Word allows nine list levels (0–8). */
export const MAX_LIST_LEVEL = 8;

type Format = (typeof LevelFormat)[keyof typeof LevelFormat];

/** The UN heading ladder I. / A. / 1. / (a) / (i), tied to Heading 1–5. */
function headingLevels(): ILevelsOptions[] {
  const ladder: [Format, string][] = [
    [LevelFormat.UPPER_ROMAN, '%1.'],
    [LevelFormat.UPPER_LETTER, '%2.'],
    [LevelFormat.DECIMAL, '%3.'],
    [LevelFormat.LOWER_LETTER, '(%4)'],
    [LevelFormat.LOWER_ROMAN, '(%5)'],
  ];
  // The hanging indent of each heading style is where the tab after the number stops.
  return ladder.map(([format, text], level) => ({
    level,
    format,
    text,
    start: 1,
    suffix: LevelSuffix.TAB,
    style: { style: `Heading${level + 1}` },
  }));
}

/**
 * Paragraph numbers 1. / (a) / (i) as UN documents set them: the number at the text indent, a
 * tab to the next step, and following lines back at the text indent.
 */
function paragraphLevels(house: HouseStyle): ILevelsOptions[] {
  const formats: [Format, string][] = [
    [LevelFormat.DECIMAL, '%1.'],
    [LevelFormat.LOWER_LETTER, '(%2)'],
    [LevelFormat.LOWER_ROMAN, '(%3)'],
  ];
  return formats.map(([format, text], level) => ({
    level,
    format,
    text,
    start: 1,
    suffix: LevelSuffix.TAB,
    style: {
      style: level === 0 ? 'NumberedParagraph' : undefined,
      paragraph: {
        indent: {
          left: twips(house.textIndent),
          firstLine: twips(level * house.step),
        },
        leftTabStop: twips(house.textIndent + (level + 1) * house.step),
      },
    },
  }));
}

/** Where list text starts at a level: the mark one step into the text block, the text a step on. */
export function listTextIndent(house: HouseStyle, level: number): number {
  return twips(house.textIndent + (level + 2) * house.step);
}

function hanging(house: HouseStyle, level: number) {
  return {
    indent: {
      left: listTextIndent(house, level),
      hanging: twips(house.step),
    },
  };
}

const BULLETS = ['\u2022', '\u2013', '\u25AA'];

function bulletLevels(house: HouseStyle): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: BULLETS[level % BULLETS.length] ?? '\u2022',
    alignment: AlignmentType.LEFT,
    suffix: LevelSuffix.TAB,
    style: { paragraph: hanging(house, level), run: { font: house.font } },
  }));
}

function orderedLevels(house: HouseStyle, start: number): ILevelsOptions[] {
  const cycle: [Format, (n: number) => string][] = [
    [LevelFormat.DECIMAL, (n) => `%${n}.`],
    [LevelFormat.LOWER_LETTER, (n) => `(%${n})`],
    [LevelFormat.LOWER_ROMAN, (n) => `(%${n})`],
  ];
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => {
    const [format, text] = cycle[level % cycle.length] ?? [LevelFormat.DECIMAL, () => '%1.'];
    return {
      level,
      format,
      text: text(level + 1),
      start,
      suffix: LevelSuffix.TAB,
      style: { paragraph: hanging(house, level) },
    };
  });
}

/** The definitions every export has: headings, paragraphs, bullets and ordered lists from 1. */
export function numberingDefinitions(house: HouseStyle): NumberingDefinition[] {
  return [
    { reference: NUMBERING.headings, levels: headingLevels() },
    { reference: NUMBERING.paragraphs, levels: paragraphLevels(house) },
    { reference: NUMBERING.bullets, levels: bulletLevels(house) },
    { reference: NUMBERING.ordered, levels: orderedLevels(house, 1) },
  ];
}

/**
 * The numbering of a list: bullets, ordered from 1, or a definition of its own for an ordered
 * list that starts elsewhere (docx restarts each instance at its levels' starts).
 */
export function listNumbering(
  house: HouseStyle,
  ordered: boolean,
  start: number,
): string | NumberingDefinition {
  if (!ordered) return NUMBERING.bullets;
  if (start === 1) return NUMBERING.ordered;
  return { reference: `${NUMBERING.ordered}-from-${start}`, levels: orderedLevels(house, start) };
}
