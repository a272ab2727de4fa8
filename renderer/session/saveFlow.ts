import type { AccordApi, AppInfo, Saved } from '../../shared/api';
import type { Result } from '../../shared/result';
import { baseName, joinPath, toFileName } from './fileNames';
import type { Prompts } from './prompts';

/** How a save ended: written, given up by the user, or failed with a message shown. */
export type SaveOutcome = 'saved' | 'cancelled' | 'failed';

/** The path to save to; null means ask (Save As). */
export type SaveTarget = string;

/** What the save flow needs: the API, the questions, and a writer for the current content. */
export interface SaveFlowDeps {
  api: AccordApi;
  appInfo: AppInfo;
  prompts: Prompts;
  /** The document's title now, for the suggested file name. */
  title: () => string;
  /**
   * Writes the current content to `path`. `isNew` means the file is not the one opened (no
   * expected stamp); `overwrite` means the user agreed to replace what is there.
   */
  write(path: string, overwrite: boolean, isNew: boolean): Promise<Result<Saved>>;
}

/** Title of the question asked when the file was changed by someone else. */
export const CHANGED_ON_DISK_TITLE = 'The file changed on disk since you opened it';

/**
 * Saves to `target` (or asks where when null), asking the user whenever the outcome is not
 * obvious: never overwrites a file changed on disk or an existing file without consent, and
 * reports every failure. Nothing in the editor is touched, so a failed save loses nothing.
 */
export async function saveWithPrompts(
  deps: SaveFlowDeps,
  target: SaveTarget | null,
): Promise<SaveOutcome> {
  return target === null ? saveAs(deps) : writeAndResolve(deps, target, false, false);
}

async function saveAs(deps: SaveFlowDeps): Promise<SaveOutcome> {
  const { api, appInfo, prompts } = deps;
  const suggested = toFileName(deps.title());
  if (appInfo.nativeDialogs) {
    const picked = await api['documents.pickSavePath']({ suggestedName: suggested });
    if (!picked.ok) {
      if (picked.error.code === 'cancelled') return 'cancelled';
      await prompts.alert('Could not save', picked.error.message);
      return 'failed';
    }
    // The system dialog has already asked before replacing an existing file.
    return writeAndResolve(deps, picked.value, true, true);
  }
  const typed = await prompts.askSaveName(suggested, appInfo.libraryDir);
  if (typed === null) return 'cancelled';
  const path = joinPath(appInfo.libraryDir, appInfo.pathSeparator, toFileName(typed));
  return writeAndResolve(deps, path, false, true);
}

async function writeAndResolve(
  deps: SaveFlowDeps,
  path: string,
  overwrite: boolean,
  isNew: boolean,
): Promise<SaveOutcome> {
  const result = await deps.write(path, overwrite, isNew);
  if (result.ok) return 'saved';
  const { prompts } = deps;
  const { code, message } = result.error;
  const name = baseName(path);

  if (code === 'changed-on-disk' && !overwrite) {
    if (isNew) {
      const replace = await prompts.choose(
        'Replace the existing file?',
        `A file named “${name}” already exists. Replace it with this document?`,
        [
          { value: 'replace', label: 'Replace' },
          { value: 'cancel', label: 'Cancel' },
        ],
        'cancel',
      );
      return replace === 'replace' ? writeAndResolve(deps, path, true, true) : 'cancelled';
    }
    const choice = await prompts.choose(
      CHANGED_ON_DISK_TITLE,
      `“${name}” was changed by another program or person after you opened it. Overwrite it with your version, save your version as a copy, or cancel and keep editing?`,
      [
        { value: 'overwrite', label: 'Overwrite' },
        { value: 'copy', label: 'Save as a copy' },
        { value: 'cancel', label: 'Cancel' },
      ],
      'cancel',
    );
    if (choice === 'overwrite') return writeAndResolve(deps, path, true, false);
    if (choice === 'copy') return saveAs(deps);
    return 'cancelled';
  }

  if (code === 'locked' || code === 'read-only') {
    const choice = await prompts.choose(
      `“${name}” cannot be saved`,
      `${message} You can save your changes as another file.`,
      [
        { value: 'saveAs', label: 'Save as…' },
        { value: 'cancel', label: 'Cancel' },
      ],
      'cancel',
    );
    return choice === 'saveAs' ? saveAs(deps) : 'cancelled';
  }

  if (code === 'cancelled') return 'cancelled';
  await prompts.alert(
    `Could not save “${name}”`,
    `${message} Your changes are still open here; nothing was lost.`,
  );
  return 'failed';
}
