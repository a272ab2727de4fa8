import fc from 'fast-check';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../main/host/server';
import { send } from '../main/host/httpClient';
import { callArb } from './apiPayloads';
import { checkResult, fuzzServices, type FuzzServices } from './apiFuzz';
import { fuzzSeed } from './fuzzRun';

const SAMPLE = 300;
const seed = fuzzSeed();
let services: FuzzServices;
let host: RunningHost;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'accord-http-fuzz-'));
  services = await fuzzServices(root);
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  host = await startHost({ api: services.api, staticDir: root });
});
afterAll(async () => {
  await host.close();
  await services.close();
});

describe('the browser host under malformed API calls', () => {
  it(`answers a sample of ${SAMPLE} fuzzed calls over HTTP with Results and keeps serving`, async () => {
    const calls = fc.sample(callArb(services.ctx), { numRuns: SAMPLE, seed });
    const outsideBefore = await services.outsideHashes();
    const statuses: Record<number, number> = {};
    for (const call of calls) {
      const response = await send(host.port, {
        method: 'POST',
        path: `/api/${call.method}`,
        body: JSON.stringify(call.payload) ?? '',
        headers: { 'Content-Type': 'application/json', 'X-Accord-Token': host.token },
      });
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      const context = `${call.method} (seed ${seed})`;
      expect([200, 400, 413], context).toContain(response.status);
      const verdict = checkResult(call.method, JSON.parse(response.body));
      if (response.status !== 200) expect(verdict, context).not.toBe('ok');
    }
    console.log(`host fuzz (seed ${seed}): ${SAMPLE} calls, statuses ${JSON.stringify(statuses)}`);
    expect(await services.outsideHashes()).toEqual(outsideBefore);
    const info = await send(host.port, {
      method: 'POST',
      path: '/api/app.info',
      body: '{}',
      headers: { 'Content-Type': 'application/json', 'X-Accord-Token': host.token },
    });
    expect(JSON.parse(info.body)).toMatchObject({ ok: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);
});
