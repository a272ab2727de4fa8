// Where the Electron binary of node_modules/electron is, without triggering its download (a plain
// require('electron') downloads when the binary is missing). Shared by `npm start` and the
// _electron smoke test.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The folder of the electron npm package, or null when it is not installed. */
export function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The absolute path of the Electron executable if it is installed, otherwise null. */
export function installedElectronBinary() {
  const dir = electronPackageDir();
  if (dir === null) return null;
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const binary = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    : join(dir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}
