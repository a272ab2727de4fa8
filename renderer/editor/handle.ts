import type { Node } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';

/** One heading in the outline panel. */
export interface OutlineEntry {
  /** The heading block's stable id. */
  id: string;
  level: number;
  /** Its computed number, e.g. "IV." or "B.". */
  label: string;
  title: string;
  /** Words in the section: the heading and everything under it up to the next heading of its level or higher. */
  words: number;
}

/** Counts for the status bar. */
export interface WordCounts {
  total: number;
  /** Words in the section holding the selection, or null before the first heading. */
  section: number | null;
  sectionLabel: string | null;
}

/** Names of the commands the toolbar, menus and shortcuts run. */
export type EditorCommand =
  | 'undo'
  | 'redo'
  | 'bold'
  | 'italic'
  | 'underline'
  | 'superscript'
  | 'subscript'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'heading5'
  | 'numberedParagraph'
  | 'paragraph'
  | 'indent'
  | 'outdent'
  | 'bulletList'
  | 'orderedList'
  | 'blockquote'
  | 'insertTable'
  | 'insertActionRecord'
  | 'insertFootnote'
  | 'removeLink';

/** What changed in a transaction, for subscribers that re-render chrome. */
export interface EditorChange {
  docChanged: boolean;
  /** True when the set or order of headings (and so the outline) may have changed. */
  outlineChanged: boolean;
}

/**
 * The editor as the React chrome sees it. React never renders the document; it calls these
 * methods and re-renders its own panels when `subscribe` says something changed.
 */
export interface EditorHandle {
  /** The underlying view, for tests and plugins; chrome code should prefer the methods. */
  readonly view: EditorView;
  getDoc(): Node;
  /** Replaces the whole document (open, recover, restore) and clears undo history. */
  setDoc(doc: Node): void;
  subscribe(listener: (change: EditorChange) => void): () => void;
  outline(): OutlineEntry[];
  wordCounts(): WordCounts;
  run(command: EditorCommand): boolean;
  canRun(command: EditorCommand): boolean;
  isActive(command: EditorCommand): boolean;
  /** Adds or edits a link on the selection; only https:, http: and mailto: are accepted. */
  setLink(href: string): boolean;
  /** Moves a section (heading and everything under it) past its previous or next sibling section. */
  moveSection(headingId: string, direction: 'up' | 'down'): boolean;
  /** Moves a section to just before another heading (drag and drop in the outline); null target = end. */
  moveSectionBefore(headingId: string, targetHeadingId: string | null): boolean;
  /** Scrolls to a block and puts the cursor at its start. */
  jumpTo(blockId: string): void;
  setEditable(editable: boolean): void;
  /** Whether suggestion mode (track changes) is on. */
  isTrackingChanges(): boolean;
  /** Turns suggestion mode on or off; false when refused (read-only, or off while locked). */
  setTrackChanges(on: boolean): boolean;
  /** Whether suggestion mode is locked on (a review copy). */
  isTrackChangesLocked(): boolean;
  /** Locks suggestion mode on (review copies) or unlocks it; survives setDoc. */
  lockTrackChanges(locked: boolean): void;
  focus(): void;
  destroy(): void;
}
