import { stat } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import type { ApiArgs, BackupEntry, DiskStamp, OpenedDocument, Saved } from '../../shared/api';
import type { AccordFile } from '../../shared/document/fileSchema';
import { LIMITS } from '../../shared/document/fileSchema';
import { loadAccordValue, serializeAccordFile } from '../../shared/document/load';
import { fail, ok, type Result } from '../../shared/result';
import { pruneUnusedBlocks } from '../../shared/versions';
import { writeFileAtomic } from './atomicWrite';
import type { BackupStore } from './backups';
import { sameContent, stampFor, stampOf } from './diskStamp';
import { readDocumentFile } from './documentFiles';
import { fsFailure } from './fsErrors';
import type { LockManager, LockState } from './locks';
import type { PathPolicy } from './pathPolicy';
import type { RecoveryStore } from './recovery';
import type { SettingsStore } from './settings';

/** The stores a document service works through. */
export interface DocumentServiceDeps {
  policy: PathPolicy;
  locks: LockManager;
  settings: SettingsStore;
  backups: BackupStore;
  recovery: RecoveryStore;
  now: () => Date;
}

const READ_ONLY_ADVICE =
  ' It is opened read-only; save a copy under another name to keep your changes.';

/**
 * Opening, saving, closing, backups and recovery of documents on disk. Saves of one path run one
 * at a time, so two saves can never both pass the changed-on-disk check.
 */
