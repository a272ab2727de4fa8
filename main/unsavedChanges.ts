import type { BrowserWindow, MessageBoxOptions } from 'electron';

/** What the renderer last reported about its document (through `window.setState`). */
export interface WindowState {
  title: string;
  dirty: boolean;
}

/** The window title: the document's title, a dot while there are unsaved changes, the app name. */
export function windowTitle(state: WindowState): string {
  const title = state.title.trim();
  if (title === '') return 'Accord';
  return `${state.dirty ? '• ' : ''}${title} — Accord`;
}

/** The question asked when a window with unsaved changes is closed. */
export function unsavedChangesPrompt(title: string): MessageBoxOptions {
  const name = title.trim() === '' ? 'this document' : `“${title.trim()}”`;
  return {
    type: 'warning',
    buttons: ['Save', 'Don’t Save', 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    title: 'Unsaved changes',
    message: `Do you want to save the changes to ${name}?`,
    detail: 'Your changes will be lost if you don’t save them.',
  };
}

/** The user's answer to {@link unsavedChangesPrompt}. */
export type CloseChoice = 'save' | 'discard' | 'cancel';

/** Maps the message box's button index to a choice; anything unexpected keeps the window. */
export function closeChoice(response: number): CloseChoice {
  if (response === 0) return 'save';
  if (response === 1) return 'discard';
  return 'cancel';
}

/** What the close guard needs from the app. */
export interface CloseGuardDeps {
  state(): WindowState;
  /** Shows the prompt (dialog.showMessageBox) and resolves the button index. */
  ask(options: MessageBoxOptions): Promise<number>;
  /** Asks the renderer to save (the 'save' menu command). */
  save(): void;
  onError(error: unknown): void;
}

/**
 * Asks before a window with unsaved changes closes. Cancel keeps it; Don't Save closes it; Save
 * asks the renderer to save and keeps the window open, so nothing closes before the save is
 * confirmed (the user closes again once the title shows no dot).
 */
export function guardUnsavedClose(window: BrowserWindow, deps: CloseGuardDeps): void {
  let closing = false;
  let asking = false;
  window.on('close', (event) => {
    if (closing || !deps.state().dirty) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    deps
      .ask(unsavedChangesPrompt(deps.state().title))
      .then((response) => {
        const choice = closeChoice(response);
        if (choice === 'discard') {
          closing = true;
          window.close();
        } else if (choice === 'save') {
          deps.save();
        }
      })
      .catch((error: unknown) => deps.onError(error))
      .finally(() => {
        asking = false;
      });
  });
}
