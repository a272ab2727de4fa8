export {
  BLOCK_CHANGE_JSON_SCHEMA,
  blockChangeOf,
  canCarryChange,
  validateBlockChange,
} from './blockChange';
export type { BlockChange, BlockChangeKind, BlockFormat, FormatRun } from './blockChange';
export { boundaryBefore } from './boundary';
export type { GoneAt } from './boundary';
export {
  authorshipOf,
  changeMarksOf,
  FORMAT_MARKS,
  isChangeMark,
  MARK_OF_KIND,
} from './changeMarks';
export type { ChangeAuthorship, ChangeFilter, ChangeKind, ChangeRef } from './changeMarks';
export {
  acceptAll,
  acceptAllBy,
  acceptChange,
  changeIdAt,
  rejectAll,
  rejectAllBy,
  rejectChange,
} from './decide';
export type { ChangeTarget } from './decide';
export { describeFormat, formatOf, formatRuns, hasFormat, restoreFormat } from './format';
export { authorsOf, EXCERPT_LENGTH, listChanges } from './list';
export type { TrackedChange } from './list';
export { resolveChanges } from './resolve';
export type { Decision } from './resolve';
