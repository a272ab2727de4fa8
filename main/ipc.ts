import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_METHODS, type AccordApi, type ApiMethod, type ApiResults } from '../shared/api';
import { dispatch } from '../shared/apiDispatch';
import { fail, ok, type Result } from '../shared/result';
import { apiChannel } from './channels';
import { isAppUrl } from './protocol';

/** The parts of an invoke event the sender check reads. */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

type Frame = NonNullable<SenderEvent['senderFrame']>;

/** The same frame: the same wrapper, or the same process and frame token (wrappers may differ). */
function sameFrame(a: Frame, b: Frame | null): boolean {
  if (b === null) return false;
  if (a === b) return true;
  return (
    typeof a.frameToken === 'string' &&
    a.frameToken !== '' &&
    a.frameToken === b.frameToken &&
    a.processId === b.processId
  );
}

const REFUSED = 'This request did not come from Accord’s own window, so it was refused.';

/**
 * Whether an IPC call comes from our own page: a live frame that is the top frame of its window,
 * showing our own origin. Anything else (an iframe, a page that navigated elsewhere, a frame
 * already gone) is refused before any service runs.
 */
export function checkSender(event: SenderEvent): Result<null> {
  let frame: SenderEvent['senderFrame'];
  try {
    frame = event.senderFrame;
  } catch {
    // Electron throws when the frame was disposed during the call.
    frame = null;
  }
  if (!frame) return fail('forbidden-path', `${REFUSED} (The sending frame is gone.)`);
  if (frame.parent !== null || !sameFrame(frame, event.sender.mainFrame)) {
    return fail('forbidden-path', `${REFUSED} (It came from an embedded frame.)`);
  }
  if (!isAppUrl(frame.url)) {
    return fail('forbidden-path', `${REFUSED} (It came from another origin.)`);
  }
  return ok(null);
}

/**
 * Serves the contract: one `ipcMain.handle` per method, each checking the sender and then
 * validating the payload (in `dispatch`) before the service sees it. Returns an unregister.
 */
export function registerApiHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  api: AccordApi,
  onBug: (error: unknown) => void = () => undefined,
): () => void {
  for (const method of API_METHODS) {
    ipcMain.handle(
      apiChannel(method),
      async (event, payload: unknown): Promise<Result<ApiResults[ApiMethod]>> => {
        const sender = checkSender(event);
        if (!sender.ok) return sender;
        return dispatch(api, method, payload, onBug);
      },
    );
  }
  return () => {
    for (const method of API_METHODS) ipcMain.removeHandler(apiChannel(method));
  };
}
