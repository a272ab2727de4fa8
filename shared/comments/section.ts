/** Where a thread sits in the plan: the number and title of its innermost section. */
export interface SectionRef {
  /** The heading's computed number ("IV.", "B.", "(a)"), or '' for unnumbered parts. */
  number: string;
  title: string;
}

/** No section: text before the first heading outside the masthead and summary. */
export const NO_SECTION: SectionRef = { number: '', title: '' };

/** The masthead and the summary are named, as they carry no number. */
export const MASTHEAD_SECTION: SectionRef = { number: '', title: 'Masthead' };
/** See {@link MASTHEAD_SECTION}. */
export const SUMMARY_SECTION: SectionRef = { number: '', title: 'Summary' };

// The labels numbering.ts produces: I. / A. / 1. / (a) / (i), and action ids never head sections.
const LABEL = /^(?:[IVXLCDM]+\.|[A-Z]{1,3}\.|\d+\.|\([a-z]+\))$/;

/** A section as stored in a thread's `section` field: "IV. Action areas". */
export function sectionText(section: SectionRef): string {
  return [section.number, section.title].filter((part) => part !== '').join(' ');
}

/** Reads a stored `section` field back; text without a leading number is all title. */
export function parseSectionText(text: string): SectionRef {
  const trimmed = text.trim();
  const space = trimmed.indexOf(' ');
  const head = space < 0 ? trimmed : trimmed.slice(0, space);
  if (!LABEL.test(head)) return { number: '', title: trimmed };
  return { number: head, title: space < 0 ? '' : trimmed.slice(space + 1).trim() };
}