export class DocumentService {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: DocumentServiceDeps) {}

  /** Reads a document for the editor, taking its lock or opening it read-only. */
  async open(path: string): Promise<Result<OpenedDocument>> {
    const checked = await this.deps.policy.check(path);
    if (!checked.ok) return checked;
    const target = checked.value;
    const read = await readDocumentFile(target);
    if (!read.ok) return read;
    const lock = await this.deps.locks.acquire(target);
    await this.remember(target);
    const { loaded, stamp } = read.value;
    return ok(this.opened(target, loaded.file, stamp, lock, loaded.notes, false));
  }

  /**
   * Writes a document, refusing when it is locked elsewhere or changed on disk since it was read.
   * Missing or repeated block ids in `req.file` are renewed in place before writing.
   */
  async save(req: ApiArgs<'documents.save'>): Promise<Result<Saved>> {
    const checked = await this.deps.policy.check(req.path);
    if (!checked.ok) return checked;
    const target = checked.value;
    const name = basename(target);
    // Never write what would not open again. The payload is this request's own parsed copy, so
    // the loader may renew missing ids in it in place (what is written is the repaired file).
    const valid = loadAccordValue(req.file, name);
    if (!valid.ok) {
      return fail('invalid-argument', `Accord did not save ${name}: ${valid.error.message}`);
    }
    // Blocks no version refers to any more (after a restore, say) are not worth writing.
    const text = serializeAccordFile(pruneUnusedBlocks(valid.value.file));
    if (Buffer.byteLength(text) > LIMITS.maxFileBytes) {
      return fail(
        'too-large',
        `“${name}” would be larger than ${LIMITS.maxFileBytes / 1024 / 1024} MB, so it was not saved.`,
      );
    }
    return this.serially(target, () => this.write(target, text, valid.value.file.documentId, req));
  }

  /** Gives up the document's lock when its window closes it. */
  async close(path: string): Promise<Result<null>> {
    if (isAbsolute(path)) await this.deps.locks.release(resolve(path));
    return ok(null);
  }

  /** The rotating backups of the document at `path`, newest first. */
  async backups(path: string): Promise<Result<BackupEntry[]>> {
    const checked = await this.deps.policy.check(path);
    if (!checked.ok) return checked;
    return ok(await this.deps.backups.list(checked.value));
  }

  /** A backup's content, to replace the editor's; it becomes the document's only once saved. */
  async restoreBackup(path: string, id: string): Promise<Result<OpenedDocument>> {
    const checked = await this.deps.policy.check(path);
    if (!checked.ok) return checked;
    const target = checked.value;
    const file = await this.deps.backups.find(target, id);
    if (!file) return fail('not-found', `That backup of “${basename(target)}” no longer exists.`);
    const read = await readDocumentFile(file);
    if (!read.ok)
      return fail(
        read.error.code,
        `The backup of “${basename(target)}” cannot be restored. ${read.error.message}`,
      );
    const lock = await this.deps.locks.acquire(target);
    const stamp = await stampOf(target).catch(() => null);
    return ok(
      this.opened(target, read.value.loaded.file, stamp, lock, read.value.loaded.notes, true),
    );
  }

  /** Unsaved work kept by autosave, for the editor; its path is the one recorded, if any. */
  async recover(id: string): Promise<Result<OpenedDocument>> {
    const record = await this.deps.recovery.read(id);
    if (!record.ok) return record;
    const { path } = record.value;
    const title = path ? basename(path) : 'the unsaved document';
    const loaded = loadAccordValue(record.value.file, title);
    if (!loaded.ok)
      return fail(
        'corrupt-file',
        `The recovered work for ${title} cannot be used. ${loaded.error.message}`,
      );
    const { file, notes } = loaded.value;
    if (path === null) return ok(this.opened(null, file, null, { held: true }, notes, true));
    const checked = await this.deps.policy.check(path);
    const lock: LockState = checked.ok
      ? await this.deps.locks.acquire(checked.value)
      : { held: true };
    // A recorded path is only a claim (autosave takes any path); never read a file it may not use.
    const stamp = checked.ok ? await stampOf(checked.value).catch(() => null) : null;
    return ok(this.opened(path, file, stamp, lock, notes, true));
  }

  private async write(
    target: string,
    text: string,
    documentId: string,
    req: ApiArgs<'documents.save'>,
  ): Promise<Result<Saved>> {
    const name = `“${basename(target)}”`;
    const hadLock = this.deps.locks.holds(target);
    const lock = await this.deps.locks.acquire(target);
    if (!lock.held && lock.owner) {
      return fail(
        'locked',
        `${lock.reason} Accord did not save over it; save a copy under another name.`,
      );
    }
    const giveUp = async <T>(result: Result<T>): Promise<Result<T>> => {
      if (!hadLock && lock.held) await this.deps.locks.release(target);
      return result;
    };
    let current: DiskStamp | null;
    try {
      current = await stampOf(target, req.expectedStamp);
    } catch (error) {
      return giveUp(fsFailure(error, target, 'check'));
    }
    // Replacing a file needs only the folder's permission, so honour the file's own read-only
    // setting the way Word does, even when the user chose to overwrite.
    if (current && (await isMarkedReadOnly(target))) {
      return giveUp(
        fail(
          'read-only',
          `${name} is marked read-only. Save a copy under another name, or clear its read-only setting first.`,
        ),
      );
    }
    if (current && !req.overwrite) {
      if (req.expectedStamp === null) {
        return giveUp(
          fail(
            'changed-on-disk',
            `${name} already exists. Replace it, or save under another name.`,
          ),
        );
      }
      if (!sameContent(current, req.expectedStamp)) {
        return giveUp(
          fail(
            'changed-on-disk',
            `${name} was changed by someone or something else since you opened it (another program, a sync tool or a colleague). Save anyway to replace their changes, or save a copy under another name.`,
          ),
        );
      }
    }
    // A failed backup must not stop the user from saving; the save itself is still atomic.
    const backup = current
      ? await this.deps.backups.keep(documentId, target).catch(() => null)
      : null;
    try {
      await writeFileAtomic(target, text);
    } catch (error) {
      if (backup) await this.deps.backups.discard(backup);
      return giveUp(fsFailure(error, target, 'save'));
    }
    const mtimeMs = await stat(target).then(
      (s) => s.mtimeMs,
      () => this.deps.now().getTime(),
    );
    await this.remember(target);
    return ok({
      path: target,
      stamp: stampFor(text, mtimeMs),
      savedAt: this.deps.now().toISOString(),
    });
  }

  private opened(
    path: string | null,
    file: AccordFile,
    stamp: DiskStamp | null,
    lock: LockState,
    notes: string[],
    dirty: boolean,
  ): OpenedDocument {
    return {
      path,
      file,
      stamp,
      readOnly: !lock.held,
      readOnlyReason: lock.held ? null : lock.reason + READ_ONLY_ADVICE,
      notes,
      dirty,
    };
  }

  /** Puts a document at the top of the recent list, which also keeps it openable later. */
  private async remember(path: string): Promise<void> {
    this.deps.policy.allow(path);
    await this.deps.settings.addRecent(path).catch(() => undefined);
  }

  private serially<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return run;
  }
}

/** Whether a file has no write permission for anyone (its read-only setting). */
async function isMarkedReadOnly(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile() && (s.mode & 0o222) === 0,
    () => false,
  );
}
