/** Why a reviewer's suggestion could not simply be applied to the master. */
export type ConflictKind =
  /** The reviewer and the master (or an earlier copy) changed the same words. */
  | 'same-words'
  /** The reviewer suggested changes to a block the master has since deleted. */
  | 'deleted-in-master'
  /** The reviewer proposed a new block format (heading level, type) the master also changed. */
  | 'format'
  /** The suggestion could not be placed in the master's structure (no place left for it). */
  | 'placement';

/** One conflict, as the import report lists it. */
export interface ConflictEntry {
  kind: ConflictKind;
  /**
   * The id of the conflict note (a comment thread by the reviewer) and of the tracked changes
   * holding the reviewer's proposal, when there are any.
   */
  id: string;
  reviewer: string;
  /** The block the reviewer changed. */
  blockId: string;
  /** What the reviewer proposed, the text the master has there now, and what was sent. */
  proposed: string;
  current: string;
  sent: string;
}

/** A new thread whose text could not be found in the master: kept, shown as detached. */
export interface DetachedEntry {
  threadId: string;
  quote: string;
}

/** What importing one review copy did. */
export interface MergeReport {
  /** The copy's title and document id (a copy has its own id; see shared/review/copy.ts). */
  copyTitle: string;
  copyId: string;
  /** The reviewers named when the copy was sent, else the authors found in it, joined. */
  reviewer: string;
  /** People whose comments or suggestions came in, in order of appearance. */
  authors: string[];
  /** New threads, new comments in all (openings and replies), and replies to existing threads. */
  threads: number;
  comments: number;
  replies: number;
  /** Comments the reviewer edited (their own), and threads they resolved or reopened. */
  edited: number;
  statusChanges: number;
  /** Suggestions (tracked changes) applied to the master as the reviewer's. */
  suggestions: number;
  conflicts: ConflictEntry[];
  detached: DetachedEntry[];
  /** Sentences for the user about what was not imported and why. */
  warnings: string[];
  /** True when only comments came in (the base version is missing from the master). */
  commentsOnly: boolean;
  /** True when this exact copy was imported before: nothing was changed. */
  alreadyImported: boolean;
}

/** A report with nothing counted yet. */
export function emptyReport(copyTitle: string, copyId: string, reviewer: string): MergeReport {
  return {
    copyTitle,
    copyId,
    reviewer,
    authors: [],
    threads: 0,
    comments: 0,
    replies: 0,
    edited: 0,
    statusChanges: 0,
    suggestions: 0,
    conflicts: [],
    detached: [],
    warnings: [],
    commentsOnly: false,
    alreadyImported: false,
  };
}

/** Adds an author to a report's list once. */
export function noteAuthor(report: MergeReport, name: string): void {
  if (name && !report.authors.includes(name)) report.authors.push(name);
}

/** Whether importing changed anything. */
export function changedAnything(report: MergeReport): boolean {
  return (
    report.comments +
      report.edited +
      report.statusChanges +
      report.suggestions +
      report.conflicts.length >
    0
  );
}
