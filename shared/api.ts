import { z } from 'zod';
import type { Result } from './result';
import type { MergeReport } from './review/report';
import {
  accordFileSchema,
  personSchema,
  type AccordFile,
  type Person,
} from './document/fileSchema';

/** Where a document's bytes stood on disk when last read or written; detects outside changes. */
export const diskStampSchema = z.object({
  mtimeMs: z.number(),
  size: z.number().int().nonnegative(),
  hash: z.string().max(128),
});
/** See {@link diskStampSchema}. */
export type DiskStamp = z.infer<typeof diskStampSchema>;

const path = z.string().min(1).max(4096);
const recoveryId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** What an export includes besides the text. */
export const exportOptionsSchema = z
  .object({
    /** Native Word comments with replies and resolved state. */
    comments: z.boolean(),
    /** Suggestions as Word tracked changes; without it the text reads as if all were accepted. */
    changes: z.boolean(),
    /** A table of contents field before the body. */
    tableOfContents: z.boolean(),
  })
  .strict();
/** See {@link exportOptionsSchema}. */
export type DocxExportOptions = z.infer<typeof exportOptionsSchema>;

/** Where the browser host serves an export kept in memory: `${DOWNLOAD_PATH}<downloadId>`. */
export const DOWNLOAD_PATH = '/download/';

/** The templates a new document can start from. */
export const TEMPLATES = ['blank', 'untfsse-action-plan'] as const;
/** A template name. */
export type TemplateName = (typeof TEMPLATES)[number];

/**
 * Runtime argument schemas, one per API method. This table is the contract: the IPC server, the
 * browser host, the preload and the renderer client are all derived from its keys.
 */
export const apiArgs = {
  'app.info': z.object({}).strict(),
  'settings.get': z.object({}).strict(),
  'settings.setIdentity': z.object({ identity: personSchema }).strict(),

  'documents.list': z.object({}).strict(),
  'documents.create': z.object({ template: z.enum(TEMPLATES) }).strict(),
  'documents.open': z.object({ path }).strict(),
  'documents.save': z
    .object({
      path,
      file: accordFileSchema,
      /** The stamp from open or the last save; null for a new file, which must not exist yet. */
      expectedStamp: diskStampSchema.nullable(),
      /** Set after the user chose to overwrite a file that changed on disk. */
      overwrite: z.boolean().optional(),
    })
    .strict(),
  'documents.close': z.object({ path }).strict(),
  'documents.pickOpenPath': z.object({}).strict(),
  'documents.pickSavePath': z.object({ suggestedName: z.string().max(255) }).strict(),
  'documents.autosave': z
    .object({ key: recoveryId, path: path.nullable(), file: accordFileSchema })
    .strict(),
  'documents.recoveries': z.object({}).strict(),
  'documents.recover': z.object({ id: recoveryId }).strict(),
  'documents.discardRecovery': z.object({ id: recoveryId }).strict(),
  'documents.backups': z.object({ path }).strict(),
  'documents.restoreBackup': z.object({ path, id: recoveryId }).strict(),

  'export.pickPath': z.object({ suggestedName: z.string().max(255) }).strict(),
  'export.docx': z
    .object({
      file: accordFileSchema,
      options: exportOptionsSchema,
      /** A .docx path (Electron, from export.pickPath); null: kept for the browser to download. */
      outputPath: path.nullable(),
      /** "Revised text": a version id or name; the export shows its changes since that version. */
      against: z.string().min(1).max(1000).optional(),
    })
    .strict(),

  'review.send': z
    .object({
      /** The master as it is now; the "Sent for review" version is saved in the file returned. */
      file: accordFileSchema,
      reviewers: z.array(z.string().max(200)).max(100),
      /** ISO date the answers are due, or null. */
      due: z.string().max(64).nullable(),
      /** An .accord path chosen in a Save dialog; null: a free name in the library folder. */
      outputPath: path.nullable(),
      /** Also write a Word file beside the copy, for reviewers without Accord. */
      withWord: z.boolean(),
    })
    .strict(),
  'review.import': z
    .object({
      /** The master as it is now. */
      file: accordFileSchema,
      /** The returned copies, merged in this order. */
      paths: z.array(path).min(1).max(50),
      /** Only report what importing would do. */
      dryRun: z.boolean(),
    })
    .strict(),

  'window.setState': z.object({ title: z.string().max(1000), dirty: z.boolean() }).strict(),
} as const;

/** Every method name of the contract. */
export type ApiMethod = keyof typeof apiArgs;

