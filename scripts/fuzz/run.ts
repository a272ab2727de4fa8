// The long fuzz run behind `npm run fuzz` (scripts/fuzz.mjs bundles this file): the same
// properties as the unit suite with far more cases, printing the figures issue 7 asks for.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_METHODS } from '../../shared/api';
import { fuzzServices, runApiFuzz } from '../../tests/unit/fuzz/apiFuzz';
import {
  casesFor,
  describeLoaderFigures,
  fuzzSeed,
  runLoaderCategory,
  type LoaderFigures,
} from '../../tests/unit/fuzz/fuzzRun';
import { LOADER_CATEGORIES } from '../../tests/unit/fuzz/loaderCases';
import { describeKillFigures, runKillCampaigns } from '../../tests/unit/dataloss/killHarness';
import { parseFuzzArgs, USAGE } from './args';

const peakRssMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

function loader(total: number, seed: number): void {
  const started = performance.now();
  const figures: LoaderFigures[] = [];
  for (const category of LOADER_CATEGORIES) {
    figures.push(runLoaderCategory(category, casesFor(category, total), seed));
    process.stdout.write(`  … ${category.name} done (${seconds(started)} s)\n`);
  }
  console.log(
    [
      `loader fuzz (seed ${seed}):`,
      ...describeLoaderFigures(figures),
      `  ${seconds(started)} s, peak RSS ${peakRssMb()} MB`,
    ].join('\n'),
  );
}

async function api(calls: number, seed: number): Promise<void> {
  const started = performance.now();
  const services = await fuzzServices(await mkdtemp(join(tmpdir(), 'accord-fuzz-api-')));
  try {
    const f = await runApiFuzz(services, calls, seed);
    console.log(
      `API fuzz (seed ${seed}): ${f.calls} calls over ${API_METHODS.length} methods, ${f.ok} ok, ${f.errors} Result errors ${JSON.stringify(f.byCode)}, 0 throws, 0 prototype changes, max ${f.maxMs.toFixed(0)} ms per call, ${seconds(started)} s, peak RSS ${peakRssMb()} MB`,
    );
  } finally {
    await services.close();
  }
}

async function kill(runs: number, seed: number, childScript: string | undefined): Promise<boolean> {
  const started = performance.now();
  const root = await mkdtemp(join(tmpdir(), 'accord-fuzz-kill-'));
  try {
    const figures = await runKillCampaigns(root, runs, seed, 2, childScript);
    console.log(`${describeKillFigures(figures, seed)}, ${seconds(started)} s`);
    for (const failure of figures.failures.slice(0, 20)) console.log(`  ${failure}`);
    return figures.failures.length === 0;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const options = parseFuzzArgs(process.argv.slice(2));
  if (options === null) {
    console.log(USAGE);
    return;
  }
  const seed = options.seed ?? fuzzSeed();
  console.log(`Accord fuzz run, seed ${seed} (replay with --seed ${seed})`);
  let ok = true;
  if (options.only.has('loader')) loader(options.loaderCases, seed);
  if (options.only.has('api')) await api(options.apiCalls, seed);
  if (options.only.has('kill'))
    ok = (await kill(options.killRuns, seed, process.env.FUZZ_KILL_CHILD)) && ok;
  console.log(`peak RSS of the fuzz process: ${peakRssMb()} MB`);
  if (!ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
