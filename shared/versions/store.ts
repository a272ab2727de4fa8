import type { Node } from 'prosemirror-model';
import type { AccordFile, Person, Version } from '../document/fileSchema';
import { newId } from '../document/ids';
import { wordsIn } from '../document/wordCount';
import { fail, ok, type Result } from '../result';
import { schema } from '../schema';
import { basesOf, blockNode, putBlock, type BlockStore } from './blocks';
import { decodeList, encodeList } from './lists';
import { displayName, displayTime } from './names';
import { versionSummary } from './summary';

/** What the person saving a version supplies. */
export interface VersionInput {
  name: string;
  note: string;
  author: Person;
  reason: Version['reason'];
  now: Date;
}

/**
 * Caches per version object (and per store object for documents). Files read from disk have fresh
 * objects and stored entries are never changed in place, so a cached result cannot go stale.
 */
const resolved = new WeakMap<Version, string[]>();
const built = new WeakMap<BlockStore, WeakMap<Version, Node>>();

function builtIn(store: BlockStore): WeakMap<Version, Node> {
  let docs = built.get(store);
  if (!docs) built.set(store, (docs = new WeakMap()));
  return docs;
}

/** The full list of block keys of a version, following the chain of versions it is stored against. */
function blockKeys(list: readonly Version[], version: Version): Result<string[]> {
  const byId = new Map(list.map((v) => [v.id, v]));
  const chain: Version[] = [];
  let at: Version = version;
  while (!resolved.has(at) && at.base !== undefined) {
    if (chain.length > list.length)
      return fail('corrupt-file', 'its list of blocks refers to itself');
    chain.push(at);
    const base = byId.get(at.base);
    if (!base) {
      return fail(
        'corrupt-file',
        'it is stored as changes to a version that is no longer in the file',
      );
    }
    at = base;
  }
  let keys = resolved.get(at) ?? at.blocks;
  resolved.set(at, keys);
  for (let i = chain.length - 1; i >= 0; i--) {
    const v = chain[i]!;
    const decoded = decodeList(keys, v.blocks);
    if (!decoded) {
      return fail(
        'corrupt-file',
        'its list of blocks does not fit the version it is stored against',
      );
    }
    resolved.set(v, decoded);
    keys = decoded;
  }
  return ok(keys);
}

/** The content keys of a version's top-level blocks, in order (its stored list with edits applied). */
export function versionKeys(file: AccordFile, versionId: string): Result<string[]> {
  const version = file.versions.list.find((v) => v.id === versionId);
  if (!version)
    return fail('not-found', `There is no version with id “${versionId}” in this document.`);
  const keys = blockKeys(file.versions.list, version);
  return keys.ok ? keys : damaged(version, keys.error.message);
}

function damaged(version: Version, why: string): Result<never> {
  return fail(
    'corrupt-file',
    `Version “${displayName(version.name, 80)}” (${displayTime(version.time)}) is damaged: ${why}.`,
  );
}

/**
 * Rebuilds a version's document from the block store. A missing or unreadable block, or a broken
 * list, fails with 'corrupt-file' naming the version; other versions are unaffected.
 */
export function loadVersion(file: AccordFile, versionId: string): Result<Node> {
  const version = file.versions.list.find((v) => v.id === versionId);
  if (!version)
    return fail('not-found', `There is no version with id “${versionId}” in this document.`);
  const cached = builtIn(file.versions.blocks).get(version);
  if (cached) return ok(cached);
  const keys = blockKeys(file.versions.list, version);
  if (!keys.ok) return damaged(version, keys.error.message);
  const nodes: Node[] = [];
  for (let i = 0; i < keys.value.length; i++) {
    const block = blockNode(file.versions.blocks, keys.value[i]!);
    if (!block.ok) {
      return damaged(version, `block ${i + 1} of ${keys.value.length} ${block.error.message}`);
    }
    nodes.push(block.value);
  }
  try {
    const doc = schema.topNodeType.createChecked(null, nodes);
    builtIn(file.versions.blocks).set(version, doc);
    return ok(doc);
  } catch {
    return damaged(version, 'its blocks are not in an order an action plan allows');
  }
}

/** Every version with whether it loads, and the problem when it does not. */
export function checkVersions(
  file: AccordFile,
): { id: string; name: string; ok: boolean; problem?: string }[] {
  return file.versions.list.map((v) => {
    const loaded = loadVersion(file, v.id);
    return loaded.ok
      ? { id: v.id, name: v.name, ok: true }
      : { id: v.id, name: v.name, ok: false, problem: loaded.error.message };
  });
}

/**
 * Saves `doc` as a new version and returns a new file (the input is not changed). Blocks already
 * stored are referenced, not copied; edited blocks are stored as deltas from their previous text
 * where that is smaller; the block list is stored as edits of the previous version's list.
 */
export function saveVersion(
  file: AccordFile,
  doc: Node,
  input: VersionInput,
): { file: AccordFile; version: Version } {
  const list = file.versions.list;
  const prev = list[list.length - 1];
  const prevDoc = prev ? loadVersion(file, prev.id) : null;
  const before = new Map<string, Node>();
  if (prevDoc?.ok) {
    prevDoc.value.forEach((child) => {
      if (typeof child.attrs.id === 'string') before.set(child.attrs.id, child);
    });
  }
  const blocks: BlockStore = { ...file.versions.blocks };
  const keys: string[] = [];
  doc.forEach((child) => {
    const id: unknown = child.attrs.id;
    keys.push(putBlock(blocks, child, typeof id === 'string' ? before.get(id) : undefined));
  });
  const baseKeys = prev && prevDoc?.ok ? blockKeys(list, prev) : null;
  const encoded = baseKeys?.ok ? encodeList(baseKeys.value, keys) : null;
  const version: Version = {
    id: newId(),
    name: input.name,
    note: input.note,
    author: input.author,
    time: input.now.toISOString(),
    reason: input.reason,
    blocks: encoded ?? keys,
    words: wordsIn(doc),
    ...(encoded && prev ? { base: prev.id } : {}),
  };
  // Against a previous version that cannot be read there is nothing true to say.
  if (!prevDoc) version.summary = versionSummary(null, doc);
  else if (prevDoc.ok) version.summary = versionSummary(prevDoc.value, doc);
  resolved.set(version, keys);
  builtIn(blocks).set(version, doc);
  return { file: { ...file, versions: { blocks, list: [...list, version] } }, version };
}

/**
 * The file without store entries that no version needs. Leaves the file as it is when a
 * version's list cannot be read, so a damaged file does not lose more.
 */
export function pruneUnusedBlocks(file: AccordFile): AccordFile {
  const store = file.versions.blocks;
  const used = new Set<string>();
  for (const v of file.versions.list) {
    const keys = blockKeys(file.versions.list, v);
    if (!keys.ok) return file;
    for (const key of keys.value) {
      if (used.has(key)) continue;
      used.add(key);
      for (const base of basesOf(store, key)) used.add(base);
    }
  }
  const kept: BlockStore = {};
  let dropped = false;
  for (const key of Object.keys(store)) {
    if (used.has(key)) kept[key] = store[key];
    else dropped = true;
  }
  return dropped ? { ...file, versions: { ...file.versions, blocks: kept } } : file;
}
