import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AccordApi } from '../../../shared/api';
import { dispatch } from '../../../shared/apiDispatch';
import { blankDocument, newAccordFile } from '../../../shared/document/create';
import { serializeAccordFile } from '../../../shared/document/load';
import { createApiHandlers, type ApiHandlers } from '../../../main/services/api';
import { callArb, type FuzzCall, type PayloadContext } from './apiPayloads';
import { throwOnFailure } from './fuzzRun';

const ERROR_CODES = new Set([
  'invalid-argument',
  'not-found',
  'cancelled',
  'corrupt-file',
  'too-large',
  'newer-format',
  'changed-on-disk',
  'locked',
  'read-only',
  'forbidden-path',
  'io-error',
  'unsupported',
]);

/** The real services over a fresh folder, with a document inside the library and one outside. */
export interface FuzzServices extends ApiHandlers {
  ctx: PayloadContext;
  /** Hashes of the files outside the allowed folders, to prove they never change. */
  outsideHashes(): Promise<string[]>;
  /** Releases locks and removes the folder. */
  close(): Promise<void>;
}

const hashOf = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

/** Builds {@link FuzzServices} under `root` (which it creates and finally removes). */
export async function fuzzServices(root: string): Promise<FuzzServices> {
  const libraryDir = join(root, 'library');
  const elsewhere = join(root, 'elsewhere');
  await mkdir(libraryDir, { recursive: true });
  await mkdir(elsewhere, { recursive: true });
  const file = newAccordFile(blankDocument(), new Date('2026-03-01T10:00:00Z'));
  const existing = join(libraryDir, 'existing.accord');
  const outside = join(elsewhere, 'secret.accord');
  await writeFile(existing, serializeAccordFile(file));
  await writeFile(outside, serializeAccordFile(file));
  await writeFile(join(elsewhere, 'outside.accord'), serializeAccordFile(file));
  await symlink(outside, join(libraryDir, 'link-out.accord'));
  await symlink(elsewhere, join(libraryDir, 'folder-link'));
  const handlers = createApiHandlers({
    dataDir: join(root, 'data'),
    libraryDir,
    resourcesDir: join(root, 'resources'),
    host: 'test',
    platform: process.platform,
  });
  await handlers.ready;
  const watched = [outside, join(elsewhere, 'outside.accord')];
  return {
    ...handlers,
    ctx: { libraryDir, existing, outside, file },
    outsideHashes: () => Promise.all(watched.map(hashOf)),
    async close() {
      await handlers.dispose();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Own keys of the built-in prototypes, to catch pollution through any of them. */
function prototypeKeys(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((p) => Reflect.ownKeys(p).map(String).sort().join(','))
    .join('|');
}

/** Thrown when a call breaks the API's promise. */
export class ApiViolation extends Error {
  override name = 'ApiViolation';
}

/**
 * Makes one call through dispatch and checks the promise: a Result (a valid success, or an error
 * with a known code and a sentence), no handler throwing, no prototype changed.
 */
export async function checkCall(api: AccordApi, call: FuzzCall): Promise<string> {
  const before = prototypeKeys();
  const bugs: unknown[] = [];
  let result: unknown;
  try {
    result = await dispatch(api, call.method, call.payload, (e) => bugs.push(e));
  } catch (error) {
    throw new ApiViolation(`dispatch threw for ${call.method}: ${String(error)}`);
  }
  if (bugs.length) throw new ApiViolation(`${call.method} threw inside: ${String(bugs[0])}`);
  if (prototypeKeys() !== before || 'polluted' in {})
    throw new ApiViolation(`${call.method} changed a built-in prototype`);
  return checkResult(call.method, result);
}

/** Checks the shape of a Result as any client receives it; returns 'ok' or the error code. */
export function checkResult(method: string, result: unknown): string {
  const r = result as {
    ok?: unknown;
    value?: unknown;
    error?: { code?: unknown; message?: unknown };
  };
  if (typeof r !== 'object' || r === null || typeof r.ok !== 'boolean')
    throw new ApiViolation(`${method} answered something that is not a Result`);
  if (r.ok) return 'ok';
  const { code, message } = r.error ?? {};
  if (typeof code !== 'string' || !ERROR_CODES.has(code))
    throw new ApiViolation(`${method} failed with code ${String(code)}`);
  if (typeof message !== 'string' || message.length < 10 || !/[.!?)]$/.test(message))
    throw new ApiViolation(`${method} failed without a sentence: ${String(message)}`);
  if (/\n\s+at /.test(message)) throw new ApiViolation(`${method} leaked a stack trace`);
  return code;
}

/** Figures of an API fuzz run. */
export interface ApiFigures {
  calls: number;
  ok: number;
  errors: number;
  byCode: Record<string, number>;
  maxMs: number;
}

/**
 * Runs `numRuns` fuzzed calls through dispatch against the services, then checks the files
 * outside the allowed folders are unchanged and the services still answer.
 */
export async function runApiFuzz(
  services: FuzzServices,
  numRuns: number,
  seed: number,
): Promise<ApiFigures> {
  const figures: ApiFigures = { calls: 0, ok: 0, errors: 0, byCode: {}, maxMs: 0 };
  const outsideBefore = await services.outsideHashes();
  const property = fc.asyncProperty(callArb(services.ctx), async (call) => {
    const started = performance.now();
    const verdict = await checkCall(services.api, call);
    figures.maxMs = Math.max(figures.maxMs, performance.now() - started);
    figures.calls++;
    if (verdict === 'ok') figures.ok++;
    else {
      figures.errors++;
      figures.byCode[verdict] = (figures.byCode[verdict] ?? 0) + 1;
    }
  });
  const details = await fc.check(property, { seed, numRuns });
  throwOnFailure(details, 'API fuzzing', seed);
  const outsideAfter = await services.outsideHashes();
  if (outsideAfter.join() !== outsideBefore.join())
    throw new ApiViolation('a file outside the allowed folders changed');
  const info = await services.api['app.info']({});
  if (!info.ok) throw new ApiViolation('the services stopped answering');
  return figures;
}
