export {
  lockTrackChanges,
  setTrackChanges,
  toggleTrackChanges,
  trackChangesPlugin,
  UNKNOWN_AUTHOR,
} from './trackChangesPlugin';
export { isTrackChangesLocked, isTrackingChanges, isUntracked, untracked } from './key';
export { deleteCharAsSuggestion } from './deleteKeys';
export type { TrackChangesOptions } from './trackChangesPlugin';
export {
  acceptAllChanges,
  acceptChangeAtCursor,
  acceptChangeById,
  goToChange,
  rejectAllChanges,
  rejectChangeAtCursor,
  rejectChangeById,
  selectRange,
} from './commands';
export { TRACK_CHANGES_KEY, trackChangesBindings } from './keymap';
export { authorHue } from './authorHue';
export { changeTitle } from './decorations';
export { JOIN_WINDOW_MS } from './context';
