// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, type AccordApi } from '../../../shared/api';
import type { AccordBridge, MenuCommand } from '../../../shared/bridge';
import { fail, ok } from '../../../shared/result';
import { createHttpApi, takeToken, TOKEN_STORAGE_KEY, type FetchLike } from '../../../renderer/api';

interface Sent {
  input: string;
  init: Parameters<FetchLike>[1];
}

/** A fetch that records each request and answers with the given status and text. */
function answering(status: number, text: string | (() => Promise<string>)) {
  const sent: Sent[] = [];
  const fetchImpl: FetchLike = (input, init) => {
    sent.push({ input, init });
    return Promise.resolve({
      status,
      text: typeof text === 'string' ? () => Promise.resolve(text) : text,
    });
  };
  return { sent, fetchImpl };
}

describe('the HTTP client', () => {
  it('has exactly one function per method of the contract', () => {
    const client = createHttpApi(answering(200, '{}').fetchImpl, () => 'tok');
    expect(Object.keys(client).sort()).toEqual([...API_METHODS].sort());
    expect(Object.isFrozen(client)).toBe(true);
  });

  it('posts the arguments as JSON with the token header and returns the host’s Result', async () => {
    const value = { recent: [], library: [] };
    const { sent, fetchImpl } = answering(200, JSON.stringify(ok(value)));
    const client = createHttpApi(fetchImpl, () => 'secret-token');
    expect(await client['documents.open']({ path: '/a b/plan.accord' })).toEqual(ok(value));
    expect(sent).toEqual([
      {
        input: '/api/documents.open',
        init: {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Accord-Token': 'secret-token' },
          body: '{"path":"/a b/plan.accord"}',
        },
      },
    ]);
  });

  it('returns the host’s refusal as it is, whatever the HTTP status', async () => {
    const refusal = fail('forbidden-path', 'This page is not connected to the running Accord.');
    const client = createHttpApi(answering(401, JSON.stringify(refusal)).fetchImpl, () => 't');
    expect(await client['app.info']({})).toEqual(refusal);
  });

  it('turns a network failure into an io-error instead of throwing', async () => {
    const client = createHttpApi(
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => 't',
    );
    const result = await client['settings.get']({});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('io-error');
      expect(result.error.message).toMatch(/^Lost contact with Accord’s host\./);
    }
  });

  it('turns a body that breaks off into an io-error', async () => {
    const client = createHttpApi(
      answering(200, () => Promise.reject(new Error('reset'))).fetchImpl,
      () => 't',
    );
    const result = await client['app.info']({});
    expect(!result.ok && result.error.code).toBe('io-error');
  });

  it('turns an answer that is not a Result into an io-error naming the HTTP status', async () => {
    for (const [status, text] of [
      [502, '<html>Bad gateway</html>'],
      [200, '{"value": 1}'],
      [200, '{"ok": false, "error": "no"}'],
      [200, 'null'],
    ] as const) {
      const client = createHttpApi(answering(status, text).fetchImpl, () => 't');
      const result = await client['app.info']({});
      expect(result.ok, text).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('io-error');
        expect(result.error.message).toContain(`HTTP ${status}`);
      }
    }
  });

  it('sends nothing without a token and says how to get one', async () => {
    const { sent, fetchImpl } = answering(200, '{}');
    const client = createHttpApi(fetchImpl, () => null);
    const result = await client['documents.list']({});
    expect(sent).toEqual([]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('forbidden-path');
      expect(result.error.message).toMatch(/Open the address Accord printed/);
    }
  });
});

describe('the page token', () => {
  beforeEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', '/');
  });

  it('is taken from the address, kept for reloads and removed from the address bar', () => {
    history.replaceState({ keep: 1 }, '', '/?lang=en&token=abc123#outline');
    expect(takeToken(window)).toBe('abc123');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(location.search).toBe('?lang=en');
    expect(location.hash).toBe('#outline');
    expect(history.state).toEqual({ keep: 1 });
  });

  it('comes from session storage after a reload', () => {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, 'stored');
    expect(takeToken(window)).toBe('stored');
  });

  it('is null when neither the address nor storage has one', () => {
    expect(takeToken(window)).toBeNull();
  });
});

describe('the renderer’s api module', () => {
  beforeEach(() => {
    vi.resetModules();
    sessionStorage.clear();
    delete window.accord;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    delete window.accord;
  });

  it('talks to the browser host with the token from the address when there is no bridge', async () => {
    history.replaceState(null, '', '/?token=page-token');
    const calls: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return Promise.resolve(
        new Response(JSON.stringify(ok({ version: '0.1.0' })), { status: 200 }),
      );
    });
    const module = await import('../../../renderer/api');
    // The token leaves the address bar as soon as the module loads, before any call.
    expect(location.search).toBe('');
    expect(module.hostKind()).toBe('browser');
    expect(await module.api['app.info']({})).toEqual(ok({ version: '0.1.0' }));
    expect(calls[0]?.url).toBe('/api/app.info');
    expect((calls[0]?.init.headers as Record<string, string>)['X-Accord-Token']).toBe('page-token');
    const unsubscribe = module.onMenuCommand(() => undefined);
    expect(unsubscribe()).toBeUndefined();
    expect(module.onOpenFile(() => undefined)()).toBeUndefined();
  });

  it('uses the Electron bridge when the preload exposed one', async () => {
    const menuListeners: ((c: MenuCommand) => void)[] = [];
    const fileListeners: ((p: string) => void)[] = [];
    const bridgeApi = {
      'app.info': () => Promise.resolve(ok('from bridge')),
    } as unknown as AccordApi;
    const bridge: AccordBridge = {
      api: bridgeApi,
      onMenuCommand: (listener) => {
        menuListeners.push(listener);
        return () => menuListeners.splice(menuListeners.indexOf(listener), 1);
      },
      onOpenFile: (listener) => {
        fileListeners.push(listener);
        return () => fileListeners.splice(fileListeners.indexOf(listener), 1);
      },
    };
    window.accord = bridge;
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const module = await import('../../../renderer/api');
    expect(module.api).toBe(bridgeApi);
    expect(module.hostKind()).toBe('electron');
    const seen: string[] = [];
    const stopMenu = module.onMenuCommand((command) => seen.push(command));
    module.onOpenFile((path) => seen.push(path));
    menuListeners.forEach((l) => l('save'));
    fileListeners.forEach((l) => l('/plan.accord'));
    stopMenu();
    expect(menuListeners).toHaveLength(0);
    expect(seen).toEqual(['save', '/plan.accord']);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
