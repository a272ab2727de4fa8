import type { Node } from 'prosemirror-model';
import type { AccordApi, AppInfo, DiskStamp, OpenedDocument } from '../../shared/api';
import { mastheadValue, withDocument } from '../../shared/document/create';
import { syncThreads } from '../../shared/comments';
import type { AccordFile, Person, Thread, Version } from '../../shared/document/fileSchema';
import { newId } from '../../shared/document/ids';
import type { Result } from '../../shared/result';
import { restoreVersion, saveVersion, type Restored } from '../../shared/versions';
import { displayName } from './fileNames';
import type { Prompts } from './prompts';
import { saveWithPrompts, type SaveOutcome, type SaveTarget } from './saveFlow';

export type { SaveOutcome } from './saveFlow';
import { debounce, type Scheduled } from './timing';

/** Autosave runs this long after the last edit... */
export const AUTOSAVE_DELAY_MS = 2_000;
/** ...and at least this often while the user keeps typing. */
export const AUTOSAVE_MAX_WAIT_MS = 10_000;

/** What the chrome shows about the open document. */
export interface SessionState {
  path: string | null;
  /** File name, or the title until first saved. */
  name: string;
  title: string;
  readOnly: boolean;
  readOnlyReason: string | null;
  dirty: boolean;
  saving: boolean;
  /** Why the last autosave failed, until one succeeds (crash recovery is then not current). */
  autosaveError: string | null;
  /** The saved versions, oldest first; a new array whenever one is added. */
  versions: readonly Version[];
  /** The comment threads (AccordFile.comments); a new array whenever they change. */
  comments: readonly Thread[];
}

/** Who saved a version when the user has not said who they are. */
export const UNKNOWN_AUTHOR: Person = { name: 'Unknown', initials: '?', organization: '' };

/** A version just saved, and whether the document file now holds it. */
export interface SavedVersion {
  version: Version;
  /** False when the document has no file yet (or is read-only): it is kept once the user saves. */
  written: boolean;
}

/** What a session needs from the app. */
export interface SessionDeps {
  api: AccordApi;
  appInfo: AppInfo;
  prompts: Prompts;
  now?: () => Date;
}

/**
 * One open document: where it lives, the file it was loaded from, its disk stamp, and whether
 * it has unsaved changes. Saves (with every question they may need), autosaves for crash
 * recovery, and reports changes to subscribers. Plain TypeScript, no React and no editor: the
 * current document tree comes from whatever `attachDoc` was given.
 */
export class DocumentSession {
  /** Key of this session's crash-recovery entry. */
  readonly recoveryKey: string;
  private file: AccordFile;
  private stamp: DiskStamp | null;
  private doc: () => Node;
  private replaceDoc: ((doc: Node) => void) | null = null;
  private revision = 0;
  private current: SessionState;
  private listeners = new Set<() => void>();
  private autosaveTimer: Scheduled;
  private autosaving: Promise<void> | null = null;
  private inFlightSave: Promise<SaveOutcome> | null = null;
  private disposed = false;

  constructor(
    private readonly deps: SessionDeps,
    opened: OpenedDocument,
    doc: Node,
    recoveryKey: string = newId(),
  ) {
    this.recoveryKey = recoveryKey;
    this.file = opened.file;
    this.stamp = opened.stamp;
    this.doc = () => doc;
    const title = mastheadValue(doc, 'title') || opened.file.meta.title;
    this.current = {
      path: opened.path,
      name: displayName(opened.path, title),
      title,
      readOnly: opened.readOnly,
      readOnlyReason: opened.readOnly ? (opened.readOnlyReason ?? 'opened elsewhere') : null,
      dirty: opened.dirty,
      saving: false,
      autosaveError: null,
      versions: opened.file.versions.list,
      comments: opened.file.comments,
    };
    this.autosaveTimer = debounce(
      () => void this.autosave(),
      AUTOSAVE_DELAY_MS,
      AUTOSAVE_MAX_WAIT_MS,
    );
    // Recovered or restored content exists nowhere else yet: make it recoverable soon.
    if (opened.dirty) this.autosaveTimer.schedule();
  }

  /** The current state; a new object whenever something changed. */
  get state(): SessionState {
    return this.current;
  }

