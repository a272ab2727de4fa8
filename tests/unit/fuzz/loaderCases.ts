import fc from 'fast-check';
import { LIMITS } from '../../../shared/document/fileSchema';
import { loadAccordValue, serializeAccordFile } from '../../../shared/document/load';
import { accordFileArb } from './docArbitrary';
import {
  checkLoaderResult,
  checkLoaderText,
  FUZZ_FILE_NAME,
  type LoaderVerdict,
} from './loaderCheck';
import { defineKey, mutate, mutationArb, toHostileText } from './mutations';

/** One input for the loader: file text, or an already-parsed value (what IPC hands the services). */
export type LoaderInput =
  { kind: 'text'; text: string; mustLoad?: boolean } | { kind: 'value'; value: unknown };

/** Runs one input through the loader and checks its promise (see loaderCheck.ts). */
export function runLoaderInput(input: LoaderInput): LoaderVerdict {
  if (input.kind === 'value') {
    let result;
    try {
      result = loadAccordValue(input.value, FUZZ_FILE_NAME);
    } catch (error) {
      throw new Error(`loadAccordValue threw ${String(error)}`, { cause: error });
    }
    return checkLoaderResult(result);
  }
  const verdict = checkLoaderText(input.text);
  if (input.mustLoad && verdict !== 'accepted') throw new Error('a valid document was refused');
  return verdict;
}

const fileText = accordFileArb().map((f) => serializeAccordFile(f));

/** Turns raw-literal markers into the values a structured clone can carry (Infinity, NaN, -0). */
function withSpecialNumbers(value: unknown): unknown {
  if (typeof value === 'string') {
    const m = /^@@raw:(.+)@@$/.exec(value);
    return m ? Number(m[1]) : value;
  }
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(withSpecialNumbers);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) defineKey(out, k, withSpecialNumbers(v));
  return out;
}

const mutated = fc.tuple(accordFileArb(), fc.array(mutationArb, { minLength: 1, maxLength: 4 }));

const nearValidText: fc.Arbitrary<LoaderInput> = mutated.map(([file, ms]) => ({
  kind: 'text',
  text: toHostileText(mutate(file, ms)),
}));

const nearValidValue: fc.Arbitrary<LoaderInput> = mutated.map(([file, ms]) => ({
  kind: 'value',
  value: withSpecialNumbers(mutate(file, ms)),
}));

const validText: fc.Arbitrary<LoaderInput> = fileText.map((text) => ({
  kind: 'text',
  text,
  mustLoad: true,
}));

const arbitraryJson: fc.Arbitrary<LoaderInput> = fc.oneof(
  fc.jsonValue().map((v): LoaderInput => ({ kind: 'text', text: JSON.stringify(v) ?? 'null' })),
  fc
    .anything({
      withNullPrototype: true,
      withBoxedValues: true,
      withSparseArray: true,
      withObjectString: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
    })
    .map((value): LoaderInput => ({ kind: 'value', value })),
  fc
    .record({
      format: fc.oneof(fc.constant('accord'), fc.jsonValue()),
      formatVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
      rest: fc.dictionary(fc.string(), fc.jsonValue()),
    })
    .map(({ format, formatVersion, rest }): LoaderInput => ({
      kind: 'text',
      text: JSON.stringify({ ...rest, format, formatVersion }),
    })),
);

const garbageText: fc.Arbitrary<LoaderInput> = fc
  .tuple(
    fc.constantFrom('', '\uFEFF', ' \n\t', '{', '[', '"'),
    fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii' })),
  )
  .map(([prefix, text]) => ({ kind: 'text', text: prefix + text }));

const truncated: fc.Arbitrary<LoaderInput> = fc
  .tuple(fileText, fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([text, at]) => ({ kind: 'text', text: text.slice(0, Math.floor(text.length * at)) }));

const flipped: fc.Arbitrary<LoaderInput> = fc
  .tuple(
    fileText,
    fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 7 })), {
      minLength: 1,
      maxLength: 8,
    }),
  )
  .map(([text, flips]) => {
    const bytes = new TextEncoder().encode(text);
    for (const [at, bit] of flips) {
      const i = Math.min(bytes.length - 1, Math.floor(at * bytes.length));
      bytes[i] = (bytes[i] ?? 0) ^ (1 << bit);
    }
    return { kind: 'text', text: new TextDecoder('utf-8').decode(bytes) };
  });

/** Where a huge string goes, and the limit that applies there (0: none). */
const HUGE_TARGETS: [string, number][] = [
  ['meta.title', LIMITS.maxMetaString],
  ['meta.appVersion', 64],
  ['documentId', 64],
  ['comment', LIMITS.maxCommentText],
  ['text', 0],
  ['href', 0],
  ['blockId', 64],
  ['unknownKey', 0],
];

