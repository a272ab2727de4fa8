import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { RecoveryEntry } from '../../shared/api';
import type { AccordFile } from '../../shared/document/fileSchema';
import { isValidId } from '../../shared/document/ids';
import { fail, ok, type Result } from '../../shared/result';
import { writeFileAtomic } from './atomicWrite';
import { errnoOf, fsFailure } from './fsErrors';
import { nameWithoutExtension } from './library';

/** One autosaved state as stored on disk. */
export interface RecoveryRecord {
  path: string | null;
  /** Checked again (loadAccordValue) before it is handed back to the editor. */
  file: unknown;
  savedAt: string;
}

function parseRecord(text: string): RecoveryRecord | null {
  try {
    const v = JSON.parse(text) as Partial<RecoveryRecord> | null;
    if (!v || typeof v !== 'object' || typeof v.savedAt !== 'string') return null;
    if (v.path !== null && typeof v.path !== 'string') return null;
    if (typeof v.file !== 'object' || v.file === null) return null;
    return { path: v.path, file: v.file, savedAt: v.savedAt };
  } catch {
    return null;
  }
}

function titleOf(record: RecoveryRecord): string {
  const title = (record.file as { meta?: { title?: unknown } }).meta?.title;
  if (typeof title === 'string' && title.trim() !== '') return title.trim();
  return record.path ? nameWithoutExtension(record.path) : 'Untitled document';
}

/**
 * Unsaved work written by autosave to dataDir/recovery/<key>.json, so that after a crash or
 * kill the next start can offer what was typed. Damaged records are skipped, never deleted.
 */
export class RecoveryStore {
  private readonly folder: string;

  constructor(
    dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.folder = join(dataDir, 'recovery');
  }

  private fileOf(id: string): string {
    if (!isValidId(id)) throw new RangeError(`Not a recovery id: ${JSON.stringify(id)}`);
    return join(this.folder, `${id}.json`);
  }

  /** Stores the editor's current state under `key`, replacing the previous one atomically. */
  async save(
    key: string,
    path: string | null,
    file: AccordFile,
  ): Promise<Result<{ savedAt: string }>> {
    const savedAt = this.now().toISOString();
    const record: RecoveryRecord = { path, file, savedAt };
    try {
      await mkdir(this.folder, { recursive: true });
      await writeFileAtomic(this.fileOf(key), JSON.stringify(record));
    } catch (error) {
      return fsFailure(error, this.fileOf(key), 'keep a recovery copy of');
    }
    return ok({ savedAt });
  }

  /** Every readable recovery record, newest first. */
  async list(): Promise<RecoveryEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return [];
    }
    const entries: RecoveryEntry[] = [];
    for (const name of names) {
      const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
      if (!isValidId(id)) continue;
      const record = await this.read(id);
      if (!record.ok) continue;
      entries.push({
        id,
        path: record.value.path,
        title: titleOf(record.value),
        savedAt: record.value.savedAt,
      });
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** One record; 'not-found' when gone, 'corrupt-file' when damaged. */
  async read(id: string): Promise<Result<RecoveryRecord>> {
    if (!isValidId(id)) return fail('invalid-argument', 'That is not the id of any unsaved work.');
    let text: string;
    try {
      text = await readFile(this.fileOf(id), 'utf8');
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') {
        return fail(
          'not-found',
          'That unsaved work is no longer available; it may have been recovered or discarded already.',
        );
      }
      return fsFailure(error, this.fileOf(id), 'read');
    }
    const record = parseRecord(text);
    if (!record) {
      return fail(
        'corrupt-file',
        `The recovery copy ${basename(this.fileOf(id))} is damaged and cannot be used.`,
      );
    }
    return ok(record);
  }

  /** Deletes a record once its work is saved or the user discards it. */
  async discard(id: string): Promise<Result<null>> {
    if (!isValidId(id)) return fail('invalid-argument', 'That is not the id of any unsaved work.');
    try {
      await unlink(this.fileOf(id));
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT') return fsFailure(error, this.fileOf(id), 'delete');
    }
    return ok(null);
  }
}
