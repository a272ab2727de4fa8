import { Node } from 'prosemirror-model';
import type { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { schema } from '../schema';
import { ensureIdsInJson } from './ensureIds';
import { nonFiniteNumberAt } from './finiteNumbers';
import { accordFileSchema, LIMITS, type AccordFile } from './fileSchema';
import { FORMAT, FORMAT_VERSION } from './format';
import { jsonDepth } from './jsonDepth';
import { migrate } from './migrate';

/** A file that passed every check, with its document tree and anything repaired on the way. */
export interface LoadedDocument {
  file: AccordFile;
  doc: Node;
  /** Sentences for the user about repairs made while loading (nothing is ever dropped). */
  notes: string[];
}

function nodeDepth(node: Node): number {
  let max = 0;
  node.forEach((child) => {
    const d = nodeDepth(child);
    if (d > max) max = d;
  });
  return max + 1;
}

function describeZodError(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'its contents are not valid';
  const where = first.path.length ? first.path.join('.') : 'the top level';
  return `${where}: ${first.message}`;
}

/** Nesting depth of a parsed value, counting no further than `limit + 1`. */
function valueDepth(value: unknown, limit: number): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (limit < 0) return 1;
  let max = 0;
  for (const child of Object.values(value)) {
    const d = valueDepth(child, limit - 1);
    if (d > max) max = d;
    if (max > limit) break;
  }
  return max + 1;
}

/**
 * Checks an already-parsed value as an .accord file: format, version (migrating older ones),
 * envelope, document schema, depth and ids. Never throws for bad input. Missing or repeated
 * ids are renewed in place in `value`'s document.
 */
export function loadAccordValue(value: unknown, fileName: string): Result<LoadedDocument> {
  // A value that never was text (an IPC payload) has not had its nesting checked; one nested
  // deeper than a file may be would be saved but could never be opened again.
  if (valueDepth(value, LIMITS.maxJsonDepth) > LIMITS.maxJsonDepth) {
    return fail(
      'corrupt-file',
      `“${fileName}” cannot be opened: it is nested more than ${LIMITS.maxJsonDepth} levels deep.`,
    );
  }
  return checkValue(value, fileName);
}

function checkValue(value: unknown, fileName: string): Result<LoadedDocument> {
  const bad = (why: string) =>
    fail<LoadedDocument>('corrupt-file', `“${fileName}” cannot be opened: ${why}.`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return bad('it is not an Accord document');
  }
  const raw = value as Record<string, unknown>;
  if (raw.format !== FORMAT) return bad('it is not an Accord document (no "format": "accord")');
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return bad('its format version is missing or not a whole number');
  }
  if (version > FORMAT_VERSION) {
    return fail(
      'newer-format',
      `“${fileName}” was made by a newer Accord (file format ${version}; this Accord reads up to ${FORMAT_VERSION}). Update Accord to open it.`,
    );
  }
  let migrated: Record<string, unknown>;
  try {
    // Migrations may rewrite nested objects; work on a copy so the caller's value is untouched.
    migrated =
      version < FORMAT_VERSION
        ? migrate(JSON.parse(JSON.stringify(raw)) as Record<string, unknown>, version)
        : raw;
  } catch (e) {
    return bad(`it could not be upgraded from format ${version} (${(e as Error).message})`);
  }
  const parsed = accordFileSchema.safeParse(migrated);
  if (!parsed.success) return bad(describeZodError(parsed.error));
  const file = parsed.data;
  const overflow = nonFiniteNumberAt(file);
  if (overflow !== null) return bad(`${overflow}: a number too large to store, or not a number`);
  // Each tree level is two JSON levels (node object, content array).
  if (valueDepth(file.doc, LIMITS.maxNodeDepth * 2 + 2) > LIMITS.maxNodeDepth * 2 + 2) {
    return bad(`its document is nested more than ${LIMITS.maxNodeDepth} levels deep`);
  }
  const repaired = ensureIdsInJson(file.doc, schema);
  let doc: Node;
  try {
    doc = Node.fromJSON(schema, file.doc);
    // fromJSON builds whatever node the root names; only a whole document is one.
    if (doc.type !== schema.topNodeType)
      throw new RangeError(`the root is ${doc.type.name}, not doc`);
    doc.check();
  } catch (e) {
    return bad(`its document does not fit the action-plan structure (${(e as Error).message})`);
  }
  if (nodeDepth(doc) > LIMITS.maxNodeDepth) {
    return bad(`its document is nested more than ${LIMITS.maxNodeDepth} levels deep`);
  }
  const notes: string[] = [];
  if (version < FORMAT_VERSION)
    notes.push(`Upgraded from file format ${version}; saving writes format ${FORMAT_VERSION}.`);
  if (repaired > 0)
    notes.push(
      `${repaired} block id${repaired === 1 ? ' was' : 's were'} missing or repeated and ${repaired === 1 ? 'has' : 'have'} been renewed.`,
    );
  return ok({ file: { ...file, formatVersion: FORMAT_VERSION }, doc, notes });
}

/** Parses and checks the text of an .accord file. Never throws for bad input. */
export function loadAccordText(text: string, fileName: string): Result<LoadedDocument> {
  if (text.length > LIMITS.maxFileBytes) {
    return fail(
      'too-large',
      `“${fileName}” is too large to open (over ${LIMITS.maxFileBytes / 1024 / 1024} MB).`,
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '')
    return fail('corrupt-file', `“${fileName}” cannot be opened: the file is empty.`);
  if (jsonDepth(body, LIMITS.maxJsonDepth) > LIMITS.maxJsonDepth) {
    return fail(
      'corrupt-file',
      `“${fileName}” cannot be opened: it is nested more than ${LIMITS.maxJsonDepth} levels deep.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return fail(
      'corrupt-file',
      `“${fileName}” cannot be opened: it is damaged or not an Accord document (${(e as Error).message}).`,
    );
  }
  return checkValue(value, fileName);
}

/** The text written to disk for a file. */
export function serializeAccordFile(file: AccordFile): string {
  return JSON.stringify(file) + '\n';
}
