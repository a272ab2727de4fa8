import { API_METHODS, type AccordApi, type ApiMethod } from '../shared/api';
import { BRIDGE_GLOBAL, type AccordBridge, type MenuCommand } from '../shared/bridge';
import { fail, type Result } from '../shared/result';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the page is served by the browser host. */
    [BRIDGE_GLOBAL]?: AccordBridge;
  }
}

/** Where the browser client keeps the host token for reloads (the address bar loses it). */
export const TOKEN_STORAGE_KEY = 'accord.token';

const LOST_CONTACT =
  'Lost contact with Accord’s host. Check that Accord is still running (in the terminal where it was started), then try again. Your document is still open here.';

/** The fetch the HTTP client calls; the browser's own, or a stub in tests. */
export type FetchLike = (
  input: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<{ status: number; text(): Promise<string> }>;

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  if (r.ok === true) return 'value' in r;
  if (r.ok !== false || typeof r.error !== 'object' || r.error === null) return false;
  const e = r.error as Record<string, unknown>;
  return typeof e.code === 'string' && typeof e.message === 'string';
}

/**
 * The contract over HTTP to the browser host: one POST per call with the token header. Network
 * failures and unreadable answers become `io-error` Results; nothing here throws.
 */
export function createHttpApi(fetchImpl: FetchLike, getToken: () => string | null): AccordApi {
  async function call(method: ApiMethod, args: unknown): Promise<Result<unknown>> {
    const token = getToken();
    if (!token) {
      return fail(
        'forbidden-path',
        'This page was opened without Accord’s access token. Open the address Accord printed when it started (it ends in ?token=...).',
      );
    }
    let status: number;
    let text: string;
    try {
      const response = await fetchImpl(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Accord-Token': token },
        body: JSON.stringify(args ?? {}),
      });
      status = response.status;
      text = await response.text();
    } catch {
      return fail('io-error', LOST_CONTACT);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    if (isResult(value)) return value;
    return fail(
      'io-error',
      `${LOST_CONTACT} (It gave an answer that could not be read: HTTP ${status}.)`,
    );
  }
  const entries = API_METHODS.map(
    (method) => [method, (args: unknown) => call(method, args)] as const,
  );
  // One entry per contract method, so the object has exactly the AccordApi shape.
  return Object.freeze(Object.fromEntries(entries)) as unknown as AccordApi;
}

/** The structural parts of `window` the token handling touches. */
export interface TokenSources {
  location: { href: string };
  history: { state: unknown; replaceState(data: unknown, unused: string, url: string): void };
  sessionStorage: {
    getItem(key: string): string | null;
    setItem(key: string, value: string): void;
  };
}

/**
 * Takes the host token from the page address (keeping it in sessionStorage for reloads and
 * removing it from the address bar, so it is not bookmarked or shared), else from sessionStorage.
 */
export function takeToken(w: TokenSources): string | null {
  const url = new URL(w.location.href);
  const fromAddress = url.searchParams.get('token');
  if (fromAddress) {
    try {
      w.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromAddress);
    } catch {
      // Storage can be disabled; the token still works until the page is reloaded.
    }
    url.searchParams.delete('token');
    w.history.replaceState(w.history.state, '', url.pathname + url.search + url.hash);
    return fromAddress;
  }
  try {
    return w.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

const bridge: AccordBridge | undefined =
  typeof window === 'undefined' ? undefined : window[BRIDGE_GLOBAL];

function browserApi(): AccordApi {
  let token: string | null | undefined;
  const getToken = () => (token ??= typeof window === 'undefined' ? null : takeToken(window));
  // Take the token out of the address bar now rather than at the first call.
  getToken();
  return createHttpApi((input, init) => fetch(input, init), getToken);
}

/** The renderer's only client of the contract: the Electron preload's bridge, else the browser host. */
export const api: AccordApi = bridge ? bridge.api : browserApi();

/** Which kind of host serves this page. */
export function hostKind(): 'electron' | 'browser' {
  return bridge ? 'electron' : 'browser';
}

/** Subscribes to native menu commands (Electron only); returns an unsubscribe. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return bridge ? bridge.onMenuCommand(listener) : () => undefined;
}

/** Subscribes to documents the OS asks to open (Electron only); returns an unsubscribe. */
export function onOpenFile(listener: (path: string) => void): () => void {
  return bridge ? bridge.onOpenFile(listener) : () => undefined;
}
