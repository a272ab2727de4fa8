import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  flipFuses,
  FuseV1Options,
  FuseVersion,
  getCurrentFuseWire,
  type FuseConfig,
} from '@electron/fuses';
import { FuseState } from '@electron/fuses/dist/constants';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeStubElectronDist } from './stubElectron';

interface AfterPackModule {
  fuseConfig(platform: string): FuseConfig;
  afterPack(context: {
    electronPlatformName: string;
    packager: { addElectronFuses(context: unknown, config: FuseConfig): Promise<number> };
  }): Promise<void>;
}

const hook = createRequire(import.meta.url)('../../../scripts/afterPack.cjs') as AfterPackModule;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accord-fuses-'));
  await writeStubElectronDist(dir, '45.5.0');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the fuse configuration', () => {
  it('turns off running as Node, NODE_OPTIONS and the --inspect flags everywhere', () => {
    for (const platform of ['linux', 'win32', 'darwin', 'mas']) {
      const config = hook.fuseConfig(platform);
      expect(config.version).toBe(FuseVersion.V1);
      expect(config[FuseV1Options.RunAsNode], platform).toBe(false);
      expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable], platform).toBe(false);
      expect(config[FuseV1Options.EnableNodeCliInspectArguments], platform).toBe(false);
    }
  });

  it('loads the app only from app.asar and encrypts cookies everywhere', () => {
    for (const platform of ['linux', 'win32', 'darwin']) {
      const config = hook.fuseConfig(platform);
      expect(config[FuseV1Options.OnlyLoadAppFromAsar], platform).toBe(true);
      expect(config[FuseV1Options.EnableCookieEncryption], platform).toBe(true);
      expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges], platform).toBe(false);
    }
  });

  it('checks app.asar integrity where Electron supports it (macOS and Windows)', () => {
    expect(hook.fuseConfig('darwin')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(
      true,
    );
    expect(hook.fuseConfig('mas')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(hook.fuseConfig('win32')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(
      true,
    );
    expect(hook.fuseConfig('linux')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(
      false,
    );
  });

  it('re-signs ad hoc only on macOS', () => {
    expect(hook.fuseConfig('darwin').resetAdHocDarwinSignature).toBe(true);
    expect(hook.fuseConfig('linux').resetAdHocDarwinSignature).toBe(false);
    expect(hook.fuseConfig('win32').resetAdHocDarwinSignature).toBe(false);
  });

  it('is what the afterPack hook hands to electron-builder for the platform being packed', async () => {
    const addElectronFuses = vi.fn(() => Promise.resolve(1));
    await hook.afterPack({ electronPlatformName: 'win32', packager: { addElectronFuses } });
    expect(addElectronFuses).toHaveBeenCalledWith(expect.anything(), hook.fuseConfig('win32'));
  });
});

describe('flipping the fuses', () => {
  it('writes the configured states into a binary’s fuse wire', async () => {
    const binary = join(dir, 'flipped');
    await copyFile(join(dir, 'electron'), binary);
    await flipFuses(binary, hook.fuseConfig('linux'));
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
  });

  it('fails on a binary without a fuse wire, so an unfused app cannot ship', async () => {
    const binary = join(dir, 'LICENSE');
    await expect(flipFuses(binary, hook.fuseConfig('linux'))).rejects.toThrow(/sentinel/);
  });
});
