import type { Node } from 'prosemirror-model';

/** Upper-case Roman numeral, as UN chapters use (I, II, … XLIX). */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`No Roman numeral for ${n}`);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, glyph] of table) {
    while (rest >= value) {
      out += glyph;
      rest -= value;
    }
  }
  return out;
}

/** Letters as Word's upperLetter/lowerLetter formats count: a…z, aa…zz, aaa… */
export function toLetters(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`No letter for ${n}`);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** How each heading level is numbered: I. / A. / 1. / (a) / (i). */
export function headingLabel(level: number, n: number): string {
  switch (level) {
    case 1:
      return `${toRoman(n)}.`;
    case 2:
      return `${toLetters(n).toUpperCase()}.`;
    case 3:
      return `${n}.`;
    case 4:
      return `(${toLetters(n)})`;
    default:
      return `(${toRoman(n).toLowerCase()})`;
  }
}

/** How each numbered-paragraph level is numbered: 1. / (a) / (i). */
export function paragraphLabel(level: number, n: number): string {
  if (level === 0) return `${n}.`;
  if (level === 1) return `(${toLetters(n)})`;
  return `(${toRoman(n).toLowerCase()})`;
}

/** The computed number of one top-level block, or null for blocks that are not numbered. */
export type BlockLabel = string | null;

/**
 * Counters carried from block to block. Numbering is a left fold over the top-level blocks, so
 * a caller can resume from any block whose incoming state it kept.
 */
export interface NumberingState {
  headings: number[];
  paragraphs: number[];
  area: string;
  actions: number;
}

/** The state before the first block. */
export function initialNumbering(): NumberingState {
  return { headings: [0, 0, 0, 0, 0], paragraphs: [0, 0, 0], area: '', actions: 0 };
}

/** Numbers one top-level block, returning its label and the state after it. */
export function numberBlock(state: NumberingState, node: Node): [BlockLabel, NumberingState] {
  const name = node.type.name;
  if (name === 'heading') {
    if (node.attrs.numbered === false) return [null, state];
    const level = node.attrs.level as number;
    const headings = state.headings.map((v, i) =>
      i < level - 1 ? v : i === level - 1 ? v + 1 : 0,
    );
    const n = headings[level - 1] ?? 1;
    const label = headingLabel(level, n);
    if (level <= 2) {
      // Action IDs are per action area (the A./B. sections); a chapter resets them.
      const area = level === 2 ? toLetters(n).toUpperCase() : '';
      return [label, { ...state, headings, area, actions: 0 }];
    }
    return [label, { ...state, headings }];
  }
  if (name === 'numbered_paragraph') {
    const level = node.attrs.level as number;
    const paragraphs = state.paragraphs.map((v, i) => (i < level ? v : i === level ? v + 1 : 0));
    return [paragraphLabel(level, paragraphs[level] ?? 1), { ...state, paragraphs }];
  }
  if (name === 'action_record') {
    const actions = state.actions + 1;
    return [state.area ? `${state.area}.${actions}` : String(actions), { ...state, actions }];
  }
  return [null, state];
}

/** Labels for every top-level block of a document, by index. */
export function numberDocument(doc: Node): BlockLabel[] {
  const labels: BlockLabel[] = [];
  let state = initialNumbering();
  doc.forEach((child) => {
    const [label, next] = numberBlock(state, child);
    labels.push(label);
    state = next;
  });
  return labels;
}
