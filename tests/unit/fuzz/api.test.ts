import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../shared/api';
import { fuzzServices, runApiFuzz, type FuzzServices } from './apiFuzz';
import { fuzzSeed } from './fuzzRun';

/** Calls in the suite; `npm run fuzz` makes many more. */
const CALLS = 3_000;
const seed = fuzzSeed();
let services: FuzzServices;

beforeAll(async () => {
  services = await fuzzServices(await mkdtemp(join(tmpdir(), 'accord-api-fuzz-')));
});
afterAll(async () => {
  await services.close();
});

describe('every API method under malformed payloads', () => {
  it(`answers ${CALLS} fuzzed calls through dispatch with Results, never a throw or pollution`, async () => {
    const figures = await runApiFuzz(services, CALLS, seed);
    console.log(
      `API fuzz (seed ${seed}): ${figures.calls} calls over ${API_METHODS.length} methods, ${figures.ok} ok, ${figures.errors} errors ${JSON.stringify(figures.byCode)}, max ${figures.maxMs.toFixed(0)} ms per call`,
    );
    expect(figures.calls).toBe(CALLS);
    expect(figures.errors).toBeGreaterThan(figures.ok);
    expect(figures.byCode['forbidden-path']).toBeGreaterThan(0);
    expect(figures.byCode['invalid-argument']).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);
});
