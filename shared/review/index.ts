export { isReviewCopy, makeReviewCopy, reviewCopyStem, sentVersionName } from './copy';
export type { ReviewCopy, SendOptions } from './copy';
export { CONFLICT_PREFIX, conflictMessage, isConflictId } from './conflictNotes';
export { importReviewCopies } from './importCopies';
export type { CopyInput, Imported } from './importCopies';
export { checkCopy, importMarker, mergeCopyInto, mergeReviewCopy, wasImported } from './merge';
export type { Merged } from './merge';
export { changedAnything, emptyReport } from './report';
export type { ConflictEntry, ConflictKind, DetachedEntry, MergeReport } from './report';
