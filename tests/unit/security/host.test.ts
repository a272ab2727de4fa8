// Browser-host security checklist (issue 7). One test per item; items already proven elsewhere are
// listed with where, and not repeated here.
//
//  1. Missing token refused ............ tests/unit/main/host/hostApi.test.ts ("refuses a call
//     without the token header"); pages: hostStatic.test.ts ("refuses the page without a token")
//  2. Wrong token refused .............. hostApi.test.ts ("refuses a call with a wrong token"),
//     hostStatic.test.ts ("…and with a wrong one"); cookie alone is not enough for the API:
//     hostApi.test.ts ("does not accept the page cookie in place of the token header")
//  3. Foreign Origin refused (API) ..... hostApi.test.ts ("refuses a call from another origin")
//     Foreign Origin refused (pages) ... below
//  4. Foreign Host refused (DNS rebind)  hostApi.test.ts, hostStatic.test.ts
//  5. Bound to 127.0.0.1 ............... hostApi.test.ts ("listens on 127.0.0.1 only") for the
//     address; below: unreachable through every other address of the machine
//  6. Paths outside the user's folders refused through the API (open, save, backups, restore,
//     recovery; ../ traversal, absolute paths, symbolic links, non-.accord names) ... below
//  7. Static file traversal refused .... hostStatic.test.ts ("never serves a file outside the
//     renderer folder", "does not follow a symbolic link out of the folder")
//  8. CSP on every response ............ hostStatic.test.ts, hostApi.test.ts (exact header);
//     below: the policy allows no inline, eval'd, remote or data: script
//  9. No cross-origin reads (no CORS headers, preflights refused) ... below
// 10. The token never appears in a response or the log ... below
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/host/csp';
import { startHost, type RunningHost } from '../../../main/host/server';
import { createApiHandlers, type ApiHandlers } from '../../../main/services/api';
import { blankDocument, newAccordFile } from '../../../shared/document/create';
import { serializeAccordFile } from '../../../shared/document/load';
import { send, type RawResponse } from '../main/host/httpClient';

const TOKEN = 'security-suite-token-0123456789abcdef';
const SECRET = 'Confidential-budget-line-7731';
let root: string;
let lib: string;
let elsewhere: string;
let outside: string;
let services: ApiHandlers;
let host: RunningHost;
const logLines: string[] = [];

const fileText = (title: string) =>
  serializeAccordFile({
    ...newAccordFile(blankDocument(), new Date('2026-03-01T10:00:00Z')),
    meta: {
      title,
      created: '2026-03-01T10:00:00.000Z',
      modified: '2026-03-01T10:00:00.000Z',
      appVersion: '0.1.0',
    },
  });

const hashOf = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'accord-security-'));
  lib = join(root, 'library');
  elsewhere = join(root, 'elsewhere');
  outside = join(elsewhere, 'secret.accord');
  await mkdir(lib, { recursive: true });
  await mkdir(elsewhere, { recursive: true });
  await writeFile(outside, fileText(SECRET));
  await writeFile(join(lib, 'plan.accord'), fileText('Plan'));
  await writeFile(join(lib, 'notes.txt'), SECRET);
  await symlink(outside, join(lib, 'link-out.accord'));
  await symlink(elsewhere, join(lib, 'folder-link'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Accord</title>');
  services = createApiHandlers({
    dataDir: join(root, 'data'),
    libraryDir: lib,
    resourcesDir: join(root, 'resources'),
    host: 'browser',
    platform: 'linux',
  });
  await services.ready;
  host = await startHost({
    api: services.api,
    staticDir: root,
    token: TOKEN,
    log: (line) => logLines.push(line),
  });
});
afterAll(async () => {
  await host.close();
  await services.dispose();
  await rm(root, { recursive: true, force: true });
});

async function call(method: string, payload: unknown): Promise<RawResponse> {
  return send(host.port, {
    method: 'POST',
    path: `/api/${method}`,
    body: JSON.stringify(payload),
    headers: { 'Content-Type': 'application/json', 'X-Accord-Token': TOKEN },
  });
}

/** Calls a method and expects a forbidden-path refusal that discloses nothing of the target. */
async function expectForbidden(method: string, payload: unknown): Promise<string> {
  const response = await call(method, payload);
  expect(response.status).toBe(200);
  const result = JSON.parse(response.body) as {
    ok: boolean;
    error?: { code: string; message: string };
  };
  expect(result.ok, `${method} ${JSON.stringify(payload).slice(0, 200)}`).toBe(false);
  expect(result.error?.code, JSON.stringify(result.error)).toBe('forbidden-path');
  expect(response.body).not.toContain(SECRET);
  return result.error?.message ?? '';
}

/** Ways to name a file outside the library: traversal, absolute, through links. */
const escapes = () => [
  `${lib}/../elsewhere/secret.accord`,
  `${lib}/sub/../../elsewhere/secret.accord`,
  `../elsewhere/secret.accord`,
  'secret.accord',
  outside,
  `${lib}/link-out.accord`,
  `${lib}/folder-link/secret.accord`,
];

