import type { EditorBridge } from '../session/editorBridge';

/** Why the "Track changes" switches are disabled in a review copy. */
export const LOCKED_REASON = 'Every edit to a review copy is a suggestion';

/**
 * Turns suggestion mode on or off from the chrome (toolbar, status bar) and shows the new state
 * at once; false when the editor refused (read-only, or a review copy).
 */
export function setTracking(bridge: EditorBridge, on: boolean): boolean {
  const handle = bridge.handle;
  if (!handle) return false;
  const done = handle.setTrackChanges(on);
  bridge.refreshNow();
  handle.focus();
  return done;
}
