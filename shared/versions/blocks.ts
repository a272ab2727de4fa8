import { Node } from 'prosemirror-model';
import { LIMITS } from '../document/fileSchema';
import { fail, ok, type Result } from '../result';
import { schema } from '../schema';
import { canonicalJson, hashBlock, hashNode, hashString, knownKey, rememberKey } from './hash';
import { applyPatch, makePatch, type Patch } from './patch';

/** The block store of a file: content key → block JSON, or a delta from another stored block. */
export type BlockStore = Record<string, unknown>;

/**
 * A stored block kept as the key of the block it was edited from followed by the patch ops
 * (block JSON is always an object, so an array is always a delta; arrays keep it short).
 */
export type DeltaEntry = [base: string, ...patch: Patch];

/** Deltas build on deltas at most this deep, so reading a block applies a handful of patches. */
export const MAX_CHAIN = 8;

function entryOf(store: BlockStore, key: string): unknown {
  return Object.hasOwn(store, key) ? store[key] : undefined;
}

/** Whether a stored entry is a delta rather than block JSON. */
function isDelta(entry: unknown): entry is unknown[] {
  return Array.isArray(entry);
}

function baseOf(entry: unknown[]): string | undefined {
  return typeof entry[0] === 'string' ? entry[0] : undefined;
}

/** How many deltas lead from `key` to a whole block (0 for a whole block). */
function chainLength(store: BlockStore, key: string): number {
  let steps = 0;
  let entry = entryOf(store, key);
  while (isDelta(entry) && steps <= MAX_CHAIN) {
    steps++;
    const base = baseOf(entry);
    entry = base === undefined ? undefined : entryOf(store, base);
  }
  return steps;
}

/** The canonical JSON text of a stored block, applying its deltas and checking every result's key. */
function blockText(store: BlockStore, key: string): Result<string> {
  const patches: { key: string; patch: unknown[] }[] = [];
  let at = key;
  let entry = entryOf(store, at);
  while (isDelta(entry)) {
    const base = baseOf(entry);
    if (patches.length > MAX_CHAIN) return fail('corrupt-file', 'is built on too many edits');
    if (base === undefined) return fail('corrupt-file', 'has no base block');
    patches.push({ key: at, patch: entry.slice(1) });
    at = base;
    entry = entryOf(store, at);
  }
  if (entry === undefined) {
    return fail(
      'corrupt-file',
      patches.length ? 'is built on a block that is missing' : 'is missing',
    );
  }
  let text = canonicalJson(entry);
  for (let i = patches.length - 1; i >= 0; i--) {
    const step = patches[i]!;
    const next = applyPatch(text, step.patch);
    if (next === null || hashString(next) !== step.key) {
      return fail('corrupt-file', 'has edits that do not fit the block they were made to');
    }
    text = next;
  }
  return ok(text);
}

function depth(node: Node): number {
  let max = 0;
  node.forEach((child) => (max = Math.max(max, depth(child))));
  return max + 1;
}

const nodes = new WeakMap<object, Node>();

/**
 * The block stored under `key` as a checked node. Cached per stored entry, so versions that share
 * a block share one node object and comparing them skips it at once. Problems come back as the
 * end of a sentence ("is missing") for the caller to name the version.
 */
export function blockNode(store: BlockStore, key: string): Result<Node> {
  const entry = entryOf(store, key);
  if (entry === undefined) return fail('corrupt-file', 'is missing from the file');
  if (typeof entry !== 'object' || entry === null) return fail('corrupt-file', 'is not a block');
  const cached = nodes.get(entry);
  if (cached) return ok(cached);
  let text: string | null = null;
  if (isDelta(entry)) {
    const built = blockText(store, key);
    if (!built.ok) return built;
    text = built.value;
  }
  let node: Node;
  try {
    node = Node.fromJSON(schema, text === null ? entry : JSON.parse(text));
    node.check();
  } catch (e) {
    return fail('corrupt-file', `does not fit the document structure (${(e as Error).message})`);
  }
  if (!node.isBlock || depth(node) > LIMITS.maxNodeDepth) {
    return fail('corrupt-file', 'is not a block the document can hold');
  }
  nodes.set(entry, node);
  rememberKey(node, key);
  return ok(node);
}

/**
 * Stores a top-level block in `store` (which the caller owns and may change) unless an equal one
 * is there, and returns its key. A block edited from `previous` (the block with its id in the
 * last version) is stored as a delta from it when that is much smaller.
 */
export function putBlock(store: BlockStore, node: Node, previous: Node | undefined): string {
  // A block hashed for the first time needs its JSON anyway; keep it for storing.
  let json: object | undefined;
  let key = knownKey(node);
  if (key === undefined) {
    json = node.toJSON() as object;
    key = hashBlock(json);
    rememberKey(node, key);
  }
  const existing = entryOf(store, key);
  if (existing !== undefined) {
    if (typeof existing === 'object' && existing !== null && !nodes.has(existing)) {
      nodes.set(existing, node);
    }
    return key;
  }
  const entry: object = deltaFrom(store, node, previous) ?? json ?? (node.toJSON() as object);
  store[key] = entry;
  nodes.set(entry, node);
  return key;
}

function deltaFrom(store: BlockStore, node: Node, previous: Node | undefined): DeltaEntry | null {
  if (!previous) return null;
  const base = hashNode(previous);
  if (entryOf(store, base) === undefined || chainLength(store, base) >= MAX_CHAIN) return null;
  const text = blockText(store, base);
  if (!text.ok) return null;
  const patch = makePatch(text.value, canonicalJson(node.toJSON()));
  return patch ? [base, ...patch] : null;
}

/** The keys `key`'s entry needs besides itself: the bases its deltas are built on. */
export function basesOf(store: BlockStore, key: string): string[] {
  const out: string[] = [];
  let entry = entryOf(store, key);
  while (isDelta(entry) && out.length <= MAX_CHAIN) {
    const base = baseOf(entry);
    if (base === undefined) break;
    out.push(base);
    entry = entryOf(store, base);
  }
  return out;
}
