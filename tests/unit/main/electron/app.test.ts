import type { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../../../shared/api';
import type { ServiceDeps } from '../../../../main/services/api';
import { FakeContents, settle } from './fakes';

// A scripted Electron: the app module is an event emitter whose readiness the test controls.
const h = vi.hoisted(() => ({
  state: {} as {
    lock: boolean;
    ready: boolean;
    resolveReady: () => void;
    windows: unknown[];
    calls: string[];
    handled: string[];
    serviceDeps: unknown[];
    allowed: string[];
    disposed: number;
  },
  app: null as unknown as EventEmitter,
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const { FakeContents: Contents } = await import('./fakes');
  const s = h.state;
  const app = Object.assign(new Emitter(), {
    requestSingleInstanceLock: () => s.lock,
    quit: () => s.calls.push('quit'),
    exit: (code: number) => s.calls.push(`exit ${code}`),
    enableSandbox: () => s.calls.push('enableSandbox'),
    whenReady: () =>
      new Promise<void>((resolve) => {
        s.resolveReady = () => {
          s.ready = true;
          resolve();
        };
      }),
    isReady: () => s.ready,
    isPackaged: false,
    getAppPath: () => '/opt/accord',
    getPath: (name: string) => `/home/u/${name}`,
    getName: () => 'Accord',
    getVersion: () => '0.1.0',
  });
  h.app = app;
  class BrowserWindow extends Emitter {
    static getFocusedWindow = () => null;
    static fromWebContents = () => null;
    readonly webContents = new Contents();
    title = '';
    focused = 0;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      s.windows.push(this);
    }
    loadURL(url: string) {
      s.calls.push(`loadURL ${url}`);
      return Promise.resolve();
    }
    show() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {
      this.focused++;
    }
    setTitle(title: string) {
      this.title = title;
    }
    setDocumentEdited() {}
  }
  return {
    app,
    BrowserWindow,
    dialog: { showMessageBox: vi.fn(), showErrorBox: vi.fn() },
    ipcMain: { handle: (channel: string) => s.handled.push(channel), removeHandler: vi.fn() },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => s.calls.push('menu') },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) =>
        s.calls.push(`privileged ${schemes.map((x) => x.scheme).join()}`),
      handle: (scheme: string) => s.calls.push(`handle ${scheme}`),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => s.calls.push('permissions'),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
      },
    },
    shell: { openExternal: vi.fn() },
  };
});

vi.mock('../../../../main/services/api', () => ({
  createApiHandlers: (deps: unknown) => {
    h.state.serviceDeps.push(deps);
    return {
      api: {},
      allowPath: (path: string) => h.state.allowed.push(path),
      ready: Promise.resolve(),
      dispose: () => {
        h.state.disposed++;
        return Promise.resolve();
      },
    };
  },
}));

interface Window extends EventEmitter {
  options: BrowserWindowConstructorOptions;
  webContents: FakeContents;
  title: string;
  focused: number;
}

const originalArgv = process.argv;

async function startApp(options: { lock?: boolean; argv?: string[] } = {}) {
  Object.assign(h.state, {
    lock: options.lock ?? true,
    ready: false,
    resolveReady: () => undefined,
    windows: [],
    calls: [],
    handled: [],
    serviceDeps: [],
    allowed: [],
    disposed: 0,
  });
  process.argv = options.argv ?? ['/opt/accord/electron', '.'];
  // The mocked electron module outlives vi.resetModules; forget the previous run's listeners.
  (h.app as EventEmitter | null)?.removeAllListeners();
  vi.resetModules();
  await import('../../../../main/app');
  return h.state;
}

async function ready(): Promise<Window> {
  h.state.resolveReady();
  await settle();
  const window = h.state.windows[0] as Window | undefined;
  if (!window) throw new Error('no window was created');
  return window;
}

function loaded(window: Window): void {
  window.webContents.emit('did-finish-load');
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  process.argv = originalArgv;
  vi.restoreAllMocks();
});

