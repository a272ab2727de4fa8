import fc from 'fast-check';
import { join } from 'node:path';
import { API_METHODS, type ApiMethod } from '../../../shared/api';
import type { AccordFile } from '../../../shared/document/fileSchema';
import { defineKey, mutate, mutationArb, PROTOTYPE_KEYS } from './mutations';

/** Where the fuzzed services live and what valid payloads may refer to. */
export interface PayloadContext {
  libraryDir: string;
  /** A saved document in the library, openable. */
  existing: string;
  /** A document outside every allowed folder; it must never change. */
  outside: string;
  file: AccordFile;
}

/** One valid payload per method: the starting point of the malformed ones. */
export function validPayload(method: ApiMethod, ctx: PayloadContext, n: number): unknown {
  const fresh = join(ctx.libraryDir, `fuzz-${n % 50}.accord`);
  const payloads: Record<ApiMethod, unknown> = {
    'app.info': {},
    'settings.get': {},
    'settings.setIdentity': {
      identity: { name: 'Amina Diallo', initials: 'AD', organization: 'UNDP' },
    },
    'documents.list': {},
    'documents.create': { template: 'blank' },
    'documents.open': { path: ctx.existing },
    'documents.save': { path: fresh, file: ctx.file, expectedStamp: null },
    'documents.close': { path: ctx.existing },
    'documents.pickOpenPath': {},
    'documents.pickSavePath': { suggestedName: 'Action plan' },
    'documents.autosave': { key: `key-${n % 5}`, path: null, file: ctx.file },
    'documents.recoveries': {},
    'documents.recover': { id: `key-${n % 5}` },
    'documents.discardRecovery': { id: `key-${n % 5}` },
    'documents.backups': { path: ctx.existing },
    'documents.restoreBackup': { path: ctx.existing, id: 'nothing-here' },
    'export.pickPath': { suggestedName: 'Action plan' },
    'export.docx': {
      file: ctx.file,
      options: { comments: true, changes: n % 2 === 0, tableOfContents: false },
      outputPath: n % 3 === 0 ? null : join(ctx.libraryDir, `fuzz-${n % 50}.docx`),
    },
    'review.send': {
      file: ctx.file,
      reviewers: ['ILO'],
      due: null,
      outputPath: n % 3 === 0 ? null : join(ctx.libraryDir, `fuzz-review-${n % 50}.accord`),
      withWord: false,
    },
    'review.import': { file: ctx.file, paths: [ctx.existing], dryRun: n % 2 === 0 },
    'window.setState': { title: 'Action plan', dirty: true },
  };
  return payloads[method];
}

/** Paths a hostile page would try: traversal, elsewhere, links, other kinds of file. */
export function hostilePaths(ctx: PayloadContext): string[] {
  const lib = ctx.libraryDir;
  return [
    '../escape.accord',
    `${lib}/../outside.accord`,
    `${lib}/sub/../../x.accord`,
    `${lib}/..\\..\\x.accord`,
    ctx.outside,
    `${lib}/../../../../../../${ctx.outside}`,
    '/etc/passwd',
    '/etc/passwd.accord',
    `${lib}/notes.txt`,
    `${lib}/plan.accord.txt`,
    `${lib}/.~lock.plan.accord#`,
    `${lib}/plan.accord\u0000.txt`,
    `${lib}/\u0000.accord`,
    `${lib}/${'a'.repeat(300)}.accord`,
    `${lib}/missing/folder/x.accord`,
    `${lib}/x.accord/`,
    'relative.accord',
    '~/x.accord',
    'file:///etc/passwd.accord',
    'C:\\Windows\\system.accord',
    '\\\\server\\share\\x.accord',
    `${lib}/link-out.accord`,
    `${lib}/../outside.docx`,
    ctx.outside.replace(/\.accord$/, '.docx'),
    `${lib}/folder-link/x.accord`,
    lib,
    `${lib}/`,
    '',
    ' ',
  ];
}

/** Payloads that try to write through prototypes, whatever the method. */
function pollutionPayloads(valid: unknown): unknown[] {
  const out: unknown[] = [];
  for (const key of PROTOTYPE_KEYS) {
    const top = { ...(valid as object) } as Record<string, unknown>;
    defineKey(top, key, { polluted: 'yes', prototype: { polluted: 'yes' } });
    out.push(top);
  }
  out.push(
    JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}'),
  );
  out.push({ ...(valid as object), constructor: { prototype: { polluted: 'yes' } } });
  return out;
}

/** Replaces every string in a value with a huge one. */
function withHugeStrings(value: unknown, length: number): unknown {
  if (typeof value === 'string') return 'x'.repeat(length);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => withHugeStrings(v, length));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withHugeStrings(v, length)]));
}

/** One fuzzed call: a method and what is sent to it. */
export interface FuzzCall {
  method: ApiMethod;
  payload: unknown;
}

/** Malformed (and now and then valid) calls of every method of the contract. */
export function callArb(ctx: PayloadContext): fc.Arbitrary<FuzzCall> {
  const paths = hostilePaths(ctx);
  return fc
    .record({ method: fc.constantFrom(...API_METHODS), n: fc.nat(1000) })
    .chain(({ method, n }) => {
      const valid = validPayload(method, ctx, n);
      // Export names its target outputPath; every other method path.
      const key = method === 'export.docx' ? 'outputPath' : 'path';
      const withPath = (path: string) => ({ ...(valid as object), [key]: path });
      const payload = fc.oneof(
        { weight: 1, arbitrary: fc.constant(valid) },
        {
          weight: 5,
          arbitrary: fc
            .array(mutationArb, { minLength: 1, maxLength: 3 })
            .map((ms) => mutate(valid, ms)),
        },
        { weight: 2, arbitrary: fc.constantFrom(...paths).map(withPath) },
        { weight: 1, arbitrary: fc.constantFrom(...pollutionPayloads(valid)) },
        {
          weight: 1,
          arbitrary: fc
            .integer({ min: 4_097, max: 2_000_000 })
            .map((length) => withHugeStrings(valid, length)),
        },
        {
          weight: 1,
          arbitrary: fc.oneof(
            fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true }),
            fc.constantFrom(undefined, null, 0, '', [], 'documents.open', true),
          ),
        },
      );
      return payload.map((p): FuzzCall => ({ method, payload: p }));
    });
}
