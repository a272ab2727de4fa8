export { commentsPlugin, activeThread, pendingComment } from './commentsPlugin';
export {
  addComment,
  cancelComment,
  focusThread,
  reanchor,
  removeCommentMark,
  startComment,
} from './commands';
export { commentRange } from './commentRange';
export { ACTIVE_CLASS, PENDING_CLASS } from './decorations';
export { commentBindings, NEW_COMMENT_KEY } from './keymap';