  /** Calls `listener` after every state change; returns an unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Tells the session where the live document is (the editor) and, optionally, how to replace
   * it (restoring a version); returns a detach.
   */
  attachDoc(source: () => Node, replace?: (doc: Node) => void): () => void {
    this.doc = source;
    this.replaceDoc = replace ?? null;
    return () => {
      if (this.doc !== source) return;
      this.replaceDoc = null;
      // Keep the last tree so a save after the editor went away still has the content.
      const last = source();
      this.doc = () => last;
    };
  }

  /** The document tree as it is now. */
  currentDoc(): Node {
    return this.doc();
  }

  /** The .accord file as it would be saved now. */
  currentFile(): AccordFile {
    const doc = this.doc();
    const file = withDocument(this.file, doc, this.now());
    // Threads store what their anchors hold now, so one detached later still shows its text.
    const comments = syncThreads(doc, this.file.comments);
    return comments === this.file.comments ? file : { ...file, comments: [...comments] };
  }

  /** Replaces the comment threads (from the comments panel) and records the edit. */
  setComments(threads: readonly Thread[]): void {
    if (this.disposed) return;
    this.file = { ...this.file, comments: [...threads] };
    this.update({ comments: this.file.comments });
    this.markEdited();
  }

  /** The file as last loaded or saved plus every version saved since; its `doc` may be older. */
  versionsFile(): AccordFile {
    return this.file;
  }

  /**
   * Saves the document as it is now as a named version, by the user in settings (or "Unknown").
   * Like Word's and Google Docs' named versions it is kept at once: a document with a file is
   * saved; one without stays unsaved until the user saves it.
   */
  async saveVersion(
    name: string,
    note: string,
    reason: Version['reason'] = 'manual',
  ): Promise<SavedVersion> {
    const author = await this.identity();
    await this.idle();
    const saved = saveVersion(this.file, this.doc(), {
      name,
      note,
      author,
      reason,
      now: this.now(),
    });
    this.file = saved.file;
    this.markEdited();
    this.update({ versions: saved.file.versions.list });
    const { path, readOnly } = this.current;
    const written = path !== null && !readOnly && (await this.save()) === 'saved';
    return { version: saved.version, written };
  }

  /**
   * Makes a version the draft again: the current draft is first saved as a version, then the
   * version's document replaces the editor's. The document is then unsaved.
   */
  async restoreVersion(versionId: string): Promise<Result<Restored>> {
    const author = await this.identity();
    await this.idle();
    const restored = restoreVersion(this.file, this.doc(), versionId, { author, now: this.now() });
    if (!restored.ok) return restored;
    this.file = restored.value.file;
    const doc = restored.value.doc;
    if (this.replaceDoc) this.replaceDoc(doc);
    else this.doc = () => doc;
    this.markEdited();
    this.update({ versions: restored.value.file.versions.list });
    return restored;
  }

  /**
   * Takes what the host changed on the user's behalf (a review sent or imported): the file's
   * versions and threads and, when given, a document to replace the editor's. Unsaved after.
   */
  async adopt(
    patch: Partial<Pick<AccordFile, 'versions' | 'comments'>>,
    doc?: Node,
  ): Promise<void> {
    await this.idle();
    if (this.disposed) return;
    this.file = { ...this.file, ...patch };
    if (doc) {
      if (this.replaceDoc) this.replaceDoc(doc);
      else this.doc = () => doc;
    }
    this.markEdited();
    this.update({ versions: this.file.versions.list, comments: this.file.comments });
  }

  /** Records an edit: marks the document dirty and schedules an autosave. */
  markEdited(): void {
    if (this.disposed) return;
    this.revision++;
    this.update({ dirty: true });
    this.autosaveTimer.schedule();
  }

  /** Saves to the document's file, or asks where when it has none or is read-only. */
  save(): Promise<SaveOutcome> {
    return this.exclusive(() => this.runSave(false));
  }

  /** Always asks where to save. */
  saveAs(): Promise<SaveOutcome> {
    return this.exclusive(() => this.runSave(true));
  }

  /** Writes a crash-recovery copy now if there are unsaved changes (the file is not touched). */
  async autosave(): Promise<void> {
    this.autosaveTimer.cancel();
    if (this.disposed || !this.current.dirty) return;
    // One write at a time, so an older copy never lands after a newer one.
    while (this.autosaving) await this.autosaving;
    if (this.disposed || !this.current.dirty) return;
    const run = this.writeRecovery();
    this.autosaving = run;
    try {
      await run;
    } finally {
      this.autosaving = null;
    }
  }

