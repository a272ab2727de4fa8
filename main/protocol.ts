import type { CustomScheme, Protocol } from 'electron';
import { contentTypeOf } from './host/contentTypes';
import { SECURITY_HEADERS } from './host/csp';
import { staticPath } from './host/staticRoute';

/** The privileged scheme the renderer is served from (never file://, which has ambient privileges). */
export const APP_SCHEME = 'app';
/** The one host of the scheme; together they make the renderer's origin. */
export const APP_HOST = 'accord';
/** Our own origin: the only one that may navigate, call IPC or load content. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Where the main window starts. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before `ready`: standard (real origin, relative URLs), secure (a secure context like
 * https) and CORS-aware, which Vite's `<script type="module" crossorigin>` needs to load. No
 * bypassCSP and no service workers.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: true,
    codeCache: true,
  },
};

/** Whether a URL belongs to our own origin (`app://accord/...`). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Reads a file's bytes; in the packaged app this reads from inside app.asar. */
export type ReadFile = (path: string) => Promise<Uint8Array>;

function textResponse(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  });
}

/**
 * The handler for `app://accord/...`: serves files under `root` (dist/renderer) with the CSP and
 * the other security headers on every response. Other hosts, other methods, encoded traversal and
 * hidden files are refused; nothing outside `root` is ever read.
 */
export function createAppProtocolHandler(
  root: string,
  readFile: ReadFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    }
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return textResponse(400, 'Bad address.');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
      return textResponse(404, 'Not found.');
    }
    const file = staticPath(root, url.pathname);
    if (file === null) return textResponse(404, 'Not found.');
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return textResponse(404, 'Not found.');
    }
    return new Response(request.method === 'HEAD' ? null : new Blob([new Uint8Array(body)]), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file) },
    });
  };
}

/** Serves the built renderer on the app scheme of the given (default session's) protocol module. */
export function registerAppProtocol(protocol: Protocol, root: string, readFile: ReadFile): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root, readFile));
}
