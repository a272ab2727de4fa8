import { mkdir } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import type { AccordApi, HostKind, OpenedDocument } from '../../shared/api';
import { APP_VERSION, EXTENSION } from '../../shared/document/format';
import { fail, ok, type Result } from '../../shared/result';
import { cleanStrayTemps } from './atomicWrite';
import { BackupStore } from './backups';
import { DocumentService } from './documentService';
import { DownloadStore, type DownloadSource } from './downloadStore';
import { createExportService } from './exportService';
import { listDocuments } from './library';
import { LockManager, type LockEnv } from './locks';
import { PathPolicy } from './pathPolicy';
import { RecoveryStore } from './recovery';
import { ReviewService } from './review/reviewService';
import { SettingsStore } from './settings';
import { createFromTemplate } from './templates';

/** Native file dialogs, when the host has them (Electron); each resolves null when cancelled. */
export interface NativeDialogs {
  pickOpenPath(): Promise<string | null>;
  pickSavePath(suggestedName: string): Promise<string | null>;
  /** A Save dialog for a Word export (*.docx); absent where the host has none. */
  pickExportPath?(suggestedName: string): Promise<string | null>;
}

/** What a server gives the services: folders, host facts and the host's native abilities. */
export interface ServiceDeps {
  dataDir: string;
  libraryDir: string;
  resourcesDir: string;
  host: HostKind;
  platform: string;
  nativeDialogs?: NativeDialogs;
  onWindowState?: (state: { title: string; dirty: boolean }) => void;
  now?: () => Date;
  /** Overrides for the lock manager (tests pose as another process or machine). */
  lockEnv?: Partial<LockEnv>;
  /** Writes a finished export; the atomic write unless a test makes one fail midway. */
  writeExport?: (path: string, bytes: Uint8Array) => Promise<void>;
}

/** The handlers every server (IPC, browser host, CLI) serves, with what the server controls. */
export interface ApiHandlers {
  api: AccordApi;
  /** Accepts a path the user chose outside the API (a file opened from the OS, a command line). */
  allowPath(path: string): void;
  /** Exports kept for the browser host's download route. */
  downloads: DownloadSource;
  /** Settles when settings are loaded and stray temp files of killed saves are cleaned. */
  ready: Promise<void>;
  /** Releases every lock held and waits for pending settings writes. */
  dispose(): Promise<void>;
}

/**
 * Builds the plain-Node implementation of every method of the API contract. Arguments are
 * assumed validated (servers call through shared/apiDispatch); paths are checked here.
 */
export function createApiHandlers(deps: ServiceDeps): ApiHandlers {
  const now = deps.now ?? (() => new Date());
  const policy = new PathPolicy(deps.libraryDir);
  const settings = new SettingsStore(deps.dataDir, now);
  const locks = new LockManager({ now, ...deps.lockEnv });
  const recovery = new RecoveryStore(deps.dataDir, now);
  const backups = new BackupStore(deps.dataDir, now);
  const documents = new DocumentService({ policy, locks, settings, backups, recovery, now });
  const downloads = new DownloadStore(now);
  const exportDocument = createExportService({ policy, downloads, write: deps.writeExport });
  const review = new ReviewService({
    policy,
    libraryDir: deps.libraryDir,
    identity: async () => {
      await settingsLoaded;
      return settings.get().identity;
    },
    now,
    writeWord: deps.writeExport,
  });

  const settingsLoaded = (async () => {
    await settings.load().catch(() => undefined);
    for (const path of settings.recent()) policy.allow(path);
  })();
  // Started now but never awaited by the constructor: startup is not delayed by a slow disk.
  const cleaned = settingsLoaded.then(async () => {
    await mkdir(deps.libraryDir, { recursive: true }).catch(() => undefined);
    const folders = new Set([
      deps.dataDir,
      join(deps.dataDir, 'recovery'),
      resolve(deps.libraryDir),
      ...settings.recent().map((p) => dirname(p)),
    ]);
    await Promise.all([...folders].map((f) => cleanStrayTemps(f, now())));
  });
  const ready = Promise.all([settingsLoaded, cleaned]).then(() => undefined);

  async function pick(
    chosen: Promise<string | null> | undefined,
    what: string,
    extension = EXTENSION,
    instead = 'use the list instead',
  ): Promise<Result<string>> {
    if (!chosen)
      return fail(
        'unsupported',
        `This version of Accord has no ${what} dialog of the system; ${instead}.`,
      );
    let path = await chosen;
    if (path === null) return fail('cancelled', `No file was chosen.`);
    if (extname(path).toLowerCase() !== extension) path += extension;
    policy.allow(path);
    return ok(path);
  }

  const api: AccordApi = {
    'app.info': () =>
      Promise.resolve(
        ok({
          version: APP_VERSION,
          host: deps.host,
          platform: deps.platform,
          nativeDialogs: Boolean(deps.nativeDialogs),
          libraryDir: deps.libraryDir,
          pathSeparator: sep === '\\' ? '\\' : '/',
        }),
      ),
    'settings.get': async () => {
      await settingsLoaded;
      return ok(settings.get());
    },
    'settings.setIdentity': async ({ identity }) => {
      await settingsLoaded;
      try {
        return ok(await settings.setIdentity(identity));
      } catch (error) {
        return fail('io-error', `Accord could not store your name (${(error as Error).message}).`);
      }
    },
    'documents.list': async () => {
      await ready;
      return ok(await listDocuments(deps.libraryDir, settings.recent()));
    },
    'documents.create': async ({ template }) => {
      const created = await createFromTemplate(template, deps.resourcesDir, now());
      if (!created.ok) return created;
      const opened: OpenedDocument = {
        path: null,
        file: created.value,
        stamp: null,
        readOnly: false,
        readOnlyReason: null,
        notes: [],
        dirty: false,
      };
      return ok(opened);
    },
    'documents.open': async ({ path }) => {
      await settingsLoaded;
      return documents.open(path);
    },
    'documents.save': async (req) => {
      await settingsLoaded;
      return documents.save(req);
    },
    'documents.close': ({ path }) => documents.close(path),
    'documents.pickOpenPath': () => pick(deps.nativeDialogs?.pickOpenPath(), 'Open'),
    'documents.pickSavePath': ({ suggestedName }) =>
      pick(deps.nativeDialogs?.pickSavePath(suggestedName), 'Save'),
    'documents.autosave': ({ key, path, file }) => recovery.save(key, path, file),
    'documents.recoveries': async () => ok(await recovery.list()),
    'documents.recover': async ({ id }) => {
      await settingsLoaded;
      return documents.recover(id);
    },
    'documents.discardRecovery': ({ id }) => recovery.discard(id),
    'documents.backups': async ({ path }) => {
      await settingsLoaded;
      return documents.backups(path);
    },
    'documents.restoreBackup': async ({ path, id }) => {
      await settingsLoaded;
      return documents.restoreBackup(path, id);
    },
    'export.pickPath': ({ suggestedName }) =>
      pick(
        deps.nativeDialogs?.pickExportPath?.(suggestedName),
        'Export',
        '.docx',
        'export without a path and the browser downloads the file',
      ),
    'export.docx': (req) => exportDocument(req),
    'review.send': (req) => review.send(req),
    'review.import': (req) => review.importCopies(req),
    'window.setState': (state) => {
      deps.onWindowState?.(state);
      return Promise.resolve(ok(null));
    },
  };

  return {
    api,
    allowPath: (path) => policy.allow(path),
    downloads,
    ready,
    async dispose() {
      downloads.clear();
      await ready;
      await locks.releaseAll();
      await settings.flush();
    },
  };
}
