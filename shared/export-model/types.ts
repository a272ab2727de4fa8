/**
 * A plain, Word-oriented picture of a document: what a .docx writer needs and nothing it must
 * work out from ProseMirror. Numbers (headings, paragraphs, lists) are not typed here; `label`
 * only records what Word's numbering will show, for action IDs and for tests.
 */

import type { MastheadFieldKey } from '../schema';

/** Character formatting of a run. */
export interface RunFormat {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  superscript: boolean;
  subscript: boolean;
}

/** A tracked insertion or deletion on a run, as Word records it. */
export interface ChangeInfo {
  kind: 'insertion' | 'deletion';
  author: string;
  /** ISO 8601 time of the change, or '' when unknown. */
  time: string;
}

/** Text with one formatting, link and change. Never empty. */
export interface TextInline {
  kind: 'text';
  text: string;
  format: RunFormat;
  link: string | null;
  change: ChangeInfo | null;
}

/** A line break inside a paragraph. */
export interface BreakInline {
  kind: 'break';
  change: ChangeInfo | null;
}

/** A footnote reference; the note's text is in `ExportModel.footnotes` under the same number. */
export interface FootnoteInline {
  kind: 'footnote';
  footnote: number;
  format: RunFormat;
  change: ChangeInfo | null;
}

/** Where a comment thread's anchored range starts or ends. */
export interface CommentMarker {
  kind: 'commentStart' | 'commentEnd';
  thread: string;
}

/** Anything inside a paragraph. */
export type Inline = TextInline | BreakInline | FootnoteInline | CommentMarker;

/** A paragraph of running text: in the body, a quote, a list, a table cell or a field. */
export interface ParagraphBlock {
  kind: 'paragraph';
  blockId: string | null;
  runs: Inline[];
}

/** A heading of the UN ladder, level 1 (I.) to 5 ((i)); annex headings are not numbered. */
export interface HeadingBlock {
  kind: 'heading';
  blockId: string | null;
  level: number;
  numbered: boolean;
  /** The number Word will show, or '' for an unnumbered heading. */
  label: string;
  runs: Inline[];
}

/** A consecutively numbered paragraph, level 0 (1.), 1 ((a)) or 2 ((i)). */
export interface NumberedBlock {
  kind: 'numbered';
  blockId: string | null;
  level: number;
  label: string;
  runs: Inline[];
}

/** A block quotation. */
export interface QuoteBlock {
  kind: 'quote';
  blockId: string | null;
  paragraphs: ParagraphBlock[];
}

/** One item of a list: its first paragraph carries the bullet or number. */
export interface ListItem {
  blockId: string | null;
  content: (ParagraphBlock | ListBlock)[];
}

/**
 * A bullet or ordered list. Every list is a restart point: it starts at `start` whatever came
 * before, and `depth` is its nesting (0 for a list in the body).
 */
export interface ListBlock {
  kind: 'list';
  blockId: string | null;
  /** Unique in the model, so a writer can give each list its own numbering instance. */
  listId: number;
  ordered: boolean;
  start: number;
  depth: number;
  items: ListItem[];
}

/** A table cell. */
export interface TableCellModel {
  header: boolean;
  colspan: number;
  rowspan: number;
  paragraphs: ParagraphBlock[];
}

/** A table row; `header` rows lead the table and repeat on each page. */
export interface TableRowModel {
  header: boolean;
  cells: TableCellModel[];
}

/** A table. */
export interface TableBlock {
  kind: 'table';
  blockId: string | null;
  rows: TableRowModel[];
}

/** One field of an action record. */
export interface ActionFieldModel {
  key: string;
  label: string;
  paragraphs: ParagraphBlock[];
}

/** An action record, written as a table of its fields under a row with its ID and status. */
export interface ActionBlock {
  kind: 'action';
  blockId: string | null;
  actionId: string;
  status: string;
  statusLabel: string;
  fields: ActionFieldModel[];
}

/** Any block of the summary or body. */
export type Block =
  ParagraphBlock | HeadingBlock | NumberedBlock | QuoteBlock | ListBlock | TableBlock | ActionBlock;

/** One masthead line with its runs (it can carry comments and changes like any text). */
export interface MastheadLine {
  field: MastheadFieldKey;
  text: string;
  runs: Inline[];
}

/** A footnote's text. */
export interface FootnoteModel {
  id: number;
  runs: Inline[];
}

/** One comment of a thread, as Word shows it. */
export interface CommentModel {
  author: string;
  initials: string;
  /** ISO 8601, or '' when unknown. */
  time: string;
  paragraphs: string[];
}

/**
 * A comment thread: the first comment and its replies. `detached` threads lost their anchored
 * words; they sit at the start of their block (or the body) and quote what they were about.
 */
export interface ThreadModel {
  id: string;
  resolved: boolean;
  detached: boolean;
  comments: CommentModel[];
}

/** Document properties for docProps/core.xml. */
export interface ExportProperties {
  title: string;
  subject: string;
  creator: string;
  created: string;
  modified: string;
}

/** What to include besides the text. */
export interface ExportOptions {
  comments: boolean;
  changes: boolean;
}

/** The whole document, ready for a writer. */
export interface ExportModel {
  properties: ExportProperties;
  masthead: MastheadLine[];
  /** The unnumbered summary, or null when the document has none. */
  summary: Block[] | null;
  body: Block[];
  footnotes: FootnoteModel[];
  /** Threads in document order of their anchors; empty unless comments are included. */
  threads: ThreadModel[];
}
