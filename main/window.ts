import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  MessageBoxOptions,
  Session,
  WebContents,
  WebPreferences,
} from 'electron';
import { isAppUrl } from './protocol';

/**
 * The renderer's settings: isolated, sandboxed, no Node anywhere (not in subframes either), web
 * security on. The preload is the page's only door to main and exposes just the API contract.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

const MAX_EXTERNAL_URL = 2048;

/**
 * Whether a link may be handed to the operating system: https: (with a host and no user:password
 * part, a phishing favourite) and mailto: only. file:, javascript:, custom schemes and anything
 * unparsable are refused, because the OS would run or open them with the user's full rights.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (url.length > MAX_EXTERNAL_URL) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return true;
  return (
    parsed.protocol === 'https:' &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** What to do with a navigation the page starts: stay in-app, offer the browser, or refuse. */
export type NavigationDecision = 'allow' | 'offer-external' | 'deny';

/** Only our own origin may be navigated to inside the window; safe links may go to the browser. */
export function navigationDecision(url: string): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  return isSafeExternalUrl(url) ? 'offer-external' : 'deny';
}

/** The question asked before a link leaves Accord for the browser or mail client. */
export function externalLinkPrompt(url: string): MessageBoxOptions {
  return {
    type: 'question',
    buttons: ['Open', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: 'Open link',
    message: 'Open this link in your browser?',
    detail: url.length > 300 ? `${url.slice(0, 300)}…` : url,
  };
}

/** How links leave the app: ask the user, then hand the URL to the OS. */
export interface ExternalLinks {
  /** Resolves true when the user agreed to open the URL (see {@link externalLinkPrompt}). */
  confirm(url: string, contents: WebContents): Promise<boolean>;
  /** shell.openExternal. */
  openExternal(url: string): Promise<void>;
}

/**
 * Opens a link outside Accord when it is a safe scheme and the user confirms. Resolves whether it
 * was opened; unsafe schemes are refused before the user is even asked.
 */
export async function offerExternal(
  url: string,
  contents: WebContents,
  links: ExternalLinks,
): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  if (!(await links.confirm(url, contents))) return false;
  await links.openExternal(url);
  return true;
}

/**
 * Locks down any webContents (the main window and anything else that ever appears): no new
 * windows, no navigation or redirect away from our origin, no webviews. Links to safe schemes are
 * offered to the browser after the user confirms.
 */
export function hardenWebContents(
  contents: WebContents,
  links: ExternalLinks,
  onError: (error: unknown) => void = () => undefined,
): void {
  // One question at a time: a page cannot bury the user under prompts by looping window.open.
  let asking = false;
  const offer = (url: string): void => {
    if (asking) return;
    asking = true;
    offerExternal(url, contents, links)
      .catch(onError)
      .finally(() => {
        asking = false;
      });
  };
  contents.setWindowOpenHandler(({ url }) => {
    if (navigationDecision(url) === 'offer-external') offer(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    const decision = navigationDecision(event.url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'offer-external') offer(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    // The main frame is handled by will-navigate above; subframes never leave our origin.
    if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/**
 * Denies every permission request and check (camera, notifications, geolocation, clipboard
 * reads, devices...): Accord needs none, so a compromised page gets none.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** The BrowserWindow constructor, injected so the factory is testable without Electron. */
export type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** The main window's options: hardened preferences and a sensible size, hidden until painted. */
export function mainWindowOptions(
  preloadPath: string,
  icon?: string,
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 640,
    minHeight: 420,
    show: false,
    title: 'Accord',
    backgroundColor: '#ffffff',
    ...(icon === undefined ? {} : { icon }),
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** Creates the main window on our own origin; it shows itself once its first frame is ready. */
export function createMainWindow(
  Window: WindowConstructor,
  preloadPath: string,
  icon?: string,
): BrowserWindow {
  const window = new Window(mainWindowOptions(preloadPath, icon));
  window.once('ready-to-show', () => window.show());
  return window;
}
