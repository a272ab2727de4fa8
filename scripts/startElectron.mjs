// `npm start` (after the build): launches Electron on this folder. Electron's binary is
// downloaded on first use; where that is impossible, say how to use Accord in a browser instead.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronPackageDir, installedElectronBinary } from './electronBinary.mjs';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const UNAVAILABLE =
  'Electron could not be downloaded on this machine; run `npm run start:browser` to use Accord in your browser.';

function binaryOrDownload() {
  const found = installedElectronBinary();
  if (found) return found;
  const dir = electronPackageDir();
  if (dir === null) return null;
  // install.js downloads the binary once (a minute on a normal connection); its errors stay quiet.
  const install = spawnSync(process.execPath, [join(dir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (install.status !== 0) return null;
  return installedElectronBinary();
}

const binary = binaryOrDownload();
if (!binary) {
  console.error(UNAVAILABLE);
  process.exit(1);
}

const env = { ...process.env };
// Set by some shells and tools; it would make Electron run as plain Node instead of the app.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [appDir, ...process.argv.slice(2)], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
