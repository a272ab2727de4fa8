import type { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../../../shared/api';
import type { AccordBridge } from '../../../../shared/bridge';

const electron = vi.hoisted(() => {
  const exposed: { name: string; value: unknown }[] = [];
  return { exposed, ipc: null as null | (EventEmitter & { invoke: ReturnType<typeof vi.fn> }) };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const ipc = Object.assign(new Emitter(), {
    invoke: vi.fn((channel: string, args: unknown) => Promise.resolve({ channel, args })),
  });
  electron.ipc = ipc;
  return {
    contextBridge: {
      exposeInMainWorld: (name: string, value: unknown) => electron.exposed.push({ name, value }),
    },
    ipcRenderer: ipc,
  };
});

async function loadPreload(): Promise<{
  bridge: AccordBridge;
  ipc: EventEmitter & { invoke: ReturnType<typeof vi.fn> };
}> {
  // The mocked module outlives vi.resetModules; forget the previous bridge's listeners.
  electron.ipc?.removeAllListeners();
  vi.resetModules();
  electron.exposed.length = 0;
  await import('../../../../main/preload');
  const only = electron.exposed[0];
  if (!only || !electron.ipc) throw new Error('the preload exposed nothing');
  return { bridge: only.value as AccordBridge, ipc: electron.ipc };
}

let bridge: AccordBridge;
let ipc: EventEmitter & { invoke: ReturnType<typeof vi.fn> };

beforeEach(async () => {
  ({ bridge, ipc } = await loadPreload());
});

describe('the preload', () => {
  it('exposes one object, window.accord, with api and two subscriptions only', () => {
    expect(electron.exposed.map((e) => e.name)).toEqual(['accord']);
    expect(Object.keys(bridge).sort()).toEqual(['api', 'onMenuCommand', 'onOpenFile']);
  });

  it('exposes exactly one function per contract method', () => {
    expect(Object.keys(bridge.api).sort()).toEqual([...API_METHODS].sort());
    for (const method of API_METHODS) expect(typeof bridge.api[method], method).toBe('function');
  });

  it('never exposes ipcRenderer or anything that reaches it', () => {
    const seen = new Set<unknown>();
    const walk = (value: unknown): void => {
      if (value === null || typeof value !== 'object' || seen.has(value)) return;
      seen.add(value);
      expect(value).not.toBe(ipc);
      for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key]);
    };
    walk(bridge);
    expect(Object.keys(bridge)).not.toContain('ipcRenderer');
    // Method names such as "review.send" are fine; an ipcRenderer member by its own name is not.
    const ipcNames = /^(invoke|send|sendSync|sendTo|on|once|postMessage|removeListener)$/;
    expect(Object.keys(bridge.api).filter((name) => ipcNames.test(name))).toEqual([]);
  });

  it('calls each method on its own channel with the arguments and returns the promise', async () => {
    const result = await bridge.api['documents.open']({ path: '/home/u/plan.accord' });
    expect(ipc.invoke).toHaveBeenCalledWith('accord:documents.open', {
      path: '/home/u/plan.accord',
    });
    expect(result).toEqual({
      channel: 'accord:documents.open',
      args: { path: '/home/u/plan.accord' },
    });
  });

  it('passes only known menu commands to the page, and not the IPC event', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    const event = { sender: ipc, senderId: 0 };
    ipc.emit('accord:menu', event, 'save');
    ipc.emit('accord:menu', event, 'rm -rf');
    ipc.emit('accord:menu', event, { command: 'save' });
    expect(listener.mock.calls).toEqual([['save']]);
    unsubscribe();
    ipc.emit('accord:menu', event, 'open');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipc.listenerCount('accord:menu')).toBe(0);
  });

  it('passes opened file paths, and only strings', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onOpenFile(listener);
    ipc.emit('accord:open-file', {}, '/home/u/plan.accord');
    ipc.emit('accord:open-file', {}, 42);
    ipc.emit('accord:open-file', {}, '');
    expect(listener.mock.calls).toEqual([['/home/u/plan.accord']]);
    unsubscribe();
    ipc.emit('accord:open-file', {}, '/home/u/other.accord');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps files opened before the page subscribed and delivers them on subscription', () => {
    ipc.emit('accord:open-file', {}, '/home/u/early.accord');
    const listener = vi.fn();
    bridge.onOpenFile(listener);
    expect(listener.mock.calls).toEqual([['/home/u/early.accord']]);
    const second = vi.fn();
    bridge.onOpenFile(second);
    expect(second).not.toHaveBeenCalled();
  });
});
