import type { Command } from 'prosemirror-state';
import { startComment } from './commands';

/** The key of "New comment", as Word has it: Ctrl+Alt+M (Cmd+Option+M on a Mac). */
export const NEW_COMMENT_KEY = 'Mod-Alt-m';

/** Bindings for the editor's keymap: "New comment" starts a comment on the selection. */
export function commentBindings(): Record<string, Command> {
  return { [NEW_COMMENT_KEY]: startComment };
}
