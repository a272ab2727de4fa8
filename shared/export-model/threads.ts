import type { Comment, Thread } from '../document/fileSchema';
import type { CommentAnchors } from './anchors';
import { xmlSafe } from './inline';
import type { CommentModel, ThreadModel } from './types';

/** Initials for a comment balloon when the file has none: first letters of the name's words. */
export function initialsOf(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase());
  return letters.join('').slice(0, 4);
}

/** The sentence that tells a Word reader what a detached thread was about. */
export function detachedNote(quote: string): string {
  const trimmed = quote.trim();
  return trimmed ? `Comment on deleted text: “${xmlSafe(trimmed)}”` : 'Comment on deleted text.';
}

function commentModel(comment: Comment, lead: string | null): CommentModel {
  const paragraphs = xmlSafe(comment.text).split(/\r\n|\r|\n/);
  const name = xmlSafe(comment.author.name);
  return {
    author: name || 'Unknown',
    initials: xmlSafe(comment.author.initials) || initialsOf(name),
    time: comment.time,
    paragraphs: lead === null ? paragraphs : [lead, ...paragraphs],
  };
}

/** The threads that have a place in the document, in the order their anchors appear. */
export function buildThreads(threads: readonly Thread[], anchors: CommentAnchors): ThreadModel[] {
  const byId = new Map(threads.map((t) => [t.id, t]));
  const out: ThreadModel[] = [];
  for (const id of anchors.order) {
    const thread = byId.get(id);
    if (!thread) continue;
    const detached = anchors.detached.has(id);
    out.push({
      id,
      resolved: thread.status === 'resolved',
      detached,
      comments: thread.comments.map((c, i) =>
        commentModel(c, detached && i === 0 ? detachedNote(thread.quote) : null),
      ),
    });
  }
  return out;
}
