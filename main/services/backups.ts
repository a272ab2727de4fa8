import { randomBytes } from 'node:crypto';
import {
  copyFile,
  link,
  mkdir,
  readdir,
  readFile,
  stat,
  unlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BackupEntry } from '../../shared/api';
import { EXTENSION } from '../../shared/document/format';
import { isValidId } from '../../shared/document/ids';
import { errnoOf } from './fsErrors';
import { peekTitle } from './library';

/** How many previous saved states are kept per document. */
export const MAX_BACKUPS = 10;

const SOURCE_FILE = 'source.json';

/** A sortable id: the backup time to the millisecond, then a few random characters. */
function backupId(now: Date): string {
  return `${now.toISOString().replace(/[-:.]/g, '')}-${randomBytes(3).toString('hex')}`;
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/**
 * Rotating backups of saved documents in dataDir/backups/<documentId>/: before each save the
 * bytes about to be replaced are kept (a hard link where the disk allows, else a copy).
 */
export class BackupStore {
  private readonly root: string;

  constructor(
    dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.root = join(dataDir, 'backups');
  }

  /** The folder of one document's backups. */
  folderOf(documentId: string): string {
    if (!isValidId(documentId))
      throw new RangeError(`Not a document id: ${JSON.stringify(documentId)}`);
    return join(this.root, documentId);
  }

  /**
   * Keeps the current bytes of `docPath` and drops all but the newest 10. The caller must then
   * replace docPath by rename (writeFileAtomic), or `discard` the backup: a hard link shares the
   * bytes with the file until then. Returns the backup's file, or null when there was no file.
   */
  async keep(documentId: string, docPath: string): Promise<string | null> {
    const folder = this.folderOf(documentId);
    await mkdir(folder, { recursive: true });
    const source = join(folder, SOURCE_FILE);
    const recorded = (await readJson(source)) as { path?: unknown } | null;
    if (recorded?.path !== resolve(docPath)) {
      await writeFile(source, JSON.stringify({ path: resolve(docPath) }) + '\n');
    }
    const target = join(folder, `${backupId(this.now())}${EXTENSION}`);
    try {
      // The save renames a new file over docPath, so the linked bytes are never changed again.
      await link(docPath, target);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return null;
      await copyFile(docPath, target);
      const info = await stat(docPath);
      await utimes(target, info.atime, info.mtime);
    }
    await this.prune(folder);
    return target;
  }

  /** Removes a backup just kept when the save it preceded failed (it equals the file on disk). */
  async discard(backupFile: string): Promise<void> {
    await unlink(backupFile).catch(() => undefined);
  }

  /** Backups of the document at `docPath`, newest first. */
  async list(docPath: string): Promise<BackupEntry[]> {
    const entries: BackupEntry[] = [];
    for (const folder of await this.foldersFor(docPath)) {
      for (const name of await this.backupNames(folder)) {
        const file = join(folder, name);
        try {
          const info = await stat(file);
          entries.push({
            id: name.slice(0, -EXTENSION.length),
            savedAt: info.mtime.toISOString(),
            size: info.size,
            title: await peekTitle(file, info.size),
          });
        } catch {
          // Pruned by another instance meanwhile.
        }
      }
    }
    return entries.sort((a, b) => b.id.localeCompare(a.id));
  }

  /** The file of backup `id` of the document at `docPath`, or null when there is none. */
  async find(docPath: string, id: string): Promise<string | null> {
    if (!isValidId(id)) return null;
    for (const folder of await this.foldersFor(docPath)) {
      if ((await this.backupNames(folder)).includes(`${id}${EXTENSION}`)) {
        return join(folder, `${id}${EXTENSION}`);
      }
    }
    return null;
  }

  /**
   * The backup folders that belong to `docPath`: the one of the document id on disk, and any
   * whose recorded source is this path (so backups are found even when the file is damaged).
   */
  private async foldersFor(docPath: string): Promise<string[]> {
    const folders = new Set<string>();
    const onDisk = (await readJson(docPath)) as { documentId?: unknown } | null;
    if (isValidId(onDisk?.documentId)) folders.add(this.folderOf(onDisk.documentId));
    let ids: string[] = [];
    try {
      ids = await readdir(this.root);
    } catch {
      return [...folders];
    }
    const wanted = resolve(docPath);
    for (const id of ids.filter(isValidId)) {
      const source = (await readJson(join(this.root, id, SOURCE_FILE))) as {
        path?: unknown;
      } | null;
      if (source?.path === wanted) folders.add(this.folderOf(id));
    }
    return [...folders];
  }

  private async backupNames(folder: string): Promise<string[]> {
    try {
      return (await readdir(folder))
        .filter((n) => n.endsWith(EXTENSION))
        .sort()
        .reverse();
    } catch {
      return [];
    }
  }

  private async prune(folder: string): Promise<void> {
    const names = await this.backupNames(folder);
    for (const name of names.slice(MAX_BACKUPS)) {
      await unlink(join(folder, name)).catch(() => undefined);
    }
  }
}
