import { threadStates, type SectionRef, type ThreadStatus } from '../../shared/comments';
import type { LoadedDocument } from '../../shared/document/load';
import { documentCommand } from './documentCommand';
import { EXIT } from './io';

/** One comment as `accord comments` prints it. */
export interface CommentLine {
  id: string;
  author: string;
  initials: string;
  organization: string;
  time: string;
  text: string;
  edited?: string;
}

/** One thread as `accord comments` prints it. */
export interface ThreadLine {
  id: string;
  /** `detached` when its text is gone, whether it was resolved or not (see `resolved`). */
  status: ThreadStatus;
  resolved: boolean;
  section: SectionRef;
  /** The commented text now, or as last saved for a detached thread. */
  quote: string;
  comments: CommentLine[];
  resolvedBy?: string;
  resolvedAt?: string;
}

/** The threads of a document in document order, detached ones included. */
export function commentsReport({ doc, file }: LoadedDocument): ThreadLine[] {
  return threadStates(doc, file.comments).map(({ thread, status, resolved, section, quote }) => ({
    id: thread.id,
    status,
    resolved,
    section,
    quote,
    comments: thread.comments.map((c) => ({
      id: c.id,
      author: c.author.name,
      initials: c.author.initials,
      organization: c.author.organization,
      time: c.time,
      text: c.text,
      ...(c.edited === undefined ? {} : { edited: c.edited }),
    })),
    ...(thread.resolvedBy ? { resolvedBy: thread.resolvedBy.name } : {}),
    ...(thread.resolvedAt ? { resolvedAt: thread.resolvedAt } : {}),
  }));
}

/** `accord comments FILE`: every comment thread as JSON, for scripts and reviewers. */
export const commentsCommand = documentCommand({
  name: 'comments',
  summary: 'print the comment threads (status, section, quoted text, comments) as JSON',
  act(_target, loaded, ctx) {
    ctx.out(JSON.stringify(commentsReport(loaded), null, 2));
    return EXIT.ok;
  },
});
