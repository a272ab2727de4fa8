import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, type AccordApi } from '../../../../shared/api';
import { ok, type Result } from '../../../../shared/result';
import { apiChannel } from '../../../../main/channels';
import { checkSender, registerApiHandlers, type SenderEvent } from '../../../../main/ipc';

interface Frame {
  url: string;
  parent: Frame | null;
  processId?: number;
  frameToken?: string;
}

function eventFrom(frame: Frame | null, mainFrame: Frame | null = frame): SenderEvent {
  return { senderFrame: frame, sender: { mainFrame } } as unknown as SenderEvent;
}

const top: Frame = { url: 'app://accord/index.html', parent: null };

function servedApi() {
  const calls: string[] = [];
  const api = Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      vi.fn((args: unknown) => {
        calls.push(method);
        return Promise.resolve(ok({ method, args }));
      }),
    ]),
  ) as unknown as AccordApi;
  const handlers = new Map<
    string,
    (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>
  >();
  const ipcMain = {
    handle: (
      channel: string,
      h: (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>,
    ) => handlers.set(channel, h),
    removeHandler: (channel: string) => handlers.delete(channel),
  } as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>;
  const unregister = registerApiHandlers(ipcMain, api);
  const invoke = (method: string, event: SenderEvent, payload: unknown) => {
    const handler = handlers.get(`accord:${method}`);
    if (!handler) throw new Error(`no handler for ${method}`);
    return handler(event as IpcMainInvokeEvent, payload) as Promise<Result<unknown>>;
  };
  return { calls, handlers, invoke, unregister };
}

describe('the IPC sender check', () => {
  it('accepts our own top frame on our own origin', () => {
    expect(checkSender(eventFrom(top))).toEqual({ ok: true, value: null });
  });

  it('refuses a call whose frame is gone', () => {
    const result = checkSender(eventFrom(null, top));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/gone/);
  });

  it('refuses a frame that throws when read (disposed during the call)', () => {
    const event = { sender: { mainFrame: top } } as unknown as SenderEvent;
    Object.defineProperty(event, 'senderFrame', {
      get: () => {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    });
    expect(checkSender(event).ok).toBe(false);
  });

  it('refuses a subframe, even one on our origin', () => {
    const child: Frame = { url: 'app://accord/frame.html', parent: top };
    const result = checkSender(eventFrom(child, top));
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-path' } });
  });

  it('refuses a frame that is not the main frame of its window', () => {
    const other: Frame = { url: 'app://accord/index.html', parent: null };
    expect(checkSender(eventFrom(other, top)).ok).toBe(false);
  });

  it('accepts the main frame seen through another wrapper object of the same frame', () => {
    const main: Frame = { ...top, processId: 4, frameToken: 'f-1' };
    expect(checkSender(eventFrom({ ...main }, main)).ok).toBe(true);
    expect(checkSender(eventFrom({ ...main, frameToken: 'f-2' }, main)).ok).toBe(false);
    expect(checkSender(eventFrom({ ...main, processId: 5 }, main)).ok).toBe(false);
  });

  it('refuses foreign origins', () => {
    for (const url of [
      'https://evil.example/',
      'app://evil/index.html',
      'file:///work/main/dist/renderer/index.html',
      'http://127.0.0.1:5173/',
      'about:blank',
      '',
    ]) {
      const frame: Frame = { url, parent: null };
      const result = checkSender(eventFrom(frame));
      expect(result.ok, url).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/another origin/);
    }
  });
});

describe('the IPC server', () => {
  it('handles one channel per contract method and nothing else', () => {
    const { handlers } = servedApi();
    expect([...handlers.keys()].sort()).toEqual(API_METHODS.map(apiChannel).sort());
  });

  it('lets a valid call from our window reach the service with validated arguments', async () => {
    const { invoke, calls } = servedApi();
    const result = await invoke('documents.open', eventFrom(top), { path: '/home/u/plan.accord' });
    expect(result).toEqual({
      ok: true,
      value: { method: 'documents.open', args: { path: '/home/u/plan.accord' } },
    });
    expect(calls).toEqual(['documents.open']);
  });

  it('refuses foreign origins, subframes and missing frames without calling any service', async () => {
    const { invoke, calls } = servedApi();
    const payload = { path: '/home/u/plan.accord' };
    const refused = [
      eventFrom({ url: 'https://evil.example/', parent: null }),
      eventFrom({ url: 'app://accord/index.html', parent: top }, top),
      eventFrom(null, top),
    ];
    for (const event of refused) {
      const result = await invoke('documents.open', event, payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-path' } });
    }
    expect(calls).toEqual([]);
  });

  it('answers a malformed payload with invalid-argument, never reaching the service', async () => {
    const { invoke, calls } = servedApi();
    for (const payload of [
      { path: 42 },
      { path: '' },
      { path: '/a.accord', extra: true },
      'not an object',
      [1, 2],
      { suggestedName: 'x'.repeat(10_000) },
    ]) {
      const result = await invoke('documents.open', eventFrom(top), payload);
      expect(result, JSON.stringify(payload).slice(0, 40)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }
    expect(calls).toEqual([]);
  });

  it('turns a crashing service into an internal Result', async () => {
    const handlers = new Map<string, (e: IpcMainInvokeEvent, p: unknown) => Promise<unknown>>();
    const api = Object.fromEntries(
      API_METHODS.map((m) => [m, () => Promise.reject(new Error('boom'))]),
    ) as unknown as AccordApi;
    const onBug = vi.fn();
    registerApiHandlers(
      {
        handle: (c: string, h: (e: IpcMainInvokeEvent, p: unknown) => Promise<unknown>) =>
          handlers.set(c, h),
        removeHandler: () => undefined,
      },
      api,
      onBug,
    );
    const result = await handlers.get('accord:app.info')?.(
      eventFrom(top) as IpcMainInvokeEvent,
      {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(onBug).toHaveBeenCalled();
  });

  it('removes every handler when unregistered', () => {
    const { handlers, unregister } = servedApi();
    unregister();
    expect(handlers.size).toBe(0);
  });
});
