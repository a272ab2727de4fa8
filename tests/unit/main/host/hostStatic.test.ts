import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../main/host/csp';
import { startHost, type RunningHost } from '../../../../main/host/server';
import { echoApi, send } from './httpClient';

const TOKEN = 'static-token-0123456789abcdef';
const COOKIE = `accord_token=${TOKEN}`;
const SECRET = 'do-not-serve-this';
let root: string;
let host: RunningHost;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'accord-host-static-'));
  const web = join(root, 'renderer');
  await mkdir(join(web, 'assets'), { recursive: true });
  await writeFile(join(root, 'secret.txt'), SECRET);
  await writeFile(join(root, 'package.json'), `{"secret":"${SECRET}"}`);
  await writeFile(join(web, 'index.html'), '<!doctype html><title>Accord</title>');
  await writeFile(join(web, 'assets', 'app.js'), 'console.log("app");');
  await writeFile(join(web, 'assets', 'app.css'), 'body{}');
  await writeFile(join(web, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(join(web, 'assets', 'blob.xyz'), 'bytes');
  await writeFile(join(web, '.env'), SECRET);
  await symlink(join(root, 'secret.txt'), join(web, 'assets', 'link.txt'));
  host = await startHost({ api: echoApi(), staticDir: web, token: TOKEN });
});
afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  send(host.port, { path, headers });

describe('the browser host’s pages', () => {
  it('refuses the page without a token, and with a wrong one, setting no cookie', async () => {
    for (const path of ['/', '/?token=wrong', `/?token=${TOKEN}x`]) {
      const response = await get(path);
      expect(response.status).toBe(401);
      expect(response.body).toMatch(/access token/);
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('serves index.html for the token address, sets the cookie and forbids caching', async () => {
    const response = await get(`/?token=${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.body).toBe('<!doctype html><title>Accord</title>');
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['set-cookie']).toEqual([
      `accord_token=${TOKEN}; HttpOnly; SameSite=Strict; Path=/`,
    ]);
  });

  it('serves the page and its files to a request carrying the cookie', async () => {
    const page = await get('/', { Cookie: `other=1; ${COOKIE}` });
    expect(page.status).toBe(200);
    const script = await get('/assets/app.js', { Cookie: COOKIE });
    expect(script.status).toBe(200);
    expect(script.body).toBe('console.log("app");');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['set-cookie']).toBeUndefined();
  });

  it('gives each kind of file its content type', async () => {
    const types = {
      '/assets/app.css': 'text/css; charset=utf-8',
      '/assets/font.woff2': 'font/woff2',
      '/assets/blob.xyz': 'application/octet-stream',
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await get(path, { Cookie: COOKIE });
      expect(response.headers['content-type']).toBe(type);
    }
  });

  it('refuses the page’s files without the cookie or with a wrong one', async () => {
    expect((await get('/assets/app.js')).status).toBe(401);
    expect((await get('/assets/app.js', { Cookie: 'accord_token=nope' })).status).toBe(401);
  });

  it('never serves a file outside the renderer folder, however the path is spelled', async () => {
    const paths = [
      '/../package.json',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/%2fetc%2fpasswd',
      '/assets/app.js%00.html',
      '/%E0%A4%A',
    ];
    for (const path of paths) {
      const response = await get(path, { Cookie: COOKIE });
      expect(response.status, path).not.toBe(200);
      expect(response.body, path).not.toContain(SECRET);
    }
  });

  it('does not follow a symbolic link out of the folder', async () => {
    const response = await get('/assets/link.txt', { Cookie: COOKIE });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain(SECRET);
  });

  it('lists no folder and serves no hidden file', async () => {
    for (const path of ['/assets', '/assets/', '/.env']) {
      const response = await get(path, { Cookie: COOKIE });
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('app.js');
      expect(response.body).not.toContain(SECRET);
    }
  });

  it('answers HEAD with the headers only and refuses other methods', async () => {
    const head = await send(host.port, {
      method: 'HEAD',
      path: '/assets/app.js',
      headers: { Cookie: COOKIE },
    });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String('console.log("app");'.length));
    expect(head.body).toBe('');
    const put = await send(host.port, { method: 'PUT', path: '/', headers: { Cookie: COOKIE } });
    expect(put.status).toBe(405);
  });

  it('refuses page requests for another host name, even with the token', async () => {
    const response = await get(`/?token=${TOKEN}`, { Host: `attacker.example:${host.port}` });
    expect(response.status).toBe(403);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('sets the Content-Security-Policy and other security headers on every response', async () => {
    const responses = [
      await get(`/?token=${TOKEN}`),
      await get('/assets/app.js', { Cookie: COOKIE }),
      await get('/missing.js', { Cookie: COOKIE }),
      await get('/'),
    ];
    for (const response of responses) {
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });
});

describe('starting and stopping the host', () => {
  it('chooses a random token and port unless given', async () => {
    const a = await startHost({ api: echoApi(), staticDir: root });
    const b = await startHost({ api: echoApi(), staticDir: root });
    try {
      expect(a.token).toMatch(/^[0-9a-f]{64}$/);
      expect(a.token).not.toBe(b.token);
      expect(a.port).not.toBe(b.port);
      expect(a.port).toBeGreaterThan(0);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('listens on the port it is given', async () => {
    const probe = await startHost({ api: echoApi(), staticDir: root });
    const port = probe.port;
    await probe.close();
    const fixed = await startHost({ api: echoApi(), staticDir: root, port });
    try {
      expect(fixed.port).toBe(port);
      expect(fixed.url).toBe(`http://127.0.0.1:${port}`);
    } finally {
      await fixed.close();
    }
  });

  it('fails to start on a port already in use', async () => {
    await expect(startHost({ api: echoApi(), staticDir: root, port: host.port })).rejects.toThrow(
      /EADDRINUSE/,
    );
  });

  it('refuses a token too short or unsafe for a header and a cookie', async () => {
    for (const token of ['', 'short', 'has space and is long enough', 'semi;colon;0123456789']) {
      await expect(startHost({ api: echoApi(), staticDir: root, token })).rejects.toThrow(
        RangeError,
      );
    }
  });

  it('stops answering once closed, even with a keep-alive connection open', async () => {
    const temp = await startHost({ api: echoApi(), staticDir: root, token: TOKEN });
    await send(temp.port, { path: '/', headers: { Cookie: COOKIE, Connection: 'keep-alive' } });
    await temp.close();
    await expect(send(temp.port, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