/** The method names, for servers and the preload that need them at runtime. */
export const API_METHODS = Object.keys(apiArgs) as ApiMethod[];

/** Which server the renderer is talking to. */
export type HostKind = 'electron' | 'browser' | 'cli' | 'test';

/** About the running app and what its host can do. */
export interface AppInfo {
  version: string;
  host: HostKind;
  platform: string;
  /** Whether native open/save dialogs exist; otherwise the renderer shows its in-page ones. */
  nativeDialogs: boolean;
  /** The folder the in-page dialogs save into and list. */
  libraryDir: string;
  pathSeparator: '/' | '\\';
}

/** User settings; identity is null until the user has said who they are. */
export interface Settings {
  identity: Person | null;
}

/** One file in the documents list. */
export interface DocumentEntry {
  path: string;
  name: string;
  title: string;
  modified: string;
  size: number;
}

/** The recent files and the library folder's files. */
export interface DocumentList {
  recent: DocumentEntry[];
  library: DocumentEntry[];
}

/** A document ready for the editor. */
export interface OpenedDocument {
  /** Null for a document never saved. */
  path: string | null;
  file: AccordFile;
  /** Null for a document never saved. */
  stamp: DiskStamp | null;
  /** True when another window or machine holds the document's lock. */
  readOnly: boolean;
  /** Why it is read-only, in words for the user. */
  readOnlyReason: string | null;
  /** Repairs or upgrades made while loading. */
  notes: string[];
  /** True when the content differs from what is on disk (recovered or restored content). */
  dirty: boolean;
}

/** What a save wrote. */
export interface Saved {
  path: string;
  stamp: DiskStamp;
  savedAt: string;
}

/** Unsaved work kept by autosave, offered after a crash. */
export interface RecoveryEntry {
  id: string;
  path: string | null;
  title: string;
  savedAt: string;
}

/** One of the rotating backups of a saved document. */
export interface BackupEntry {
  id: string;
  savedAt: string;
  size: number;
  title: string;
}

/** What an export wrote, or where the browser can fetch it. */
export interface ExportedFile {
  /** The .docx written; null when the export is kept for download. */
  path: string | null;
  /** Fetch it within ten minutes at `${DOWNLOAD_PATH}<downloadId>`; null when written to `path`. */
  downloadId: string | null;
  fileName: string;
  /** Size of the .docx in bytes. */
  bytes: number;
}

/** What Send for review wrote, and the master with its "Sent for review" version (to be saved). */
export interface SentForReview {
  file: AccordFile;
  copyPath: string;
  /** The Word file written beside the copy, when asked for and written. */
  wordPath: string | null;
  /** Set when the copy was written but the Word file could not be. */
  warning: string | null;
}

/** What importing returned copies did: the merged master and a report per copy, in order. */
export interface ImportedReviews {
  /** The merged master; the file sent when nothing changed or on a dry run. */
  file: AccordFile;
  /** Whether `file` differs from the master sent (false on a dry run). */
  changed: boolean;
  reports: (MergeReport & { fileName: string })[];
}

/** The value each method resolves to on success. */
export interface ApiResults {
  'app.info': AppInfo;
  'settings.get': Settings;
  'settings.setIdentity': Settings;
  'documents.list': DocumentList;
  'documents.create': OpenedDocument;
  'documents.open': OpenedDocument;
  'documents.save': Saved;
  'documents.close': null;
  'documents.pickOpenPath': string;
  'documents.pickSavePath': string;
  'documents.autosave': { savedAt: string };
  'documents.recoveries': RecoveryEntry[];
  'documents.recover': OpenedDocument;
  'documents.discardRecovery': null;
  'documents.backups': BackupEntry[];
  'documents.restoreBackup': OpenedDocument;
  'export.pickPath': string;
  'export.docx': ExportedFile;
  'review.send': SentForReview;
  'review.import': ImportedReviews;
  'window.setState': null;
}

/** The arguments of a method, as validated at runtime. */
export type ApiArgs<M extends ApiMethod> = z.infer<(typeof apiArgs)[M]>;

/** The API as the renderer sees it: one async function per method, never throwing for expected failures. */
export type AccordApi = {
  [M in ApiMethod]: (args: ApiArgs<M>) => Promise<Result<ApiResults[M]>>;
};

// Compile-time check that results and arguments list the same methods.
type SameKeys<A, B> = [keyof A] extends [keyof B]
  ? [keyof B] extends [keyof A]
    ? true
    : never
  : never;
export const contractIsComplete: SameKeys<ApiResults, typeof apiArgs> = true;
