import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';

/** A browser host started for one test, over its own library and data folders. */
export interface RunningHost {
  url: string;
  token: string;
  libraryDir: string;
  dataDir: string;
  /** The address with the token, as `npm run start:browser` prints it. */
  entry: string;
  /** Stops the host (as Ctrl+C would) and starts it again on the same folders. */
  restart(): Promise<void>;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function launch(
  libraryDir: string,
  dataDir: string,
  token?: string,
): Promise<{ child: ChildProcess; url: string; token: string }> {
  return new Promise((resolveStart, reject) => {
    const args = [
      join(root, 'dist/main/host.cjs'),
      '--print-json',
      '--library',
      libraryDir,
      '--data',
      dataDir,
    ];
    if (token) args.push('--token', token);
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      for (const line of out.split('\n')) {
        if (line.startsWith('{')) {
          const info = JSON.parse(line) as { url: string; token: string };
          resolveStart({ child, url: info.url, token: info.token });
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) =>
      reject(new Error(`The browser host exited (${code}) before starting: ${err}`)),
    );
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/** Playwright test with a `host` fixture: a fresh browser host per test. */
export const test = base.extend<{ host: RunningHost }>({
  host: async ({}, use) => {
    const libraryDir = mkdtempSync(join(tmpdir(), 'accord-e2e-lib-'));
    const dataDir = mkdtempSync(join(tmpdir(), 'accord-e2e-data-'));
    let running = await launch(libraryDir, dataDir);
    const host: RunningHost = {
      get url() {
        return running.url;
      },
      get token() {
        return running.token;
      },
      get entry() {
        return `${running.url}/?token=${running.token}`;
      },
      libraryDir,
      dataDir,
      async restart() {
        await stop(running.child);
        running = await launch(libraryDir, dataDir, running.token);
      },
    };
    await use(host);
    await stop(running.child);
    rmSync(libraryDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
