import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../main/host/csp';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  isAppUrl,
  registerAppProtocol,
} from '../../../../main/protocol';

let base: string;
let root: string;
const reads: string[] = [];
let serve: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'accord-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Accord</title>');
  await writeFile(join(root, 'assets', 'main.js'), 'console.log(1)');
  await writeFile(join(base, 'secret.txt'), 'outside the renderer');
  serve = createAppProtocolHandler(root, async (path) => {
    reads.push(path);
    return readFile(path);
  });
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function directives(): Map<string, string[]> {
  return new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('the Content-Security-Policy', () => {
  it('allows scripts from our own origin only, never inline or eval', () => {
    const script = directives().get('script-src') ?? directives().get('default-src');
    expect(script).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });

  it('names no remote origin and no wildcard anywhere', () => {
    for (const [name, values] of directives()) {
      for (const value of values) {
        expect(value, `${name} ${value}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:)$/);
      }
    }
    expect(directives().get('style-src')).toContain("'self'");
    expect(directives().get('default-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, base changes, framing and form posts', () => {
    const d = directives();
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
  });
});

describe('the app:// scheme', () => {
  it('is registered as standard and secure, without bypassing the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeFalsy();
    expect(APP_SCHEME_PRIVILEGES.privileges?.allowServiceWorkers).toBeFalsy();
    expect(APP_ENTRY_URL).toBe('app://accord/index.html');
  });

  it('recognises only its own host', () => {
    expect(isAppUrl('app://accord/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://accord/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('is served through protocol.handle', () => {
    const handle = vi.fn();
    registerAppProtocol({ handle } as unknown as Protocol, root, () => Promise.reject(new Error()));
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('serving the built renderer', () => {
  it('returns index.html with the CSP and a content type', async () => {
    const response = await serve(new Request('app://accord/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Accord</title>');
  });

  it('serves the root as index.html and scripts as JavaScript', async () => {
    expect(await (await serve(new Request('app://accord/'))).text()).toContain('Accord');
    const script = await serve(new Request('app://accord/assets/main.js'));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers HEAD without a body', async () => {
    const response = await serve(new Request('app://accord/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('puts the CSP on refusals too', async () => {
    const response = await serve(new Request('app://accord/missing.js'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never reads outside the renderer folder, however the path is spelled', async () => {
    reads.length = 0;
    for (const url of [
      'app://accord/../secret.txt',
      'app://accord/%2e%2e/secret.txt',
      'app://accord/assets/..%2f..%2fsecret.txt',
      'app://accord/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://accord/..%5c..%5csecret.txt',
      'app://accord/%00index.html',
      'app://accord/.hidden',
      'app://accord/%E0%A4%A',
    ]) {
      const response = await serve(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('outside the renderer');
    }
    expect(reads.every((path) => path.startsWith(root))).toBe(true);
  });

  it('refuses other hosts and other methods', async () => {
    expect((await serve(new Request('app://evil/index.html'))).status).toBe(404);
    const post = await serve(new Request('app://accord/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
