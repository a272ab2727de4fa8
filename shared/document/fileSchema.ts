import { z } from 'zod';

/** Upper bounds that keep hostile files from exhausting memory or time. */
export const LIMITS = {
  /** Largest .accord file read from disk or accepted over the API, in bytes. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Deepest JSON nesting accepted before parsing. */
  maxJsonDepth: 256,
  /** Deepest document tree accepted (a table in a list in a quote is about 10). */
  maxNodeDepth: 48,
  /** Longest single string in metadata. */
  maxMetaString: 10_000,
  /** Longest comment text. */
  maxCommentText: 1_000_000,
} as const;

const isoTime = z.string().max(64);
const shortText = z.string().max(LIMITS.maxMetaString);
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an id of letters, digits, - or _');

/** Who wrote a comment or a change. */
export const personSchema = z.object({
  name: shortText,
  initials: z.string().max(16),
  organization: shortText,
});

/** One comment in a thread. */
export const commentSchema = z.object({
  id,
  author: personSchema,
  time: isoTime,
  text: z.string().max(LIMITS.maxCommentText),
  edited: isoTime.optional(),
});

/** A comment thread and where it was anchored when last saved. */
export const threadSchema = z.object({
  id,
  status: z.enum(['open', 'resolved']),
  /** The anchored words at last save, kept so a detached thread can show what it was about. */
  quote: z.string().max(LIMITS.maxCommentText),
  /** The block the anchor started in, and its section, for detached threads. */
  blockId: id.nullable(),
  section: shortText,
  comments: z.array(commentSchema),
  resolvedBy: personSchema.optional(),
  resolvedAt: isoTime.optional(),
});

/** One named version: a list of references into the block store. */
export const versionSchema = z.object({
  id,
  name: z.string().max(1_000_000),
  note: z.string().max(1_000_000),
  author: personSchema,
  time: isoTime,
  /** Why the version exists: saved by hand, before an export, before a restore, for review. */
  reason: z.enum(['manual', 'export', 'restore', 'review']),
  /**
   * Keys of the top-level blocks, in order; when `base` is set, edits of that version's list
   * ("=n" keep n, "-n" skip n, other items are keys). See shared/versions/lists.ts.
   */
  blocks: z.array(z.string().max(128)),
  words: z.number().int().nonnegative(),
  /** The version whose block list `blocks` edits; absent when `blocks` is the full list. */
  base: id.optional(),
  /** One line against the version before, e.g. "3 paragraphs changed, 1 added". */
  summary: z.string().max(LIMITS.maxMetaString).optional(),
});

/**
 * Content-addressed storage: each distinct top-level block once, keyed by content hash; an edited
 * block may be stored as a delta `[baseKey, ...patch]` from the block it was edited from.
 */
export const versionStoreSchema = z.object({
  blocks: z.record(z.string().max(128), z.unknown()),
  list: z.array(versionSchema),
});

/** Set on review copies: which document and base version they came from. */
export const reviewSchema = z.object({
  sourceDocumentId: id,
  baseVersionId: id,
  reviewers: z.array(shortText),
  due: isoTime.nullable(),
  sentAt: isoTime,
});

/** Metadata shown in lists and written to exported document properties. */
export const metaSchema = z.object({
  title: shortText,
  created: isoTime,
  modified: isoTime,
  appVersion: z.string().max(64),
});

/** The .accord envelope; `doc` is checked separately against the ProseMirror schema. */
export const accordFileSchema = z.object({
  format: z.literal('accord'),
  formatVersion: z.number().int().positive(),
  documentId: id,
  meta: metaSchema,
  doc: z.record(z.string(), z.unknown()),
  comments: z.array(threadSchema),
  versions: versionStoreSchema,
  review: reviewSchema.nullable(),
});

/** A person as stored with comments and changes. */
export type Person = z.infer<typeof personSchema>;
/** One comment. */
export type Comment = z.infer<typeof commentSchema>;
/** A comment thread. */
export type Thread = z.infer<typeof threadSchema>;
/** A named version. */
export type Version = z.infer<typeof versionSchema>;
/** The version block store. */
export type VersionStore = z.infer<typeof versionStoreSchema>;
/** Review-copy information. */
export type ReviewInfo = z.infer<typeof reviewSchema>;
/** Document metadata. */
export type DocumentMeta = z.infer<typeof metaSchema>;
/** A whole .accord file as JSON. */
export type AccordFile = z.infer<typeof accordFileSchema>;