describe('starting Accord', () => {
  it('quits at once when another instance holds the lock', async () => {
    const state = await startApp({ lock: false });
    expect(state.calls).toContain('quit');
    expect(h.app.listenerCount('second-instance')).toBe(0);
    expect(h.app.listenerCount('web-contents-created')).toBe(0);
  });

  it('registers the app scheme and turns on the sandbox before ready', async () => {
    const state = await startApp();
    expect(state.calls.slice(0, 2)).toEqual(['privileged app', 'enableSandbox']);
    expect(state.windows).toHaveLength(0);
  });

  it('when ready: denies permissions, serves app://, the API and the menu, then opens the window', async () => {
    const state = await startApp();
    const window = await ready();
    expect(state.calls).toEqual(
      expect.arrayContaining([
        'permissions',
        'handle app',
        'menu',
        'loadURL app://accord/index.html',
      ]),
    );
    expect(state.handled.sort()).toEqual(API_METHODS.map((m) => `accord:${m}`).sort());
    expect(window.options.webPreferences).toMatchObject({
      preload: '/opt/accord/dist/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });

  it('gives the services the user’s folders, the electron host and native dialogs', async () => {
    const state = await startApp();
    await ready();
    const deps = state.serviceDeps[0] as ServiceDeps;
    expect(deps).toMatchObject({
      dataDir: '/home/u/userData',
      libraryDir: '/home/u/documents/Accord',
      resourcesDir: '/opt/accord/resources',
      host: 'electron',
    });
    expect(typeof deps.nativeDialogs?.pickOpenPath).toBe('function');
  });

  it('hardens every webContents that is created', async () => {
    await startApp();
    const contents = new FakeContents();
    h.app.emit('web-contents-created', {}, contents);
    expect(contents.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });
});

describe('documents opened from the operating system', () => {
  it('opens an .accord file named on the first command line once the page has loaded', async () => {
    const state = await startApp({ argv: ['/opt/accord/accord', '/home/u/plan.accord'] });
    const window = await ready();
    expect(window.webContents.sent).toEqual([]);
    loaded(window);
    expect(state.allowed).toEqual(['/home/u/plan.accord']);
    expect(window.webContents.sent).toEqual([
      { channel: 'accord:open-file', value: '/home/u/plan.accord' },
    ]);
  });

  it('opens the file of a second instance in the running window and focuses it', async () => {
    const state = await startApp();
    const window = await ready();
    loaded(window);
    h.app.emit(
      'second-instance',
      {},
      ['/opt/accord/accord', 'draft.accord', '--flag'],
      '/home/u/work',
    );
    expect(state.allowed).toEqual(['/home/u/work/draft.accord']);
    expect(window.webContents.sent).toEqual([
      { channel: 'accord:open-file', value: '/home/u/work/draft.accord' },
    ]);
    expect(window.focused).toBeGreaterThan(0);
  });

  it('queues macOS open-file events that arrive before the app is ready', async () => {
    const state = await startApp();
    const event = { preventDefault: vi.fn() };
    h.app.emit('open-file', event, '/Users/u/plan.accord');
    expect(event.preventDefault).toHaveBeenCalled();
    const window = await ready();
    loaded(window);
    expect(state.allowed).toEqual(['/Users/u/plan.accord']);
    expect(window.webContents.sent.map((m) => m.value)).toEqual(['/Users/u/plan.accord']);
  });
});

describe('the running app', () => {
  it('titles the window from what the renderer reports', async () => {
    const state = await startApp();
    const window = await ready();
    (state.serviceDeps[0] as ServiceDeps).onWindowState?.({ title: 'Plan', dirty: true });
    expect(window.title).toBe('• Plan — Accord');
  });

  it('disposes the services before quitting, once', async () => {
    const state = await startApp();
    await ready();
    const event = { preventDefault: vi.fn() };
    h.app.emit('will-quit', event);
    await settle();
    expect(event.preventDefault).toHaveBeenCalled();
    expect(state.disposed).toBe(1);
    expect(state.calls.at(-1)).toBe('quit');
    const again = { preventDefault: vi.fn() };
    h.app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(state.disposed).toBe(1);
  });
});
