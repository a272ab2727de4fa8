import { LIMITS, type Comment, type Person, type Thread } from '../document/fileSchema';
import { newId } from '../document/ids';
import { fail, ok, type Result } from '../result';

/** What a thread remembers about its anchor, for when its text is gone. */
export type StoredAnchor = Pick<Thread, 'quote' | 'blockId' | 'section'>;

/** A comment about to be written: by whom, when, and what. */
export interface CommentDraft {
  /** Null until the user has said who they are; every write then asks them to. */
  author: Person | null;
  text: string;
  /** ISO 8601. */
  time: string;
  /** A new id is made when absent. */
  id?: string;
}

/** The text left in place of an opening comment deleted after others replied. */
export const DELETED_TEXT = '(deleted)';

/** Why a comment cannot be written yet: the user has not said who they are. */
export const NO_IDENTITY =
  'Say who you are (name, initials and organization) in Settings before writing comments.';

/** Whether two people are the same author: same name and organization, ignoring case and spaces. */
export function sameAuthor(a: Person, b: Person): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a.name) === norm(b.name) && norm(a.organization) === norm(b.organization);
}

/** Whether `person` may edit or delete this comment: only its author may. */
export function isOwn(comment: Comment, person: Person | null): boolean {
  return person !== null && sameAuthor(comment.author, person);
}

/** Whether a comment is the stand-in for an opening comment its author deleted. */
export function isDeletedStandIn(comment: Comment): boolean {
  return comment.text === DELETED_TEXT && comment.edited !== undefined;
}

/** Refuses empty or whitespace-only text and text over the file format's limit. */
export function checkCommentText(text: string): Result<string> {
  if (text.trim() === '')
    return fail('invalid-argument', 'Write something before posting a comment.');
  if (text.length > LIMITS.maxCommentText) {
    return fail(
      'too-large',
      `This comment is too long (${text.length.toLocaleString('en')} characters; at most ${LIMITS.maxCommentText.toLocaleString('en')}).`,
    );
  }
  return ok(text);
}

function checkDraft(draft: CommentDraft): Result<Comment> {
  if (!draft.author) return fail('invalid-argument', NO_IDENTITY);
  const text = checkCommentText(draft.text);
  if (!text.ok) return text;
  return ok({ id: draft.id ?? newId(), author: draft.author, time: draft.time, text: draft.text });
}

function findThread(threads: readonly Thread[], threadId: string): Result<number> {
  const index = threads.findIndex((t) => t.id === threadId);
  return index < 0
    ? fail('not-found', 'This comment thread no longer exists; it may have been deleted.')
    : ok(index);
}

function replaced(threads: readonly Thread[], index: number, thread: Thread | null): Thread[] {
  const next = threads.slice();
  if (thread) next[index] = thread;
  else next.splice(index, 1);
  return next;
}

/** Starts a thread with its first comment; `id` is also the id of its comment mark. */
export function createThread(
  threads: readonly Thread[],
  request: { id: string; anchor: StoredAnchor; comment: CommentDraft },
): Result<Thread[]> {
  if (threads.some((t) => t.id === request.id)) {
    return fail('invalid-argument', `A comment thread with id ${request.id} already exists.`);
  }
  const comment = checkDraft(request.comment);
  if (!comment.ok) return comment;
  const { quote, blockId, section } = request.anchor;
  const thread: Thread = {
    id: request.id,
    status: 'open',
    quote,
    blockId,
    section,
    comments: [comment.value],
  };
  return ok([...threads, thread]);
}

/** Adds a reply at the end of a thread; anyone may reply, to open or resolved threads. */
export function reply(
  threads: readonly Thread[],
  threadId: string,
  draft: CommentDraft,
): Result<Thread[]> {
  const at = findThread(threads, threadId);
  if (!at.ok) return at;
  const comment = checkDraft(draft);
  if (!comment.ok) return comment;
  const thread = threads[at.value] as Thread;
  return ok(
    replaced(threads, at.value, { ...thread, comments: [...thread.comments, comment.value] }),
  );
}

