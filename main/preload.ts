// The sandboxed preload: bundled into one file (sandboxed preloads cannot require local modules).
// It exposes the API contract as one function per method, never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRenderer, type IpcRendererEvent } from 'electron';
import { API_METHODS, type AccordApi } from '../shared/api';
import {
  BRIDGE_GLOBAL,
  MENU_COMMANDS,
  type AccordBridge,
  type MenuCommand,
} from '../shared/bridge';
import { apiChannel, MENU_CHANNEL, OPEN_FILE_CHANNEL } from './channels';

type Ipc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

function isPath(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 4096;
}

/** Builds the bridge over an ipcRenderer: one invoke per contract method, two subscriptions. */
export function createBridge(ipc: Ipc): AccordBridge {
  const api = Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      (args: unknown): Promise<unknown> => ipc.invoke(apiChannel(method), args),
    ]),
  ) as unknown as AccordApi;

  // Files opened from the OS can arrive before the page subscribes; they wait here, not lost.
  const waitingFiles: string[] = [];
  const fileListeners = new Set<(path: string) => void>();
  ipc.on(OPEN_FILE_CHANNEL, (_event: IpcRendererEvent, value: unknown) => {
    if (!isPath(value)) return;
    if (fileListeners.size === 0) waitingFiles.push(value);
    for (const listener of fileListeners) listener(value);
  });

  return {
    api,
    onMenuCommand(listener) {
      // Only known commands reach the page; the event object (with its sender) never does.
      const wrapped = (_event: IpcRendererEvent, value: unknown): void => {
        if (isMenuCommand(value)) listener(value);
      };
      ipc.on(MENU_CHANNEL, wrapped);
      return () => {
        ipc.removeListener(MENU_CHANNEL, wrapped);
      };
    },
    onOpenFile(listener) {
      fileListeners.add(listener);
      for (const path of waitingFiles.splice(0)) listener(path);
      return () => {
        fileListeners.delete(listener);
      };
    },
  };
}

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(ipcRenderer));
