import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { EXTENSION } from '../shared/document/format';
import type { NativeDialogs } from './services/api';

const FILTERS = [{ name: 'Accord documents', extensions: [EXTENSION.slice(1)] }];
const WORD_FILTERS = [{ name: 'Word document', extensions: ['docx'] }];

function nameWith(suggestedName: string, extension: string): string {
  // Only a name is kept, so a suggestion cannot point the dialog at another folder.
  const name = suggestedName.replace(/[/\\:*?"<>|\0]/g, ' ').trim() || 'Untitled';
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`;
}

/** The file name the Save dialog proposes: the suggestion without any folder part, plus .accord. */
export function suggestedFileName(suggestedName: string): string {
  return nameWith(suggestedName, EXTENSION);
}

/** The file name the Export dialog proposes: the suggestion without any folder part, plus .docx. */
export function suggestedExportName(suggestedName: string): string {
  return nameWith(suggestedName, '.docx');
}

/**
 * Open, Save and Export dialogs, attached to the current window and starting in the library
 * folder. Cancelling resolves null; the services add a missing extension and allow the path.
 */
export function createNativeDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  parent: () => BrowserWindow | null,
  libraryDir: string,
): NativeDialogs {
  async function save(options: SaveDialogOptions): Promise<string | null> {
    const window = parent();
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  }
  return {
    async pickOpenPath() {
      const options: OpenDialogOptions = {
        title: 'Open',
        defaultPath: libraryDir,
        filters: FILTERS,
        properties: ['openFile'],
      };
      const window = parent();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    pickSavePath: (suggestedName) =>
      save({
        title: 'Save As',
        defaultPath: join(libraryDir, suggestedFileName(suggestedName)),
        filters: FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }),
    pickExportPath: (suggestedName) =>
      save({
        title: 'Export to Word',
        buttonLabel: 'Export',
        defaultPath: join(libraryDir, suggestedExportName(suggestedName)),
        filters: WORD_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }),
  };
}
