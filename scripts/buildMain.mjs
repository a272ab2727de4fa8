// Bundles the main-side entry points with esbuild: Electron main, the sandboxed preload (one
// file, since sandboxed preloads cannot require local modules), the browser host and the CLI.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
  ['main/app.ts', 'dist/main/app.cjs'],
  ['main/preload.ts', 'dist/main/preload.cjs'],
  ['main/host/start.ts', 'dist/main/host.cjs'],
  ['main/cli.ts', 'dist/main/cli.cjs'],
];

await Promise.all(
  entries
    .filter(([input]) => existsSync(input))
    .map(([input, outfile]) =>
      build({
        entryPoints: [input],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['electron'],
        sourcemap: true,
        logLevel: 'warning',
      }),
    ),
);
