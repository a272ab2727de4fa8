import type { Node } from 'prosemirror-model';
import type { AppInfo, BackupEntry, OpenedDocument, TemplateName } from '../../shared/api';
import { loadAccordValue } from '../../shared/document/load';
import { DocumentSession, type SessionDeps } from './documentSession';
import { baseName } from './fileNames';
import { debounce } from './timing';

/** What the app shows: the open document (if any), the tree to start its editor from, notes. */
export interface WorkspaceState {
  session: DocumentSession | null;
  /** The tree the editor starts from; replaced only when the session is. */
  doc: Node | null;
  /** Repairs or upgrades made while loading, shown as an info banner. */
  notes: string[];
}

/** How long window-title updates wait for the state to settle. */
export const WINDOW_STATE_DELAY_MS = 200;

/**
 * The app's document flows: new, open, recover, restore a backup, close. Each asks before
 * discarding unsaved work, shows failures as alerts, and leaves the current document untouched
 * when the new one cannot be loaded. Plain TypeScript; React renders `state`.
 */
export class Workspace {
  private current: WorkspaceState = { session: null, doc: null, notes: [] };
  private listeners = new Set<() => void>();
  private chain: Promise<unknown> = Promise.resolve();
  private unwatchSession: (() => void) | null = null;
  private reportWindow = debounce(() => void this.sendWindowState(), WINDOW_STATE_DELAY_MS);

  constructor(private readonly deps: SessionDeps) {}

  /** What the host can do (native dialogs or in-page ones, the library folder). */
  get appInfo(): AppInfo {
    return this.deps.appInfo;
  }

  /** The current state; a new object whenever it changed. */
  get state(): WorkspaceState {
    return this.current;
  }

  /** Calls `listener` after every state change; returns an unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Creates a document from a template; resolves to whether it is now open. */
  newDocument(template: TemplateName): Promise<boolean> {
    return this.serial(async () => {
      const created = await this.deps.api['documents.create']({ template });
      if (!created.ok) {
        await this.deps.prompts.alert('Could not create a document', created.error.message);
        return false;
      }
      return this.replaceWith(created.value, 'New document');
    });
  }

  /** Asks which file to open (system dialog or the in-page one) and opens it. */
  open(): Promise<boolean> {
    return this.serial(async () => {
      const { api, appInfo, prompts } = this.deps;
      let path: string | null;
      if (appInfo.nativeDialogs) {
        const picked = await api['documents.pickOpenPath']({});
        if (!picked.ok) {
          if (picked.error.code !== 'cancelled')
            await prompts.alert('Could not open', picked.error.message);
          return false;
        }
        path = picked.value;
      } else {
        path = await prompts.askOpenPath();
      }
      return path === null ? false : this.openPathNow(path);
    });
  }

  /** Opens a known path (recent list, OS open-file, the in-page dialog). */
  openPath(path: string): Promise<boolean> {
    return this.serial(() => this.openPathNow(path));
  }

  /** Opens unsaved work kept by autosave; its later autosaves keep the same recovery entry. */
  recover(id: string): Promise<boolean> {
    return this.serial(async () => {
      const recovered = await this.deps.api['documents.recover']({ id });
      if (!recovered.ok) {
        await this.deps.prompts.alert('Could not recover the document', recovered.error.message);
        return false;
      }
      return this.replaceWith(recovered.value, 'Recovered document', id);
    });
  }

  /** Drops a recovery entry after the user confirmed. */
  discardRecovery(id: string, title: string): Promise<boolean> {
    return this.serial(async () => {
      const { api, prompts } = this.deps;
      const choice = await prompts.choose(
        'Discard unsaved work?',
        `The unsaved work in “${title}” will be deleted. This cannot be undone.`,
        [
          { value: 'discard', label: 'Discard' },
          { value: 'cancel', label: 'Cancel' },
        ],
        'cancel',
      );
      if (choice !== 'discard') return false;
      const done = await api['documents.discardRecovery']({ id });
      if (!done.ok) await prompts.alert('Could not discard the unsaved work', done.error.message);
      return done.ok;
    });
  }

