import type { Command } from 'prosemirror-state';
import { toggleTrackChanges } from './trackChangesPlugin';

/** Word's Track Changes shortcut, Ctrl+Shift+E (Cmd+Shift+E on a Mac). */
export const TRACK_CHANGES_KEY = 'Mod-Shift-e';

/** Key bindings for suggestion mode, to merge into the editor's keymap. */
export function trackChangesBindings(): Record<string, Command> {
  return { [TRACK_CHANGES_KEY]: toggleTrackChanges };
}
