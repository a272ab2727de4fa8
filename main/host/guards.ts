import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The name of the cookie that lets the page load its scripts and styles after the first visit. */
export const TOKEN_COOKIE = 'accord_token';

/** The header every API call carries; a cookie alone never authorizes an API call. */
export const TOKEN_HEADER = 'x-accord-token';

/**
 * Compares a presented token with the real one in constant time. Both are hashed first so the
 * comparison takes the same time whatever the presented token's length.
 */
export function tokensMatch(presented: string | undefined, token: string): boolean {
  if (typeof presented !== 'string' || presented === '') return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}

/**
 * Whether the Host header names this server. A page on another site that rebinds its DNS name to
 * 127.0.0.1 still sends its own name here, so this refuses it (DNS-rebinding guard).
 */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** The origins a page served by this host can have. */
export function ownOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** Whether the Origin header, when the browser sent one, is this host's own. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  return origin === undefined || ownOrigins(port).includes(origin);
}

/** One cookie's value from a Cookie header, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** How a page request proved it may load: by the token in its address, by cookie, or not at all. */
export type PageAuth = 'query' | 'cookie' | null;

/**
 * Checks a page or file request (static files, and later downloads). A token in the address must
 * be right; otherwise the cookie set on the first visit must be.
 */
export function authorizePage(req: IncomingMessage, url: URL, token: string): PageAuth {
  const query = url.searchParams.get('token');
  if (query !== null) return tokensMatch(query, token) ? 'query' : null;
  return tokensMatch(readCookie(req.headers.cookie, TOKEN_COOKIE), token) ? 'cookie' : null;
}

/** The Set-Cookie value that remembers the token for this page's later requests. */
export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}
