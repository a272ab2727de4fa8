// The Electron main process: lifecycle and wiring only. Decisions live in small testable modules
// (window, protocol, ipc, menu, openFiles, unsavedChanges); the services know nothing of Electron.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type MessageBoxOptions,
  type WebContents,
} from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MenuCommand } from '../shared/bridge';
import { MENU_CHANNEL, OPEN_FILE_CHANNEL } from './channels';
import { registerApiHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { createNativeDialogs } from './nativeDialogs';
import { accordPathsIn, createOpenFileRelay } from './openFiles';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';
import { createApiHandlers, type ApiHandlers } from './services/api';
import { guardUnsavedClose, windowTitle, type WindowState } from './unsavedChanges';
import {
  createMainWindow,
  externalLinkPrompt,
  hardenSession,
  hardenWebContents,
  type ExternalLinks,
} from './window';

const report = (error: unknown): void => console.error('[accord]', error);

// Both must happen before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

const relay = createOpenFileRelay();
let mainWindow: BrowserWindow | null = null;
let windowState: WindowState = { title: '', dirty: false };
let services: ApiHandlers | null = null;
let disposed = false;

async function ask(options: MessageBoxOptions, owner: BrowserWindow | null): Promise<number> {
  const result = owner
    ? await dialog.showMessageBox(owner, options)
    : await dialog.showMessageBox(options);
  return result.response;
}

const links: ExternalLinks = {
  confirm: async (url: string, contents: WebContents) =>
    (await ask(externalLinkPrompt(url), BrowserWindow.fromWebContents(contents))) === 0,
  openExternal: (url: string) => shell.openExternal(url),
};

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  target?.webContents.send(MENU_CHANNEL, command);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function setWindowState(state: WindowState): void {
  windowState = state;
  mainWindow?.setTitle(windowTitle(state));
  if (process.platform === 'darwin') mainWindow?.setDocumentEdited(state.dirty);
}

function openMainWindow(): void {
  const appPath = app.getAppPath();
  const icon =
    !app.isPackaged && process.platform === 'linux'
      ? join(appPath, 'resources', 'icons', 'icon.png')
      : undefined;
  const window = createMainWindow(
    BrowserWindow,
    join(appPath, 'dist', 'main', 'preload.cjs'),
    icon,
  );
  mainWindow = window;
  windowState = { title: '', dirty: false };
  guardUnsavedClose(window, {
    state: () => windowState,
    ask: (options) => ask(options, window),
    save: () => window.webContents.send(MENU_CHANNEL, 'save' satisfies MenuCommand),
    onError: report,
  });
  window.webContents.on('did-finish-load', () => {
    relay.attach({
      allowPath: (path) => services?.allowPath(path),
      send: (path) => window.webContents.send(OPEN_FILE_CHANNEL, path),
      focus: focusMainWindow,
    });
  });
  window.on('closed', () => {
    relay.detach();
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(APP_ENTRY_URL).catch(report);
}

function start(): void {
  const appPath = app.getAppPath();
  const libraryDir = join(app.getPath('documents'), 'Accord');
  hardenSession(session.defaultSession);
  registerAppProtocol(protocol, join(appPath, 'dist', 'renderer'), (path) => readFile(path));
  services = createApiHandlers({
    dataDir: app.getPath('userData'),
    libraryDir,
    resourcesDir: app.isPackaged ? process.resourcesPath : join(appPath, 'resources'),
    host: 'electron',
    platform: process.platform,
    nativeDialogs: createNativeDialogs(dialog, () => mainWindow, libraryDir),
    onWindowState: setWindowState,
  });
  registerApiHandlers(ipcMain, services.api, report);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        isDev: !app.isPackaged,
        appName: app.getName(),
        send: sendMenuCommand,
        about: () => {
          const detail = 'Draft, review, version and circulate inter-agency action plans.';
          ask({ title: 'About Accord', message: `Accord ${app.getVersion()}`, detail }, mainWindow)
            .then(() => undefined)
            .catch(report);
        },
      }),
    ),
  );
  openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Accord is running; it receives our argv through 'second-instance'.
  app.quit();
} else {
  for (const path of accordPathsIn(process.argv, process.cwd())) relay.open(path);
  app.on('second-instance', (_event, argv, workingDirectory) => {
    for (const path of accordPathsIn(argv, workingDirectory)) relay.open(path);
    if (app.isReady() && !mainWindow) openMainWindow();
    focusMainWindow();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    relay.open(path);
    if (app.isReady() && !mainWindow) openMainWindow();
  });
  // Every webContents, not only the main window's, gets the same locks.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, links, report));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !mainWindow) openMainWindow();
  });
  // will-quit, not before-quit: before-quit can still be cancelled by the unsaved-changes prompt,
  // and the services must stay up while a window can still save.
  app.on('will-quit', (event) => {
    if (disposed || !services) return;
    event.preventDefault();
    disposed = true;
    services
      .dispose()
      .catch(report)
      .finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      report(error);
      dialog.showErrorBox('Accord could not start', String(error));
      app.exit(1);
    });
}
