import fc from 'fast-check';

/**
 * Values that JSON.stringify cannot write but a hostile file can hold. A mutation stores the
 * marker string; {@link toHostileText} swaps it for the raw literal after stringifying.
 */
const RAW_LITERALS = ['1e400', '-1e400', '-0', '1e-400', '123456789012345678901234567890', 'NaN'];
const rawMarker = (literal: string) => `@@raw:${literal}@@`;

/** Keys that reach prototypes when a program copies objects carelessly. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Names that are almost right, right elsewhere, or inherited from Object. */
const TYPE_NAMES = [
  'paragraph',
  'heading',
  'text',
  'doc',
  'masthead',
  'table_row',
  'list_item',
  'action_field',
  'link',
  'comment',
  'script',
  'iframe',
  'Paragraph',
  '',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];

/** Attribute names of the schema and a few it does not have. */
const ATTR_NAMES = [
  'id',
  'level',
  'numbered',
  'status',
  'field',
  'order',
  'href',
  'title',
  'colspan',
  'rowspan',
  'colwidth',
  'author',
  'change',
  'onclick',
  '__proto__',
];

/** Attribute values that break a rule of the schema: out of range, wrong kind, unsafe. */
const BAD_ATTR_VALUES: unknown[] = [
  9,
  -1,
  0,
  1.5,
  1e9,
  rawMarker('1e400'),
  'xyz',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
  '',
  'x'.repeat(65),
  'has space',
  null,
  true,
  [],
  {},
  [1e9],
  ['1'],
  // Block-level tracked changes: a valid one, and ones carrying values JSON cannot keep.
  { kind: 'insert', id: 'c1', author: 'A', organization: '', time: '' },
  {
    kind: 'format',
    id: 'c2',
    author: 'A',
    organization: '',
    time: '',
    from: { type: 'heading', attrs: { level: rawMarker('1e400') } },
  },
  {
    kind: 'format',
    id: 'c3',
    author: 'A',
    organization: '',
    time: '',
    from: {
      type: 'paragraph',
      attrs: {},
      marks: [{ text: 'x', marks: [{ type: 'strong', attrs: { n: rawMarker('NaN') } }] }],
    },
  },
  { kind: 'delete', id: 'c4' },
];

/** Any JSON value, small, or one of the values above. */
export const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.constantFrom(...BAD_ATTR_VALUES) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_LITERALS.map(rawMarker)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** One edit of a JSON tree, aimed at the `target`-th value (counted in document order). */
export type Mutation =
  | { op: 'delete'; target: number }
  | { op: 'replace'; target: number; value: unknown }
  | { op: 'duplicate'; target: number }
  | { op: 'swap'; target: number; other: number }
  | { op: 'retype'; target: number; name: string }
  | { op: 'attr'; target: number; name: string | null; value: unknown }
  | { op: 'marks'; target: number; marks: unknown }
  | { op: 'move'; target: number; to: number }
  | { op: 'addKey'; target: number; key: string; value: unknown }
  | { op: 'emptyText'; target: number };

const target = fc.nat(10_000);

/** A random mutation of any kind. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), target }),
  fc.record({ op: fc.constant('replace' as const), target, value: junkArb }),
  fc.record({ op: fc.constant('duplicate' as const), target }),
  fc.record({ op: fc.constant('swap' as const), target, other: fc.nat(50) }),
  fc.record({ op: fc.constant('retype' as const), target, name: fc.constantFrom(...TYPE_NAMES) }),
  fc.record({
    op: fc.constant('attr' as const),
    target,
    // null: one of the node's own attributes, so each attribute's rule gets its share of abuse.
    name: fc.option(fc.constantFrom(...ATTR_NAMES), { freq: 2 }),
    value: junkArb,
  }),
  fc.record({
    op: fc.constant('marks' as const),
    target,
    marks: fc.oneof(
      fc.constantFrom(
        [{ type: 'strong' }],
        [{ type: 'blink' }],
        [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
        [{ type: 'link' }],
        [{ type: 'superscript' }, { type: 'subscript' }],
        [
          { type: 'insertion', attrs: { id: 'c' } },
          { type: 'deletion', attrs: { id: 'd' } },
        ],
        [
          { type: 'comment', attrs: { id: 'a' } },
          { type: 'comment', attrs: { id: 'a' } },
        ],
        [{ type: 'comment' }],
        'strong',
        [null],
      ),
      junkArb,
    ),
  }),
  fc.record({ op: fc.constant('move' as const), target, to: fc.nat(10_000) }),
  fc.record({
    op: fc.constant('addKey' as const),
    target,
    key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 8 })),
    value: fc.oneof(junkArb, fc.constant({ polluted: 'yes' })),
  }),
  fc.record({ op: fc.constant('emptyText' as const), target }),
);

type Container = Record<string, unknown> | unknown[];

interface Slot {
  parent: Container;
  key: string | number;
  value: unknown;
}

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;
const isObject = (v: unknown): v is Record<string, unknown> => isContainer(v) && !Array.isArray(v);

/** Every value below `root`, with where it sits, in document order. */
function slotsOf(root: unknown): Slot[] {
  const slots: Slot[] = [];
  const visit = (value: unknown): void => {
    if (!isContainer(value)) return;
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    for (const [key, child] of entries) {
      slots.push({ parent: value, key, value: child });
      visit(child);
    }
  };
  visit(root);
  return slots;
}

