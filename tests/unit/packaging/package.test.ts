import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { FuseState } from '@electron/fuses/dist/constants';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeStubElectronDist } from './stubElectron';

// Packages the app for real, offline: `electron-builder --linux dir` over a stand-in Electron
// distribution (this machine cannot download Electron), then inspects what would ship.
const run = promisify(execFile);
const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../..', import.meta.url));
const electronVersion = (require('electron/package.json') as { version: string }).version;

let work: string;
let appDir: string;
let asar: string;
let entries: string[];
let packagedJson: Record<string, unknown>;
let builderLog = '';

/** The environment of a normal build: without vitest's variables, which make electron-builder
 * silence its log and hard-link files instead of copying them. */
function buildEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'),
  );
  return { ...env, CSC_IDENTITY_AUTO_DISCOVERY: 'false', CI: 'true' };
}

async function ensureBuilt(): Promise<void> {
  const main = ['app.cjs', 'preload.cjs'].map((f) => join(root, 'dist', 'main', f));
  if (!main.every((f) => existsSync(f))) {
    await run(process.execPath, ['scripts/buildMain.mjs'], { cwd: root, env: buildEnv() });
  }
  if (!existsSync(join(root, 'dist', 'renderer', 'index.html'))) {
    await run(
      process.execPath,
      [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'],
      {
        cwd: root,
        env: buildEnv(),
      },
    );
  }
}

beforeAll(async () => {
  await ensureBuilt();
  work = await mkdtemp(join(tmpdir(), 'accord-package-'));
  const stub = join(work, 'electron-dist');
  await writeStubElectronDist(stub, electronVersion);
  const output = join(work, 'out');
  const result = await run(
    process.execPath,
    [
      join(root, 'node_modules', 'electron-builder', 'cli.js'),
      '--linux',
      'dir',
      '--x64',
      `-c.electronDist=${stub}`,
      `-c.directories.output=${output}`,
    ],
    {
      cwd: root,
      env: buildEnv(),
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  builderLog = result.stdout + result.stderr;
  appDir = join(output, 'linux-unpacked');
  asar = join(appDir, 'resources', 'app.asar');
  entries = listPackage(asar, { isPack: false }).map((e) => e.replaceAll('\\', '/'));
  packagedJson = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as Record<
    string,
    unknown
  >;
}, 240_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packaged app', () => {
  it('was packed with the stand-in Electron and the fuse hook', () => {
    expect(builderLog).toMatch(/using custom unpacked Electron distribution/);
    expect(builderLog).toMatch(/executing @electron\/fuses/);
    expect(existsSync(join(appDir, 'accord'))).toBe(true);
  });

  it('has the built main, preload and renderer and the package.json in app.asar', () => {
    for (const file of [
      '/package.json',
      '/dist/main/app.cjs',
      '/dist/main/preload.cjs',
      '/dist/renderer/index.html',
    ]) {
      expect(entries, file).toContain(file);
    }
  });

  it('holds nothing but the built output: no sources, tests, maps or node_modules', () => {
    for (const entry of entries) {
      expect(
        entry === '/package.json' || entry === '/dist' || entry.startsWith('/dist/'),
        entry,
      ).toBe(true);
      expect(entry, entry).not.toMatch(/\.(ts|tsx|map)$/);
      expect(entry, entry).not.toMatch(
        /(^|\/)(node_modules|tests|main\/services|renderer\/editor)(\/|$)/,
      );
    }
    expect(
      entries.some((e) => e.startsWith('/dist/main/host') || e.startsWith('/dist/main/cli')),
    ).toBe(false);
  });

  it('packs the very bundles that were built', () => {
    for (const file of ['dist/main/app.cjs', 'dist/main/preload.cjs', 'dist/renderer/index.html']) {
      expect(extractFile(asar, file).equals(readFileSync(join(root, file))), file).toBe(true);
    }
  });

  it('has a package.json whose main entry exists and that lists no dev dependencies', () => {
    expect(packagedJson.main).toBe('dist/main/app.cjs');
    expect(entries).toContain(`/${String(packagedJson.main)}`);
    expect(packagedJson).not.toHaveProperty('devDependencies');
    expect(packagedJson).not.toHaveProperty('scripts');
    expect(packagedJson.name).toBe('accord');
  });

  it('ships the document templates outside the asar, where the services look for them', async () => {
    const templates = await readdir(join(appDir, 'resources', 'templates'));
    expect(templates).toContain('untfsse-action-plan.accord');
    expect(templates.every((name) => name.endsWith('.accord'))).toBe(true);
  });

  it('has its fuses flipped in the packaged executable', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'accord'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
  });
});
