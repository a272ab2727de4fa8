import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DebugLogger } from 'builder-util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration, FileSet, TargetConfiguration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let config: Configuration;

beforeAll(async () => {
  // electron-builder's own loader: electron-builder.yml merged with package.json's "build".
  config = await getConfig(root, null, null);
});

function patterns(files: Configuration['files']): string[] {
  const list = Array.isArray(files) ? files : files == null ? [] : [files];
  return list.flatMap((entry: string | FileSet) =>
    typeof entry === 'string' ? [entry] : [entry.filter ?? []].flat(),
  );
}

function targets(value: unknown): string[] {
  const list = (Array.isArray(value) ? value : [value]) as (string | TargetConfiguration)[];
  return list.map((t) => (typeof t === 'string' ? t : t.target));
}

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1'), path).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder’s configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and writes packages to release/', () => {
    expect(config.appId).toBe('org.un.accord');
    expect(config.productName).toBe('Accord');
    expect(config.directories?.output).toBe('release');
    expect(config.asar).toBe(true);
  });

  it('packages only package.json and the built output, without source maps', () => {
    const list = patterns(config.files);
    const included = list.filter((p) => !p.startsWith('!'));
    expect(included).toContain('package.json');
    for (const pattern of included) {
      expect(pattern === 'package.json' || pattern.startsWith('dist/'), pattern).toBe(true);
    }
    expect(list).toContain('!**/*.map');
  });

  it('ships the templates next to app.asar and bundles node_modules away', () => {
    expect(config.extraResources).toEqual([
      { from: 'resources/templates', to: 'templates', filter: ['*.accord'] },
    ]);
    expect(existsSync(join(root, 'resources', 'templates'))).toBe(true);
    expect(config.beforeBuild).toBe('./scripts/beforeBuild.cjs');
    expect(config.afterPack).toBe('./scripts/afterPack.cjs');
    for (const hook of ['beforeBuild.cjs', 'afterPack.cjs']) {
      expect(existsSync(join(root, 'scripts', hook)), hook).toBe(true);
    }
  });

  it('builds AppImage and deb for Linux, NSIS for Windows and dmg for macOS', () => {
    expect(targets(config.linux?.target).sort()).toEqual(['AppImage', 'deb']);
    expect(targets(config.win?.target)).toEqual(['nsis']);
    expect(targets(config.mac?.target)).toEqual(['dmg']);
    expect(config.linux?.executableName).toBe('accord');
    expect(config.linux?.maintainer).toMatch(/<.+@.+>/);
  });

  it('associates .accord files with Accord, with a MIME type and a document icon', () => {
    const associations = [config.fileAssociations].flat();
    expect(associations).toHaveLength(1);
    const accord = associations[0];
    expect(accord).toMatchObject({
      ext: 'accord',
      name: 'Accord document',
      mimeType: 'application/x-accord',
      role: 'Editor',
    });
    const base = join(root, config.directories?.buildResources ?? 'build', String(accord?.icon));
    for (const ext of ['.icns', '.ico', '.png']) expect(existsSync(base + ext), ext).toBe(true);
  });

  it('points every platform at an icon that exists', () => {
    expect(pngSize(join(root, 'resources/icons/icon.png'))).toEqual({ width: 512, height: 512 });
    const linuxIcons = join(root, String(config.linux?.icon));
    expect(statSync(linuxIcons).isDirectory()).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(join(linuxIcons, `${size}x${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
    const ico = readFileSync(join(root, String(config.win?.icon)));
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(4);
    const icns = readFileSync(join(root, String(config.mac?.icon)));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });
});
