import { EventEmitter } from 'node:events';
import type { HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron';
import { vi } from 'vitest';

/** A webContents stand-in that records listeners and the window-open handler. */
export class FakeContents extends EventEmitter {
  openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  readonly sent: { channel: string; value: unknown }[] = [];

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = handler;
  }

  send(channel: string, value: unknown): void {
    this.sent.push({ channel, value });
  }

  /** Typed view for code that takes a real WebContents. */
  get asWebContents(): WebContents {
    return this as unknown as WebContents;
  }

  /** Calls window.open's handler the way Electron does. */
  open(url: string): WindowOpenHandlerResponse {
    if (!this.openHandler) throw new Error('no window open handler');
    return this.openHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: '', policy: 'no-referrer' },
    });
  }
}

/** A navigation-style event: the URL, whether it is the main frame, and a preventDefault spy. */
export function navigationEvent(url: string, isMainFrame = true) {
  return { url, isMainFrame, preventDefault: vi.fn() };
}

/** Lets queued promise callbacks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}