/** Sets an own, enumerable property even for `__proto__`, as JSON.parse would. */
export function defineKey(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function put(parent: Container, key: string | number, value: unknown): void {
  if (Array.isArray(parent)) parent[Number(key)] = value;
  else defineKey(parent, String(key), value);
}

function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length ? list[n % list.length] : undefined;
}

/** Applies one mutation in place; a mutation that finds nothing to act on does nothing. */
function apply(root: Container, m: Mutation): void {
  const slots = slotsOf(root);
  const slot = pick(slots, m.target);
  if (!slot) return;
  const objects = slots.map((s) => s.value).filter(isObject);
  const arrays = slots.map((s) => s.value).filter((v): v is unknown[] => Array.isArray(v));
  switch (m.op) {
    case 'delete':
      if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
      else delete slot.parent[slot.key];
      return;
    case 'replace':
      put(slot.parent, slot.key, m.value);
      return;
    case 'duplicate':
      if (Array.isArray(slot.parent))
        slot.parent.splice(Number(slot.key), 0, structuredClone(slot.value));
      return;
    case 'swap': {
      const list = pick(arrays, m.target);
      if (!list || list.length < 2) return;
      const i = m.target % list.length;
      const j = m.other % list.length;
      [list[i], list[j]] = [list[j], list[i]];
      return;
    }
    case 'retype': {
      const withType = objects.filter((o) => typeof o.type === 'string');
      const o = pick(withType, m.target);
      if (o) o.type = m.name;
      return;
    }
    case 'attr': {
      const o = pick(
        objects.filter((v) => 'type' in v),
        m.target,
      );
      if (!o) return;
      if (!isObject(o.attrs)) o.attrs = {};
      const attrs = o.attrs as Record<string, unknown>;
      const own = Object.keys(attrs);
      defineKey(attrs, m.name ?? pick(own, m.target) ?? 'id', m.value);
      return;
    }
    case 'marks': {
      const o = pick(
        objects.filter((v) => 'type' in v),
        m.target,
      );
      if (o) o.marks = structuredClone(m.marks);
      return;
    }
    case 'move': {
      const from = pick(arrays, m.target);
      const to = pick(arrays, m.to);
      if (!from || !to || from.length === 0) return;
      const at = m.target % from.length;
      const moved = from[at];
      // Moving a value into itself would make a cycle, which no file can hold.
      if (moved === to || slotsOf(moved).some((s) => s.value === to)) return;
      from.splice(at, 1);
      to.splice(m.to % (to.length + 1), 0, moved);
      return;
    }
    case 'addKey': {
      const o = pick(objects, m.target);
      if (o) defineKey(o, m.key, structuredClone(m.value));
      return;
    }
    case 'emptyText': {
      const o = pick(
        objects.filter((v) => typeof v.text === 'string'),
        m.target,
      );
      if (o) o.text = '';
      return;
    }
  }
}

/** A deep copy of `value` with the mutations applied in order. */
export function mutate<T>(value: T, mutations: readonly Mutation[]): T {
  const copy = structuredClone(value);
  if (!isContainer(copy)) return copy;
  for (const m of mutations) apply(copy, m);
  return copy;
}

/** JSON text of a value, with raw-literal markers turned into the literals they stand for. */
export function toHostileText(value: unknown): string {
  return JSON.stringify(value).replace(/"@@raw:([^@"]+)@@"/g, '$1');
}

/** The value as a program receiving `toHostileText` would parse it (markers become numbers). */
export function toHostileValue(value: unknown): unknown {
  return JSON.parse(toHostileText(value)) as unknown;
}
