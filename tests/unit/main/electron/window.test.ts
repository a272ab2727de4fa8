import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions, Session } from 'electron';
import {
  createMainWindow,
  externalLinkPrompt,
  hardenSession,
  hardenWebContents,
  isSafeExternalUrl,
  mainWindowOptions,
  navigationDecision,
  secureWebPreferences,
  type ExternalLinks,
  type WindowConstructor,
} from '../../../../main/window';
import { FakeContents, navigationEvent, settle } from './fakes';

function links(answer: boolean) {
  const confirm = vi.fn((_url: string) => Promise.resolve(answer));
  const openExternal = vi.fn((_url: string) => Promise.resolve());
  const value: ExternalLinks = { confirm, openExternal };
  return { confirm, openExternal, value };
}

function hardened(answer = true) {
  const contents = new FakeContents();
  const spies = links(answer);
  hardenWebContents(contents.asWebContents, spies.value);
  return { contents, ...spies };
}

describe('the renderer’s web preferences', () => {
  const prefs = secureWebPreferences('/app/dist/main/preload.cjs');

  it('isolate and sandbox the page with no Node anywhere', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
  });

  it('keep web security on and refuse insecure content and webviews', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
  });

  it('load the bundled preload and keep the spellchecker on', () => {
    expect(prefs.preload).toBe('/app/dist/main/preload.cjs');
    expect(prefs.spellcheck).toBe(true);
  });

  it('are the ones the main window is created with', () => {
    const created: BrowserWindowConstructorOptions[] = [];
    const once = vi.fn();
    class Window {
      constructor(options: BrowserWindowConstructorOptions) {
        created.push(options);
      }
      once = once;
      show = vi.fn();
    }
    createMainWindow(Window as unknown as WindowConstructor, '/p.cjs');
    expect(created[0]?.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
    expect(created[0]?.show).toBe(false);
    expect(once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));
    expect(mainWindowOptions('/p.cjs', '/icon.png').icon).toBe('/icon.png');
  });
});

