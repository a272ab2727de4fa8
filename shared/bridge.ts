import type { AccordApi } from './api';

/** Commands the native menu sends to the renderer (the renderer runs them as toolbar actions). */
export const MENU_COMMANDS = [
  'new',
  'newFromTemplate',
  'open',
  'save',
  'saveAs',
  'close',
  'exportDocx',
  'backups',
  'settings',
  'undo',
  'redo',
] as const;

/** One menu command. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * What the Electron preload exposes as `window.accord`: one function per contract method and a
 * subscription to menu commands. Never ipcRenderer itself.
 */
export interface AccordBridge {
  api: AccordApi;
  /** Subscribes to native menu commands and files opened from the OS; returns an unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to documents the OS asks us to open (double-click, second instance). */
  onOpenFile(listener: (path: string) => void): () => void;
}

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'accord';