const huge: fc.Arbitrary<LoaderInput> = fc
  .record({
    file: accordFileArb(2),
    target: fc.constantFrom(...HUGE_TARGETS),
    delta: fc.integer({ min: -2, max: 2 }),
    free: fc.integer({ min: 1, max: 1_000_000 }),
    unit: fc.constantFrom('x', 'é', '𝄞', '\u0000', '"'),
  })
  .map(({ file, target: [where, limit], delta, free, unit }) => {
    const length = limit ? Math.max(1, limit + delta) : free;
    const s = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    const value = structuredClone(file) as unknown as Record<string, Record<string, unknown>>;
    const doc = value.doc as {
      content: { content?: unknown[]; attrs?: Record<string, unknown> }[];
    };
    const para = { type: 'paragraph', attrs: { id: 'huge' }, content: [{ type: 'text', text: s }] };
    switch (where) {
      case 'meta.title':
      case 'meta.appVersion':
        (value.meta as Record<string, unknown>)[where.slice(5)] = s;
        break;
      case 'documentId':
        value.documentId = s.replace(/[^A-Za-z0-9_-]/g, 'x') as never;
        break;
      case 'comment':
        value.comments = [
          {
            id: 't1',
            status: 'open',
            quote: '',
            blockId: null,
            section: '',
            comments: [
              {
                id: 'c1',
                author: { name: 'A', initials: 'A', organization: '' },
                time: '',
                text: s,
              },
            ],
          },
        ] as never;
        break;
      case 'text':
        doc.content.push(para);
        break;
      case 'href':
        doc.content.push({
          ...para,
          content: [
            { type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: `https://${s}` } }] },
          ],
        });
        break;
      case 'blockId':
        doc.content.push({ ...para, attrs: { id: s.replace(/[^A-Za-z0-9_-]/g, 'x') } });
        break;
      default:
        defineKey(value, s.slice(0, 100_000), { s });
    }
    return { kind: 'text', text: JSON.stringify(value) };
  });

/** Bullet lists nested `depth` deep, as document JSON. */
function nestedList(depth: number): unknown {
  let list: unknown = null;
  for (let i = 0; i < depth; i++) {
    const p = { type: 'paragraph', content: [{ type: 'text', text: `level ${depth - i}` }] };
    list = {
      type: 'bullet_list',
      content: [{ type: 'list_item', content: list ? [p, list] : [p] }],
    };
  }
  return list;
}

/** `depth` nested arrays or objects around a string. */
function nestedRaw(depth: number, objects: boolean): unknown {
  let v: unknown = 'core';
  for (let i = 0; i < depth; i++) v = objects ? { k: v } : [v];
  return v;
}

/** The JSON text of `depth` nested arrays or objects around a string, built without recursion. */
function nestedRawText(depth: number, objects: boolean): string {
  return objects
    ? '{"k":'.repeat(depth) + '"core"' + '}'.repeat(depth)
    : '['.repeat(depth) + '"core"' + ']'.repeat(depth);
}

const NEST_MARKER = '@@nest@@';

const deep: fc.Arbitrary<LoaderInput> = fc
  .record({
    file: accordFileArb(2),
    depth: fc.oneof(
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 240, max: 270 }),
      fc.integer({ min: 1, max: 20_000 }),
    ),
    shape: fc.constantFrom('list', 'arrays', 'objects'),
    where: fc.constantFrom('doc', 'attrs', 'meta', 'blocks', 'unknownKey', 'marks'),
    asValue: fc.boolean(),
  })
  .map(({ file, depth, shape, where, asValue }): LoaderInput => {
    const value = structuredClone(file) as unknown as Record<string, unknown>;
    const doc = value.doc as { content: Record<string, unknown>[] };
    const objects = shape === 'objects';
    const nest =
      shape === 'list'
        ? nestedList(Math.min(depth, 400))
        : asValue
          ? nestedRaw(depth, objects)
          : NEST_MARKER;
    if (where === 'doc') doc.content.push(nest as Record<string, unknown>);
    else if (where === 'attrs')
      doc.content.push({ type: 'paragraph', attrs: { id: 'd', x: nest } });
    else if (where === 'meta') (value.meta as Record<string, unknown>).title = nest;
    else if (where === 'blocks')
      (value.versions as { blocks: Record<string, unknown> }).blocks.deep = nest;
    else if (where === 'marks')
      doc.content.push({
        type: 'paragraph',
        content: [{ type: 'text', text: 'x', marks: [nest] }],
      });
    else value.extra = nest;
    if (asValue) return { kind: 'value', value };
    return {
      kind: 'text',
      text: JSON.stringify(value).replace(`"${NEST_MARKER}"`, () => nestedRawText(depth, objects)),
    };
  });

/** One family of loader inputs and its share of the cases. */
export interface LoaderCategory {
  name: string;
  share: number;
  arbitrary: fc.Arbitrary<LoaderInput>;
}

/** Every family of inputs; shares add up to 1. */
export const LOADER_CATEGORIES: LoaderCategory[] = [
  { name: 'near-valid documents (text)', share: 0.4, arbitrary: nearValidText },
  { name: 'near-valid documents (parsed values)', share: 0.1, arbitrary: nearValidValue },
  { name: 'valid documents', share: 0.1, arbitrary: validText },
  { name: 'arbitrary JSON and values', share: 0.1, arbitrary: arbitraryJson },
  { name: 'garbage text', share: 0.06, arbitrary: garbageText },
  { name: 'truncated files', share: 0.1, arbitrary: truncated },
  { name: 'flipped bits', share: 0.1, arbitrary: flipped },
  { name: 'huge strings', share: 0.01, arbitrary: huge },
  { name: 'deep nesting', share: 0.03, arbitrary: deep },
];