function ownComment(
  threads: readonly Thread[],
  threadId: string,
  commentId: string,
  person: Person | null,
  verb: string,
): Result<{ index: number; position: number }> {
  if (!person) return fail('invalid-argument', NO_IDENTITY);
  const at = findThread(threads, threadId);
  if (!at.ok) return at;
  const thread = threads[at.value] as Thread;
  const position = thread.comments.findIndex((c) => c.id === commentId);
  const comment = thread.comments[position];
  if (!comment) return fail('not-found', 'This comment no longer exists.');
  if (!isOwn(comment, person)) {
    return fail(
      'read-only',
      `Only ${comment.author.name || 'its author'} can ${verb} this comment; you can reply to it.`,
    );
  }
  return ok({ index: at.value, position });
}

/** Changes the text of one's own comment and records when. */
export function editComment(
  threads: readonly Thread[],
  threadId: string,
  commentId: string,
  draft: Omit<CommentDraft, 'id'>,
): Result<Thread[]> {
  const found = ownComment(threads, threadId, commentId, draft.author, 'edit');
  if (!found.ok) return found;
  const text = checkCommentText(draft.text);
  if (!text.ok) return text;
  const thread = threads[found.value.index] as Thread;
  const comments = thread.comments.map((c, i) =>
    i === found.value.position ? { ...c, text: draft.text, edited: draft.time } : c,
  );
  return ok(replaced(threads, found.value.index, { ...thread, comments }));
}

/**
 * Deletes one's own comment. A reply simply goes. The opening comment takes the whole thread
 * with it, as in Word and Google Docs, unless someone else has replied: their replies are
 * theirs, so the thread stays with "(deleted)" in place of the opening text. A thread left with
 * nothing but that stand-in goes too. The caller removes the mark of a thread that is gone.
 */
export function deleteComment(
  threads: readonly Thread[],
  threadId: string,
  commentId: string,
  by: Person | null,
  time: string,
): Result<Thread[]> {
  if (!by) return fail('invalid-argument', NO_IDENTITY);
  const found = ownComment(threads, threadId, commentId, by, 'delete');
  if (!found.ok) return found;
  const { index, position } = found.value;
  const thread = threads[index] as Thread;
  let comments: Comment[];
  if (position === 0) {
    const othersReplied = thread.comments.slice(1).some((c) => !sameAuthor(c.author, by));
    if (!othersReplied) return ok(replaced(threads, index, null));
    const opening = thread.comments[0] as Comment;
    comments = [{ ...opening, text: DELETED_TEXT, edited: time }, ...thread.comments.slice(1)];
  } else {
    comments = thread.comments.filter((_c, i) => i !== position);
  }
  if (comments.every(isDeletedStandIn)) return ok(replaced(threads, index, null));
  return ok(replaced(threads, index, { ...thread, comments }));
}

/** Marks a thread resolved, by whom and when; anyone may, as in Word. */
export function resolve(
  threads: readonly Thread[],
  threadId: string,
  by: Person | null,
  time: string,
): Result<Thread[]> {
  if (!by) return fail('invalid-argument', NO_IDENTITY);
  const at = findThread(threads, threadId);
  if (!at.ok) return at;
  const thread = threads[at.value] as Thread;
  if (thread.status === 'resolved')
    return fail('invalid-argument', 'This thread is already resolved.');
  return ok(
    replaced(threads, at.value, {
      ...thread,
      status: 'resolved',
      resolvedBy: by,
      resolvedAt: time,
    }),
  );
}

/** Opens a resolved thread again. */
export function reopen(threads: readonly Thread[], threadId: string): Result<Thread[]> {
  const at = findThread(threads, threadId);
  if (!at.ok) return at;
  const thread = threads[at.value] as Thread;
  if (thread.status === 'open') return fail('invalid-argument', 'This thread is already open.');
  const { resolvedBy: _by, resolvedAt: _at, ...rest } = thread;
  return ok(replaced(threads, at.value, { ...rest, status: 'open' }));
}

/**
 * Records a thread's new anchor (after its mark was moved to a new selection). Refuses an empty
 * quote: re-anchoring needs some text to hold on to.
 */
export function reanchor(
  threads: readonly Thread[],
  threadId: string,
  anchor: StoredAnchor,
): Result<Thread[]> {
  const at = findThread(threads, threadId);
  if (!at.ok) return at;
  if (anchor.quote.trim() === '') {
    return fail('invalid-argument', 'Select the text the comment should be about, then re-anchor.');
  }
  const thread = threads[at.value] as Thread;
  const { quote, blockId, section } = anchor;
  return ok(replaced(threads, at.value, { ...thread, quote, blockId, section }));
}