describe('links that may leave the app', () => {
  it('are https with a host, and mailto', () => {
    expect(isSafeExternalUrl('https://www.un.org/en/')).toBe(true);
    expect(isSafeExternalUrl('mailto:someone@un.org?subject=Plan')).toBe(true);
  });

  it('are never file:, javascript:, data:, http: or a custom scheme', () => {
    for (const url of [
      'file:///etc/passwd',
      'file://server/share/run.exe',
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://www.un.org/',
      'ms-msdt:/id PCWDiagnostic',
      'smb://server/share',
      'vscode://file/etc/passwd',
      'app://accord/index.html',
      'not a url',
      '',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('are refused when they carry a user name or password, or are absurdly long', () => {
    expect(isSafeExternalUrl('https://www.un.org@evil.example/')).toBe(false);
    expect(isSafeExternalUrl('https://user:pass@example.org/')).toBe(false);
    expect(isSafeExternalUrl(`https://example.org/${'a'.repeat(3000)}`)).toBe(false);
  });

  it('are confirmed with a question that shows the address', () => {
    const prompt = externalLinkPrompt('https://www.un.org/');
    expect(prompt.message).toBe('Open this link in your browser?');
    expect(prompt.detail).toBe('https://www.un.org/');
    expect(prompt.buttons?.[prompt.cancelId ?? -1]).toBe('Cancel');
    expect(prompt.defaultId).toBe(prompt.cancelId);
  });
});

describe('navigation decisions', () => {
  it('allow only our own origin inside the window', () => {
    expect(navigationDecision('app://accord/index.html')).toBe('allow');
    expect(navigationDecision('app://accord/index.html?x=1#top')).toBe('allow');
    expect(navigationDecision('app://evil/index.html')).toBe('deny');
    expect(navigationDecision('file:///work/main/dist/renderer/index.html')).toBe('deny');
    expect(navigationDecision('http://127.0.0.1:5173/')).toBe('deny');
  });

  it('offer safe links to the browser and refuse everything else', () => {
    expect(navigationDecision('https://www.un.org/')).toBe('offer-external');
    expect(navigationDecision('mailto:a@un.org')).toBe('offer-external');
    expect(navigationDecision('javascript:alert(1)')).toBe('deny');
  });
});

describe('a hardened webContents', () => {
  it('prevents navigation away from our origin', () => {
    const { contents, confirm } = hardened();
    const away = navigationEvent('https://evil.example/');
    const file = navigationEvent('file:///etc/passwd');
    const home = navigationEvent('app://accord/index.html');
    contents.emit('will-navigate', away);
    contents.emit('will-navigate', file);
    contents.emit('will-navigate', home);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(file.preventDefault).toHaveBeenCalled();
    expect(home.preventDefault).not.toHaveBeenCalled();
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0]?.[0]).toBe('https://evil.example/');
  });

  it('prevents redirects away from our origin', () => {
    const { contents, confirm } = hardened();
    const away = navigationEvent('https://evil.example/');
    const home = navigationEvent('app://accord/other.html');
    contents.emit('will-redirect', away);
    contents.emit('will-redirect', home);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(home.preventDefault).not.toHaveBeenCalled();
    expect(confirm).not.toHaveBeenCalled();
  });

  it('keeps subframes on our origin', () => {
    const { contents } = hardened();
    const frame = navigationEvent('https://evil.example/', false);
    const own = navigationEvent('app://accord/frame.html', false);
    contents.emit('will-frame-navigate', frame);
    contents.emit('will-frame-navigate', own);
    expect(frame.preventDefault).toHaveBeenCalled();
    expect(own.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach webviews', () => {
    const { contents } = hardened();
    const event = navigationEvent('');
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every window.open, even to our own origin', () => {
    const { contents } = hardened();
    for (const url of ['app://accord/index.html', 'https://www.un.org/', 'about:blank']) {
      expect(contents.open(url)).toEqual({ action: 'deny' });
    }
  });

  it('opens an https link in the browser only after the user confirms', async () => {
    const { contents, confirm, openExternal } = hardened(true);
    contents.open('https://www.un.org/');
    await settle();
    expect(confirm).toHaveBeenCalledWith('https://www.un.org/', contents);
    expect(openExternal).toHaveBeenCalledWith('https://www.un.org/');
  });

  it('opens a mailto link only after the user confirms', async () => {
    const { contents, openExternal } = hardened(true);
    contents.open('mailto:focal.point@un.org');
    await settle();
    expect(openExternal).toHaveBeenCalledWith('mailto:focal.point@un.org');
  });

  it('does not open a link the user declined', async () => {
    const { contents, confirm, openExternal } = hardened(false);
    contents.open('https://www.un.org/');
    await settle();
    expect(confirm).toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses file:, javascript: and custom schemes without even asking', async () => {
    const { contents, confirm, openExternal } = hardened(true);
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(document.cookie)',
      'ms-msdt:/id PCWDiagnostic /skip force',
      'accord-evil://run',
    ]) {
      expect(contents.open(url)).toEqual({ action: 'deny' });
      contents.emit('will-navigate', navigationEvent(url));
    }
    await settle();
    expect(confirm).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('asks one question at a time, ignoring links opened while it is showing', async () => {
    const { contents, confirm, openExternal } = hardened(true);
    contents.open('https://www.un.org/one');
    contents.open('https://www.un.org/two');
    contents.emit('will-navigate', navigationEvent('https://www.un.org/three'));
    await settle();
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(openExternal.mock.calls).toEqual([['https://www.un.org/one']]);
    contents.open('https://www.un.org/four');
    await settle();
    expect(openExternal).toHaveBeenCalledTimes(2);
  });

  it('reports a failing dialog instead of crashing', async () => {
    const contents = new FakeContents();
    const onError = vi.fn();
    const failing: ExternalLinks = {
      confirm: () => Promise.reject(new Error('dialog gone')),
      openExternal: vi.fn(() => Promise.resolve()),
    };
    hardenWebContents(contents.asWebContents, failing, onError);
    contents.open('https://www.un.org/');
    await settle();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'dialog gone' }));
    expect(failing.openExternal).not.toHaveBeenCalled();
  });
});

describe('a hardened session', () => {
  function sessionSpy() {
    const handlers: Record<string, unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: unknown) => (handlers.request = h),
      setPermissionCheckHandler: (h: unknown) => (handlers.check = h),
      setDevicePermissionHandler: (h: unknown) => (handlers.device = h),
    };
    hardenSession(session as unknown as Session);
    return handlers as {
      request: (c: unknown, p: string, cb: (granted: boolean) => void) => void;
      check: (c: unknown, p: string) => boolean;
      device: (d: unknown) => boolean;
    };
  }

  it('denies every permission request', () => {
    const { request } = sessionSpy();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check and device request with no', () => {
    const { check, device } = sessionSpy();
    for (const permission of ['media', 'clipboard-sanitized-write', 'hid', 'serial', 'usb']) {
      expect(check({}, permission), permission).toBe(false);
    }
    expect(device({ deviceType: 'usb' })).toBe(false);
  });
});