  /** Drops this session's recovery entry (after a save, or when the user chose not to save). */
  async discardRecovery(): Promise<void> {
    this.autosaveTimer.cancel();
    while (this.autosaving) await this.autosaving;
    await this.deps.api['documents.discardRecovery']({ id: this.recoveryKey });
  }

  /**
   * A session for other content (a restored backup) in the same file: same path, disk stamp,
   * lock state and recovery key, marked unsaved. This session should then be disposed.
   */
  successor(file: AccordFile, doc: Node): DocumentSession {
    const { path, readOnly, readOnlyReason } = this.current;
    const opened: OpenedDocument = {
      path,
      file,
      stamp: this.stamp,
      readOnly,
      readOnlyReason,
      notes: [],
      dirty: true,
    };
    return new DocumentSession(this.deps, opened, doc, this.recoveryKey);
  }

  /** Stops timers; the session is not used after this. */
  dispose(): void {
    this.disposed = true;
    this.autosaveTimer.cancel();
    this.listeners.clear();
  }

  private async writeRecovery(): Promise<void> {
    const file = this.currentFile();
    const result = await this.deps.api['documents.autosave']({
      key: this.recoveryKey,
      path: this.current.path,
      file,
    });
    this.update({
      title: file.meta.title,
      name: displayName(this.current.path, file.meta.title),
      autosaveError: result.ok ? null : result.error.message,
    });
  }

  private exclusive(run: () => Promise<SaveOutcome>): Promise<SaveOutcome> {
    // A second Save while one is running (menu and shortcut together) joins the first.
    if (this.inFlightSave) return this.inFlightSave;
    const saving = run().finally(() => {
      this.inFlightSave = null;
    });
    this.inFlightSave = saving;
    return saving;
  }

  private async runSave(forceAs: boolean): Promise<SaveOutcome> {
    const { path, readOnly } = this.current;
    const target: SaveTarget | null = forceAs || readOnly || path === null ? null : path;
    return saveWithPrompts(
      {
        ...this.deps,
        title: () => mastheadValue(this.doc(), 'title') || this.file.meta.title,
        write: (to, overwrite, isNew) => this.write(to, overwrite, isNew),
      },
      target,
    );
  }

  private async write(path: string, overwrite: boolean, isNew: boolean) {
    const revision = this.revision;
    const file = this.currentFile();
    this.update({ saving: true });
    const result = await this.deps.api['documents.save']({
      path,
      file,
      expectedStamp: isNew ? null : this.stamp,
      ...(overwrite ? { overwrite: true } : {}),
    });
    this.update({ saving: false });
    if (result.ok) await this.saved(result.value.path, result.value.stamp, file, revision);
    return result;
  }

  private async saved(path: string, stamp: DiskStamp, file: AccordFile, revision: number) {
    const previous = this.current.path;
    const dirty = this.revision !== revision;
    // Threads changed while the save was on its way are newer than those written: keep them.
    this.file = dirty ? { ...file, comments: this.file.comments } : file;
    this.stamp = stamp;
    this.update({
      path,
      name: displayName(path, file.meta.title),
      title: file.meta.title,
      readOnly: false,
      readOnlyReason: null,
      dirty,
      comments: this.file.comments,
    });
    // Edits made while saving keep their recovery copy; otherwise nothing is left to recover.
    if (!dirty) await this.discardRecovery();
    if (previous !== null && previous !== path) {
      await this.deps.api['documents.close']({ path: previous });
    }
  }

  private async identity(): Promise<Person> {
    const settings = await this.deps.api['settings.get']({});
    return (settings.ok ? settings.value.identity : null) ?? UNKNOWN_AUTHOR;
  }

  /** Waits for a running save, whose completion would otherwise replace the file just changed. */
  private async idle(): Promise<void> {
    while (this.inFlightSave) await this.inFlightSave;
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private update(patch: Partial<SessionState>): void {
    const next = { ...this.current, ...patch };
    const keys = Object.keys(patch) as (keyof SessionState)[];
    if (keys.every((k) => next[k] === this.current[k])) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}
