// `npm run fuzz`: bundles the fuzz properties (tests/unit/fuzz, tests/unit/dataloss) with the
// runner in scripts/fuzz/run.ts and the kill-test child, then runs them with the full case counts
// (100,000 loader cases, 20,000 API calls, 1,000 kills). Options: `npm run fuzz -- --help`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const out = 'dist/fuzz';
mkdirSync(out, { recursive: true });
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
await Promise.all([
  build({
    ...common,
    entryPoints: ['scripts/fuzz/run.ts'],
    outfile: `${out}/run.mjs`,
    format: 'esm',
    // esbuild stays a package: the kill harness can build its child itself when run from vitest.
    external: ['esbuild'],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  }),
  build({
    ...common,
    entryPoints: ['tests/unit/dataloss/fixtures/killApiChild.ts'],
    outfile: `${out}/kill-child.cjs`,
    format: 'cjs',
    minify: true,
  }),
]);
const result = spawnSync(
  process.execPath,
  ['--max-old-space-size=4096', `${out}/run.mjs`, ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, FUZZ_KILL_CHILD: resolve(out, 'kill-child.cjs') } },
);
process.exit(result.status ?? 1);
