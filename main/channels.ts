import type { ApiMethod } from '../shared/api';

/** The IPC channel that serves one contract method; nothing else is ever handled. */
export function apiChannel(method: ApiMethod): string {
  return `accord:${method}`;
}

/** Main → renderer: a native menu command (one of MENU_COMMANDS). */
export const MENU_CHANNEL = 'accord:menu';

/** Main → renderer: a document path the OS asked us to open. */
export const OPEN_FILE_CHANNEL = 'accord:open-file';
