import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  hostAllowed,
  originAllowed,
  readCookie,
  tokenCookie,
  tokensMatch,
} from '../../../../main/host/guards';
import { staticPath } from '../../../../main/host/staticRoute';
import { contentTypeOf } from '../../../../main/host/contentTypes';

describe('host guards', () => {
  it('matches a token only when it is exactly the same', () => {
    const token = 'abcdefghijklmnop0123';
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(token.toUpperCase(), token)).toBe(false);
    expect(tokensMatch(token.slice(0, -1), token)).toBe(false);
    expect(tokensMatch(`${token} `, token)).toBe(false);
    expect(tokensMatch('', token)).toBe(false);
    expect(tokensMatch(undefined, token)).toBe(false);
  });

  it('accepts only this host’s own names and port in the Host header', () => {
    expect(hostAllowed('127.0.0.1:4000', 4000)).toBe(true);
    expect(hostAllowed('localhost:4000', 4000)).toBe(true);
    expect(hostAllowed('127.0.0.1', 4000)).toBe(false);
    expect(hostAllowed('127.0.0.1:4001', 4000)).toBe(false);
    expect(hostAllowed('evil.example:4000', 4000)).toBe(false);
    expect(hostAllowed('[::1]:4000', 4000)).toBe(false);
    expect(hostAllowed(undefined, 4000)).toBe(false);
  });

  it('accepts no Origin header, or this host’s own origin only', () => {
    expect(originAllowed(undefined, 4000)).toBe(true);
    expect(originAllowed('http://127.0.0.1:4000', 4000)).toBe(true);
    expect(originAllowed('http://localhost:4000', 4000)).toBe(true);
    expect(originAllowed('https://127.0.0.1:4000', 4000)).toBe(false);
    expect(originAllowed('http://127.0.0.1:4000.evil.example', 4000)).toBe(false);
    expect(originAllowed('null', 4000)).toBe(false);
    expect(originAllowed('', 4000)).toBe(false);
  });

  it('reads one cookie among several and ignores look-alikes', () => {
    const header = 'x=1; my_accord_token=bad; accord_token=good; y';
    expect(readCookie(header, 'accord_token')).toBe('good');
    expect(readCookie('accord_token_2=bad', 'accord_token')).toBeUndefined();
    expect(readCookie(undefined, 'accord_token')).toBeUndefined();
  });

  it('writes an HttpOnly, same-site-only cookie for the whole host', () => {
    expect(tokenCookie('t0k3n')).toBe('accord_token=t0k3n; HttpOnly; SameSite=Strict; Path=/');
  });
});

describe('static paths', () => {
  const root = resolve('/srv/accord/renderer');

  it('maps a URL path to a file under the folder, and / to index.html', () => {
    expect(staticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(staticPath(root, '/assets/app-1a2b.js')).toBe(join(root, 'assets', 'app-1a2b.js'));
    expect(staticPath(root, '/assets/a%20b.css')).toBe(join(root, 'assets', 'a b.css'));
  });

  it('refuses parent segments, hidden names, NUL bytes, drive letters and bad escapes', () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/a/%2E%2E%2F%2E%2E%2Fpackage.json',
      '/..%5c..%5cpackage.json',
      '/.git/config',
      '/index.html%00',
      '/C:%5cWindows',
      '/%E0%A4%A',
    ]) {
      expect(staticPath(root, path), path).toBeNull();
    }
  });

  it('names common web file types and falls back to plain bytes', () => {
    expect(contentTypeOf('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('a/x.MJS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('a/x.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('a/x')).toBe('application/octet-stream');
  });
});