describe('browser host security checklist', () => {
  it('3. refuses page requests from a foreign Origin even with the right cookie', async () => {
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1:1']) {
      const response = await send(host.port, {
        path: '/',
        headers: { Cookie: `accord_token=${TOKEN}`, Origin: origin },
      });
      expect(response.status, origin).toBe(403);
      expect(response.body).not.toContain('<title>Accord</title>');
    }
  });

  it('5. cannot be reached through any address but 127.0.0.1', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && a.address !== '127.0.0.1')
      .map((a) => a!.address);
    const addresses = [...new Set([...others, '::1', '127.0.0.2'])];
    const reached: string[] = [];
    for (const address of addresses) {
      const connected = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port: host.port, timeout: 2000 });
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
        socket.once('timeout', () => {
          socket.destroy();
          resolve(false);
        });
      });
      if (connected) reached.push(address);
    }
    expect(addresses.length).toBeGreaterThan(1);
    expect(reached).toEqual([]);
  });

  it('6a. refuses to open a document outside the library, however the path is written', async () => {
    for (const path of escapes()) await expectForbidden('documents.open', { path });
  });

  it('6b. refuses to save outside the library and leaves what is there untouched', async () => {
    const before = await hashOf(outside);
    const file = JSON.parse(fileText('Overwrite attempt')) as unknown;
    for (const path of [
      ...escapes(),
      join(elsewhere, 'new.accord'),
      `${lib}/folder-link/new.accord`,
    ]) {
      await expectForbidden('documents.save', { path, file, expectedStamp: null, overwrite: true });
    }
    expect(await hashOf(outside)).toBe(before);
    expect((await readdir(elsewhere)).sort()).toEqual(['secret.accord']);
  });

  it('6c. refuses to list or restore backups of a document outside the library', async () => {
    for (const path of escapes()) {
      await expectForbidden('documents.backups', { path });
      await expectForbidden('documents.restoreBackup', { path, id: 'x1' });
    }
  });

  it('6d. refuses names that are not .accord documents, even inside the library', async () => {
    const file = JSON.parse(fileText('Not a document')) as unknown;
    for (const name of [
      'notes.txt',
      'plan.accord.txt',
      '.~lock.plan.accord#',
      'plan',
      'plan.json',
    ]) {
      const path = join(lib, name);
      const message = await expectForbidden('documents.open', { path });
      expect(message).toMatch(/only opens and saves \.accord documents/);
      await expectForbidden('documents.save', { path, file, expectedStamp: null, overwrite: true });
    }
    expect(await readFile(join(lib, 'notes.txt'), 'utf8')).toBe(SECRET);
    await expectForbidden('documents.open', { path: `${lib}/plan.accord\u0000.txt` });
  });

  it('6e. a recovery record naming a path outside neither reads that file nor unlocks it', async () => {
    const file = JSON.parse(fileText('Recovered')) as unknown;
    const saved = JSON.parse(
      (await call('documents.autosave', { key: 'probe', path: outside, file })).body,
    ) as { ok: boolean };
    expect(saved.ok).toBe(true);
    const recovered = JSON.parse((await call('documents.recover', { id: 'probe' })).body) as {
      ok: boolean;
      value: { stamp: unknown; path: string };
    };
    expect(recovered.ok).toBe(true);
    // A stamp would disclose the size, time and hash of any file on the machine.
    expect(recovered.value.stamp).toBeNull();
    await expectForbidden('documents.save', {
      path: outside,
      file,
      expectedStamp: null,
      overwrite: true,
    });
    await expectForbidden('documents.open', { path: outside });
  });

  it('8. sets a script policy with no inline, eval, remote, data: or wildcard sources', async () => {
    const response = await send(host.port, { path: `/?token=${TOKEN}` });
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    const scripts = directives.get('script-src') ?? directives.get('default-src') ?? [];
    expect(scripts).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    for (const values of directives.values()) {
      expect(values.filter((v) => /unsafe-eval|^\*$|^https?:$|^blob:$/.test(v))).toEqual([]);
    }
  });

  it('9. sends no CORS permission and refuses cross-origin preflights', async () => {
    const preflight = await send(host.port, {
      method: 'OPTIONS',
      path: '/api/documents.open',
      headers: {
        Origin: 'https://evil.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'x-accord-token, content-type',
      },
    });
    expect(preflight.status).toBe(403);
    const answers = [preflight, await call('app.info', {})];
    for (const response of answers) {
      const corsHeaders = Object.keys(response.headers).filter((h) =>
        h.startsWith('access-control-'),
      );
      expect(corsHeaders).toEqual([]);
    }
  });

  it('10. never writes the token into a response body or the log', async () => {
    const responses = [
      await send(host.port, { path: `/?token=${TOKEN}x` }),
      await send(host.port, { path: '/assets/x.js', headers: { Cookie: `accord_token=${TOKEN}` } }),
      await send(host.port, {
        method: 'POST',
        path: '/api/app.info',
        body: '{}',
        headers: { 'Content-Type': 'application/json', 'X-Accord-Token': `${TOKEN}x` },
      }),
    ];
    for (const response of responses) expect(response.body).not.toContain(TOKEN);
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.filter((l) => l.includes(TOKEN))).toEqual([]);
  });
});
