export { anchorsIn, rangesOf, QUOTE_LIMIT } from './anchors';
export type { Anchor, AnchorRange } from './anchors';
export { NO_SECTION, parseSectionText, sectionText } from './section';
export type { SectionRef } from './section';
export { openThreadCounts, threadStates } from './states';
export type { ThreadState, ThreadStatus } from './states';
export { storedAnchor, syncThreads } from './sync';
export {
  checkCommentText,
  createThread,
  deleteComment,
  DELETED_TEXT,
  editComment,
  isDeletedStandIn,
  isOwn,
  NO_IDENTITY,
  reanchor,
  reopen,
  reply,
  resolve,
  sameAuthor,
} from './threads';
export type { CommentDraft, StoredAnchor } from './threads';
