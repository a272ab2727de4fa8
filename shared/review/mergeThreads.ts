import type { Comment, Thread } from '../document/fileSchema';
import { noteAuthor, type MergeReport } from './report';

/**
 * Whether something in the copy was written after the copy was sent. Comments older than that
 * were in the master when it was sent, so one missing from the master now was deleted there on
 * purpose. A time that cannot be read counts as new: bringing a comment back is better than
 * losing one.
 */
export function writtenAfter(time: string | undefined, sentAt: string): boolean {
  if (time === undefined) return false;
  const at = Date.parse(time);
  const sent = Date.parse(sentAt);
  return !Number.isFinite(at) || !Number.isFinite(sent) || at >= sent;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

/** Puts a reply among the replies in time order; the opening comment stays first. */
function insertByTime(comments: Comment[], reply: Comment): void {
  let at = comments.length;
  while (at > 1 && comments[at - 1]!.time > reply.time) at--;
  comments.splice(at, 0, reply);
}

/** What merging a copy's threads into the master's produced. */
export interface ThreadsMerged {
  threads: Thread[];
  /** Threads that are new to the master; the caller anchors them in its text. */
  added: Thread[];
}

function mergeInto(master: Thread, theirs: Thread, sentAt: string, report: MergeReport): Thread {
  let comments: Comment[] | null = null;
  const own = () => (comments ??= [...master.comments]);
  for (const comment of theirs.comments) {
    const index = (comments ?? master.comments).findIndex((c) => c.id === comment.id);
    const mine = index < 0 ? undefined : (comments ?? master.comments)[index];
    if (mine) {
      // Only the author edits a comment; the later edit wins, so importing twice changes nothing.
      const newer = comment.edited !== undefined && (!mine.edited || comment.edited > mine.edited);
      if (newer && comment.text !== mine.text) {
        own()[index] = { ...mine, text: comment.text, edited: comment.edited };
        report.edited++;
        noteAuthor(report, comment.author.name);
      }
    } else if (writtenAfter(comment.time, sentAt)) {
      insertByTime(own(), comment);
      report.comments++;
      report.replies++;
      noteAuthor(report, comment.author.name);
    } else {
      report.warnings.push(
        `A comment by ${comment.author.name || 'someone'} (“${excerpt(comment.text)}”) was deleted from the master after the copy was sent; it was not brought back.`,
      );
    }
  }
  let thread: Thread = comments ? { ...master, comments } : master;
  if (theirs.status !== master.status) {
    if (theirs.status === 'resolved' && writtenAfter(theirs.resolvedAt, sentAt)) {
      const { resolvedBy, resolvedAt } = theirs;
      thread = { ...thread, status: 'resolved', ...(resolvedBy ? { resolvedBy } : {}), resolvedAt };
      report.statusChanges++;
    } else if (theirs.status === 'open' && !writtenAfter(master.resolvedAt, sentAt)) {
      // Resolved before the copy went out and reopened by the reviewer.
      const { resolvedBy: _by, resolvedAt: _at, ...rest } = thread;
      thread = { ...rest, status: 'open' };
      report.statusChanges++;
    }
  }
  return thread;
}

/**
 * Joins a copy's threads to the master's by id: new threads and replies are added (a comment
 * already there is skipped, so nothing is duplicated), the reviewer's edits of their comments
 * and their resolving or reopening carry over. Comments the master deleted after sending stay
 * deleted and are named in the report's warnings, unless someone answered them in the copy.
 */
export function mergeThreads(
  master: readonly Thread[],
  copy: readonly Thread[],
  sentAt: string,
  report: MergeReport,
): ThreadsMerged {
  const byId = new Map(master.map((t, i) => [t.id, i]));
  const threads = [...master];
  const added: Thread[] = [];
  for (const theirs of copy) {
    const at = byId.get(theirs.id);
    if (at !== undefined) {
      threads[at] = mergeInto(threads[at]!, theirs, sentAt, report);
      continue;
    }
    const fresh = theirs.comments.filter((c) => writtenAfter(c.time, sentAt));
    if (fresh.length === 0) {
      const first = theirs.comments[0];
      report.warnings.push(
        `A thread (“${excerpt(first?.text ?? theirs.quote)}”) was deleted from the master after the copy was sent; it was not brought back.`,
      );
      continue;
    }
    if (fresh.length < theirs.comments.length) {
      report.warnings.push(
        `A thread deleted from the master after the copy was sent (“${excerpt(theirs.quote || theirs.comments[0]?.text || '')}”) came back because ${fresh[0]!.author.name || 'the reviewer'} answered it.`,
      );
    }
    threads.push(theirs);
    added.push(theirs);
    byId.set(theirs.id, threads.length - 1);
    report.threads++;
    report.comments += fresh.length;
    report.replies += fresh.length - (writtenAfter(theirs.comments[0]?.time, sentAt) ? 1 : 0);
    for (const c of fresh) noteAuthor(report, c.author.name);
  }
  return { threads, added };
}
