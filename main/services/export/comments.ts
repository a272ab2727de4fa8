import { AnnotationReference, Paragraph, TextRun, type ICommentOptions } from 'docx';
import type { ThreadModel } from '../../../shared/export-model';

/** Word comments for the threads, and the Word ids each thread's markers refer to. */
export interface WrittenComments {
  comments: ICommentOptions[];
  ids: Map<string, number[]>;
}

/** A durable comment id (w16cid:durableId): eight hex digits below 0x7FFFFFFF. */
function durableId(id: number): string {
  return (0x10000000 + id).toString(16).toUpperCase().padStart(8, '0');
}

function date(time: string): Date | undefined {
  const ms = Date.parse(time);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

function paragraphs(texts: readonly string[]): Paragraph[] {
  return texts.map(
    (text, i) =>
      new Paragraph({
        style: 'CommentText',
        children: [
          // Word opens a comment with its annotation mark, as it writes them itself.
          ...(i === 0
            ? [new TextRun({ style: 'CommentReference', children: [new AnnotationReference()] })]
            : []),
          ...(text ? [new TextRun(text)] : []),
        ],
      }),
  );
}

/**
 * Every comment of every thread as a Word comment: replies point at the thread's first comment
 * (w15:paraIdParent) and a resolved thread marks them all done (w15:done). Durable ids make
 * docx give each comment a w14:paraId, which commentsExtended needs even without replies.
 * Ids start at `firstId` so they never meet another annotation's (Word uses one id space).
 */
export function writeComments(threads: readonly ThreadModel[], firstId: number): WrittenComments {
  const comments: ICommentOptions[] = [];
  const ids = new Map<string, number[]>();
  for (const thread of threads) {
    const threadIds: number[] = [];
    for (const comment of thread.comments) {
      const id = firstId + comments.length;
      comments.push({
        id,
        author: comment.author,
        initials: comment.initials,
        date: date(comment.time),
        parentId: threadIds[0],
        resolved: thread.resolved,
        durableId: durableId(id),
        children: paragraphs(comment.paragraphs),
      });
      threadIds.push(id);
    }
    if (threadIds.length > 0) ids.set(thread.id, threadIds);
  }
  return { comments, ids };
}
