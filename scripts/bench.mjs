// Builds the bench page and runner with esbuild, then runs the runner (see scripts/bench/run.ts).
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const out = 'dist/bench';
mkdirSync(out, { recursive: true });
// React (the Comments panel) as the app ships it: the production build.
await build({ entryPoints: ['scripts/bench/page.ts'], outdir: out, bundle: true, format: 'esm', target: 'chrome120', logLevel: 'warning', loader: { '.css': 'css' }, define: { 'process.env.NODE_ENV': '"production"' } });
writeFileSync(`${out}/index.html`, '<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="page.css"></head><body><div id="editor"></div><script type="module" src="page.js"></script></body></html>');
await build({ entryPoints: ['scripts/bench/run.ts'], outfile: `${out}/run.cjs`, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron', '@playwright/test', 'playwright-core'], logLevel: 'warning' });
const result = spawnSync(process.execPath, [`${out}/run.cjs`, out], { stdio: 'inherit' });
process.exit(result.status ?? 1);
