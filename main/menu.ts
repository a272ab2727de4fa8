import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/bridge';

/** What the menu needs from the app. */
export interface MenuOptions {
  /** process.platform: macOS gets the application menu and Cmd shortcuts. */
  platform: NodeJS.Platform;
  /** Reload and developer tools appear only in development. */
  isDev: boolean;
  appName: string;
  /** Sends a command to the focused window's renderer, which runs it like its toolbar button. */
  send(command: MenuCommand): void;
  /** Shows the About box (macOS uses its native panel instead). */
  about(): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The native menu as plain data, with Word's accelerators (Ctrl+N, Ctrl+O, Ctrl+S, F12 for Save
 * As, Ctrl+W, Ctrl+Z, Ctrl+Y). Undo and redo go to the editor's own history rather than the
 * browser's, because the menu accelerator swallows the key before the page sees it.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const send = (name: MenuCommand): void => options.send(name);
  const isMac = options.platform === 'darwin';
  // '&' marks the Alt-key mnemonic on Windows and Linux; macOS menus have none.
  const label = (text: string): string => (isMac ? text.replace('&', '') : text);
  const command = (
    text: string,
    name: MenuCommand,
    accelerator?: string,
    extra: Partial<MenuItemConstructorOptions> = {},
  ): MenuItemConstructorOptions => ({
    label: text,
    id: name,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => send(name),
    ...extra,
  });
  // A second, hidden item gives a command a second shortcut (Word's F12 for Save As).
  const alias = (name: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    label: name,
    id: `${name}:${accelerator}`,
    accelerator,
    visible: false,
    acceleratorWorksWhenHidden: true,
    click: () => send(name),
  });

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: options.appName,
          submenu: [
            { role: 'about' },
            separator,
            command('Settings…', 'settings', 'Cmd+,'),
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: label('&File'),
    submenu: [
      command('New', 'new', 'CmdOrCtrl+N'),
      command('New from Template…', 'newFromTemplate'),
      command('Open…', 'open', 'CmdOrCtrl+O'),
      separator,
      command('Save', 'save', 'CmdOrCtrl+S'),
      command('Save As…', 'saveAs', 'CmdOrCtrl+Shift+S'),
      alias('saveAs', 'F12'),
      command('Export to Word…', 'exportDocx'),
      command('Backups…', 'backups'),
      separator,
      ...(isMac ? [] : [command('Settings…', 'settings'), separator]),
      command('Close', 'close', 'CmdOrCtrl+W'),
      ...(isMac ? [] : [separator, { role: 'quit', label: 'E&xit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: label('&Edit'),
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', 'CmdOrCtrl+Y'),
      alias('redo', 'CmdOrCtrl+Shift+Z'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      separator,
      { role: 'selectAll' },
    ],
  };

  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator]
    : [];
  const view: MenuItemConstructorOptions = {
    label: label('&View'),
    submenu: [
      ...devItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'windowMenu' }] : [];

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: label('&Help'),
    submenu: [{ label: `About ${options.appName}`, click: () => options.about() }],
  };

  return [...appMenu, file, edit, view, ...windowMenu, help];
}
