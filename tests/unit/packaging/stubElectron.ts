import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants';

/** How many fuses the stub's wire holds (the eight @electron/fuses knows for wire version 1). */
export const STUB_FUSE_COUNT = 8;

/**
 * Writes a stand-in for an unpacked Electron distribution (this machine cannot download the real
 * one): an `electron` executable that carries a real fuse wire with every fuse enabled, so the
 * packaging hook has something true to flip, plus the LICENSE and version files of a real dist.
 */
export async function writeStubElectronDist(dir: string, version: string): Promise<void> {
  await mkdir(join(dir, 'resources'), { recursive: true });
  const wire = Buffer.from([
    1,
    STUB_FUSE_COUNT,
    ...Array<number>(STUB_FUSE_COUNT).fill(FuseState.ENABLE),
  ]);
  const script = Buffer.from(
    '#!/bin/sh\necho "stub Electron: the real binary is not installed"\nexit 1\n',
  );
  await writeFile(join(dir, 'electron'), Buffer.concat([script, Buffer.from(SENTINEL), wire]));
  await chmod(join(dir, 'electron'), 0o755);
  await writeFile(join(dir, 'LICENSE'), 'Stand-in for the Electron LICENSE.\n');
  await writeFile(join(dir, 'version'), version);
}