  /** Replaces the open document's content with a backup, after confirming; it becomes unsaved. */
  restoreBackup(backup: BackupEntry): Promise<boolean> {
    return this.serial(async () => {
      const { api, prompts } = this.deps;
      const session = this.current.session;
      const path = session?.state.path;
      if (!session || !path) return false;
      const when = new Date(backup.savedAt).toLocaleString();
      const choice = await prompts.choose(
        'Restore this backup?',
        `The document will show the backup saved ${when}. The file on disk keeps its current content until you save.`,
        [
          { value: 'restore', label: 'Restore' },
          { value: 'cancel', label: 'Cancel' },
        ],
        'cancel',
      );
      if (choice !== 'restore') return false;
      const restored = await api['documents.restoreBackup']({ path, id: backup.id });
      if (!restored.ok) {
        await prompts.alert('Could not restore the backup', restored.error.message);
        return false;
      }
      const loaded = loadAccordValue(restored.value.file, `backup of ${baseName(path)}`);
      if (!loaded.ok) {
        await prompts.alert('Could not restore the backup', loaded.error.message);
        return false;
      }
      const next = session.successor(loaded.value.file, loaded.value.doc);
      session.dispose();
      this.show(next, loaded.value.doc, loaded.value.notes);
      return true;
    });
  }

  /** Closes the document after asking about unsaved changes; resolves to whether it closed. */
  close(): Promise<boolean> {
    return this.serial(async () => {
      if (!(await this.confirmDiscard())) return false;
      await this.closeNow();
      return true;
    });
  }

  /**
   * Asks "Save changes to …?" when the document is dirty: Save saves (and proceeds only if the
   * save succeeded), Don't save drops the recovery copy, Cancel stops. True means go ahead.
   */
  async confirmDiscard(): Promise<boolean> {
    const session = this.current.session;
    if (!session?.state.dirty) return true;
    const choice = await this.deps.prompts.choose(
      `Save changes to “${session.state.name}”?`,
      'Your changes will be lost if you don’t save them.',
      [
        { value: 'save', label: 'Save' },
        { value: 'discard', label: 'Don’t save' },
        { value: 'cancel', label: 'Cancel' },
      ],
      'cancel',
    );
    if (choice === 'save') return (await session.save()) === 'saved';
    if (choice === 'discard') {
      await session.discardRecovery();
      return true;
    }
    return false;
  }

  /** Hides the info banner. */
  dismissNotes(): void {
    this.set({ ...this.current, notes: [] });
  }

  private async openPathNow(path: string): Promise<boolean> {
    if (path === this.current.session?.state.path) return true;
    const opened = await this.deps.api['documents.open']({ path });
    if (!opened.ok) {
      await this.deps.prompts.alert(`Could not open “${baseName(path)}”`, opened.error.message);
      return false;
    }
    return this.replaceWith(opened.value, baseName(path));
  }

  private async replaceWith(
    opened: OpenedDocument,
    label: string,
    recoveryKey?: string,
  ): Promise<boolean> {
    const name = opened.path === null ? label : baseName(opened.path);
    const loaded = loadAccordValue(opened.file, name);
    if (!loaded.ok) {
      await this.deps.prompts.alert(`Could not open “${name}”`, loaded.error.message);
      await this.release(opened.path);
      return false;
    }
    if (!(await this.confirmDiscard())) {
      await this.release(opened.path);
      return false;
    }
    await this.closeNow();
    const session = new DocumentSession(
      this.deps,
      { ...opened, file: loaded.value.file },
      loaded.value.doc,
      recoveryKey,
    );
    this.show(session, loaded.value.doc, [...opened.notes, ...loaded.value.notes]);
    return true;
  }

  private show(session: DocumentSession, doc: Node, notes: string[]): void {
    this.unwatchSession?.();
    this.unwatchSession = session.subscribe(() => this.reportWindow.schedule());
    this.set({ session, doc, notes: [...new Set(notes)] });
  }

  private async closeNow(): Promise<void> {
    const session = this.current.session;
    if (!session) return;
    this.unwatchSession?.();
    this.unwatchSession = null;
    session.dispose();
    this.set({ session: null, doc: null, notes: [] });
    await this.release(session.state.path);
  }

  /** Gives up a document the main side holds open (its lock). */
  private async release(path: string | null): Promise<void> {
    if (path !== null && path !== this.current.session?.state.path) {
      await this.deps.api['documents.close']({ path });
    }
  }

  private async sendWindowState(): Promise<void> {
    const session = this.current.session;
    await this.deps.api['window.setState']({
      title: session ? session.state.name : '',
      dirty: session?.state.dirty ?? false,
    });
  }

  private set(next: WorkspaceState): void {
    this.current = next;
    this.reportWindow.schedule();
    for (const listener of this.listeners) listener();
  }

  private serial<T>(run: () => Promise<T>): Promise<T> {
    // One flow at a time: a menu command arriving mid-dialog waits instead of interleaving.
    const next = this.chain.then(run, run);
    this.chain = next.catch(() => undefined);
    return next;
  }
}
