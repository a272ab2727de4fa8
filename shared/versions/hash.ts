import type { Node } from 'prosemirror-model';

/**
 * JSON with object keys in sorted order, so equal blocks give equal text whatever order their
 * keys were written in (a file saved by another tool, a block rebuilt by `Node.toJSON`).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value) as string | undefined;
    return text ?? 'null';
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  // Most objects come from Node.toJSON and have two to four keys; sort only when needed.
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1]! > keys[i]!) {
      keys.sort();
      break;
    }
  }
  let out = '{';
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(n: number, width: number): string {
  let out = '';
  let rest = n;
  do {
    out = DIGITS[rest % 62]! + out;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return out.padStart(width, '0');
}

/**
 * The content key of a string: cyrb53 (two 32-bit multiply-xorshift lanes folded to 53 bits;
 * fast in plain JS, no crypto needed) as 9 base-62 digits, then the length in base 62. Keys only
 * need to tell the blocks of one file apart: among 10,000 distinct blocks the chance of any two
 * 53-bit hashes colliding is about 1 in 10^8, and colliding blocks would also need equal lengths.
 * Keys are short because a file holds one per stored block and one per edit in each version.
 */
export function hashString(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return base62(hash, 9) + base62(text.length, 1);
}

/** The content key of a top-level block's JSON (see `hashString`), independent of key order. */
export function hashBlock(json: unknown): string {
  return hashString(canonicalJson(json));
}

const keys = new WeakMap<Node, string>();

/**
 * The content key of a block node. Cached per node object: unchanged blocks are the same objects
 * from one editor state to the next, so saving a version only hashes the blocks that changed.
 */
export function hashNode(node: Node): string {
  let key = keys.get(node);
  if (key === undefined) {
    key = hashBlock(node.toJSON());
    keys.set(node, key);
  }
  return key;
}

/** The key of a node if it was hashed or loaded before, without hashing it now. */
export function knownKey(node: Node): string | undefined {
  return keys.get(node);
}

/** Records the key a node was loaded under, so saving it again needs no hashing. */
export function rememberKey(node: Node, key: string): void {
  keys.set(node, key);
}
