import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchHost, type LaunchDeps } from '../../../../main/host/launch';
import type { StartOptions } from '../../../../main/host/startOptions';
import { createApiHandlers, type ServiceDeps } from '../../../../main/services/api';
import { echoApi, send } from './httpClient';

let root: string;
let options: StartOptions;
let printed: string[];
let created: ServiceDeps[];
let disposed: number;

const deps = (): LaunchDeps => ({
  createServices: (serviceDeps) => {
    created.push(serviceDeps);
    return {
      api: echoApi(),
      dispose: () => {
        disposed++;
        return Promise.resolve();
      },
    };
  },
  print: (line) => printed.push(line),
  log: () => undefined,
  platform: 'linux',
});

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'accord-launch-'));
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  options = {
    port: 0,
    token: 'launch-token-0123456789',
    libraryDir: join(root, 'Documents', 'Accord'),
    dataDir: join(root, 'config', 'accord-browser'),
    staticDir: root,
    resourcesDir: join(root, 'resources'),
    printJson: false,
    help: false,
  };
  printed = [];
  created = [];
  disposed = 0;
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('launching the browser host', () => {
  it('creates the folders and browser services, then prints exactly one address line', async () => {
    const { host, stop } = await launchHost(options, deps());
    try {
      expect((await stat(options.libraryDir)).isDirectory()).toBe(true);
      expect((await stat(options.dataDir)).isDirectory()).toBe(true);
      expect(created).toEqual([
        {
          dataDir: options.dataDir,
          libraryDir: options.libraryDir,
          resourcesDir: options.resourcesDir,
          host: 'browser',
          platform: 'linux',
        },
      ]);
      expect(printed).toEqual([
        `Accord is running at http://127.0.0.1:${host.port}/?token=launch-token-0123456789`,
      ]);
      const page = await send(host.port, { path: '/?token=launch-token-0123456789' });
      expect(page.status).toBe(200);
    } finally {
      await stop();
    }
  });

  it('adds the JSON line scripts read when asked', async () => {
    const { host, stop } = await launchHost({ ...options, printJson: true }, deps());
    await stop();
    expect(printed).toHaveLength(2);
    expect(JSON.parse(printed[1] ?? '')).toEqual({
      url: `http://127.0.0.1:${host.port}`,
      token: 'launch-token-0123456789',
      port: host.port,
    });
  });

  it('releases the services and closes the server once, however often stop is called', async () => {
    const { host, stop } = await launchHost(options, deps());
    await Promise.all([stop(), stop()]);
    await stop();
    expect(disposed).toBe(1);
    await expect(send(host.port, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
  });

  it('releases the services when the port cannot be had', async () => {
    const first = await launchHost(options, deps());
    try {
      await expect(launchHost({ ...options, port: first.host.port }, deps())).rejects.toThrow(
        /EADDRINUSE/,
      );
      expect(disposed).toBe(1);
    } finally {
      await first.stop();
    }
  });
});

describe('the browser host over the real services', () => {
  it('waits for the services to be ready before announcing the address', async () => {
    let release: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (release = resolve));
    const launching = launchHost(options, {
      ...deps(),
      createServices: () => ({ api: echoApi(), ready, dispose: () => Promise.resolve() }),
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(printed).toEqual([]);
    release();
    const { stop } = await launching;
    await stop();
    expect(printed).toHaveLength(1);
  });

  it('serves the real API as a browser host with no native dialogs', async () => {
    const { host, stop } = await launchHost(options, {
      ...deps(),
      createServices: createApiHandlers,
    });
    try {
      const call = (method: string, body: unknown) =>
        send(host.port, {
          method: 'POST',
          path: `/api/${method}`,
          body: JSON.stringify(body),
          headers: { 'Content-Type': 'application/json', 'X-Accord-Token': host.token },
        }).then((r) => JSON.parse(r.body) as { ok: boolean; value: Record<string, unknown> });
      const info = await call('app.info', {});
      expect(info.ok).toBe(true);
      expect(info.value).toMatchObject({
        host: 'browser',
        nativeDialogs: false,
        libraryDir: options.libraryDir,
      });
      const created = await call('documents.create', { template: 'blank' });
      expect(created.ok).toBe(true);
      expect(created.value.path).toBeNull();
    } finally {
      await stop();
    }
  });
});
