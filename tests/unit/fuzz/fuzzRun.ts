import fc from 'fast-check';
import {
  LOADER_CATEGORIES,
  runLoaderInput,
  type LoaderCategory,
  type LoaderInput,
} from './loaderCases';

/**
 * The seed of every property in a run: FUZZ_SEED when set (to replay a failure), else random.
 * Each failure message repeats it with the command that replays it.
 */
export function fuzzSeed(env: Record<string, string | undefined> = process.env): number {
  const given = Number(env.FUZZ_SEED);
  return Number.isInteger(given) ? given : Math.floor(Math.random() * 2 ** 31);
}

/** Throws a readable error, with the seed to replay it, when a property run failed. */
export function throwOnFailure<T>(details: fc.RunDetails<T>, label: string, seed: number): void {
  if (!details.failed) return;
  const report = fc.defaultReportMessage(details) ?? 'failed';
  throw new Error(
    `${label} failed (replay with FUZZ_SEED=${seed}).\n${report.slice(0, 4000)}`,
    details.errorInstance ? { cause: details.errorInstance } : undefined,
  );
}

/** Figures of one loader family. */
export interface LoaderFigures {
  name: string;
  cases: number;
  accepted: number;
  refused: number;
  maxMs: number;
}

/** Runs `numRuns` cases of one input family; throws on the first broken promise. */
export function runLoaderCategory(
  category: LoaderCategory,
  numRuns: number,
  seed: number,
): LoaderFigures {
  const figures: LoaderFigures = {
    name: category.name,
    cases: 0,
    accepted: 0,
    refused: 0,
    maxMs: 0,
  };
  const property = fc.property(category.arbitrary, (input: LoaderInput) => {
    const started = performance.now();
    const verdict = runLoaderInput(input);
    const ms = performance.now() - started;
    figures.cases++;
    figures[verdict]++;
    if (ms > figures.maxMs) figures.maxMs = ms;
  });
  const details = fc.check(property, { seed, numRuns });
  throwOnFailure(details, `Loader fuzzing of ${category.name}`, seed);
  return figures;
}

/** How many of `total` cases a family gets. */
export function casesFor(category: LoaderCategory, total: number): number {
  return Math.max(1, Math.round(total * category.share));
}

/** Runs `total` loader cases split over the input families by their shares, from one seed. */
export function runLoaderFuzz(total: number, seed: number): LoaderFigures[] {
  return LOADER_CATEGORIES.map((c) => runLoaderCategory(c, casesFor(c, total), seed));
}

/** One line per family and a total, for logs and `npm run fuzz`. */
export function describeLoaderFigures(figures: LoaderFigures[]): string[] {
  const total = figures.reduce(
    (t, f) => ({
      cases: t.cases + f.cases,
      accepted: t.accepted + f.accepted,
      refused: t.refused + f.refused,
      maxMs: Math.max(t.maxMs, f.maxMs),
    }),
    { cases: 0, accepted: 0, refused: 0, maxMs: 0 },
  );
  const line = (name: string, f: Omit<LoaderFigures, 'name'>) =>
    `${name}: ${f.cases} cases, ${f.accepted} accepted, ${f.refused} refused, max ${f.maxMs.toFixed(1)} ms per case`;
  return [...figures.map((f) => line(`  ${f.name}`, f)), line('loader total', total)];
}
