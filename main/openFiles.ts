import { isAbsolute, resolve } from 'node:path';
import { EXTENSION } from '../shared/document/format';

/**
 * The .accord documents named on a command line (first launch or a second instance), as absolute
 * paths. Switches (Chromium's or ours) and anything that is not an .accord file are ignored.
 */
export function accordPathsIn(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(EXTENSION))
    .filter((arg) => arg.length > EXTENSION.length && !arg.includes('\0'))
    .map((arg) => (isAbsolute(arg) ? resolve(arg) : resolve(workingDirectory, arg)));
}

/** Where OS-opened documents go once a window is ready for them. */
export interface OpenFileTarget {
  /** Lets the services accept this exact path (the user chose it in the OS). */
  allowPath(path: string): void;
  /** Sends the path to the renderer, which opens it. */
  send(path: string): void;
  /** Brings the window to the front. */
  focus(): void;
}

/** Holds documents the OS asks to open until a window is ready, then hands them over in order. */
export interface OpenFileRelay {
  open(path: string): void;
  /** A window finished loading: deliver what waited and everything after. */
  attach(target: OpenFileTarget): void;
  /** The window is gone (macOS keeps running): queue again until the next one. */
  detach(): void;
  /** How many paths are waiting. */
  readonly pending: number;
}

/**
 * Creates the relay. macOS sends `open-file` before the app is ready and Windows or Linux name the
 * file in argv before the window exists, so nothing may be sent straight away.
 */
export function createOpenFileRelay(): OpenFileRelay {
  let target: OpenFileTarget | null = null;
  const queue: string[] = [];
  const deliver = (to: OpenFileTarget, path: string): void => {
    to.allowPath(path);
    to.send(path);
  };
  return {
    open(path) {
      if (target === null) {
        queue.push(path);
        return;
      }
      deliver(target, path);
      target.focus();
    },
    attach(next) {
      target = next;
      const waiting = queue.splice(0);
      for (const path of waiting) deliver(next, path);
      if (waiting.length > 0) next.focus();
    },
    detach() {
      target = null;
    },
    get pending() {
      return queue.length;
    },
  };
}
