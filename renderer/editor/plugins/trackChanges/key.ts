import { PluginKey } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import type { DecorationSet } from 'prosemirror-view';

/** The plugin's state: whether suggestion mode is on (and locked on), and the change bars. */
export interface TrackState {
  on: boolean;
  /** Suggestion mode is forced on (a review copy): it cannot be turned off. */
  locked: boolean;
  decorations: DecorationSet;
}

/** What a transaction can tell the plugin. */
export type TrackMeta = { on: boolean } | { skip: true } | { locked: boolean };

/** The plugin's key; private to this folder. */
export const trackKey = new PluginKey<TrackState>('trackChanges');

/** Whether suggestion mode is on. */
export function isTrackingChanges(state: EditorState): boolean {
  return trackKey.getState(state)?.on ?? false;
}

/** Whether suggestion mode is locked on (a review copy). */
export function isTrackChangesLocked(state: EditorState): boolean {
  return trackKey.getState(state)?.locked ?? false;
}

/**
 * Marks a transaction as one suggestion mode must leave as it is: accepting or rejecting
 * changes, and edits the app makes on the user's behalf.
 */
export function untracked<T extends Transaction>(tr: T): T {
  tr.setMeta(trackKey, { skip: true });
  return tr;
}

/** Whether a transaction was marked with {@link untracked}. */
export function isUntracked(tr: Transaction): boolean {
  const meta = tr.getMeta(trackKey) as TrackMeta | undefined;
  return meta !== undefined && 'skip' in meta;
}
