import { afterAll, describe, expect, it } from 'vitest';
import { LOADER_CATEGORIES } from './loaderCases';
import {
  casesFor,
  describeLoaderFigures,
  fuzzSeed,
  runLoaderCategory,
  type LoaderFigures,
} from './fuzzRun';

/** The suite's share of the 100,000 cases `npm run fuzz` runs. */
const TOTAL = 20_000;
const seed = fuzzSeed();
const figures: LoaderFigures[] = [];

afterAll(() => {
  console.log([`loader fuzz (seed ${seed}):`, ...describeLoaderFigures(figures)].join('\n'));
});

describe(`the .accord loader under ${TOTAL.toLocaleString('en')} fuzzed inputs`, () => {
  it('splits the cases over every input family', () => {
    const sum = LOADER_CATEGORIES.reduce((n, c) => n + casesFor(c, TOTAL), 0);
    expect(sum).toBe(TOTAL);
  });

  for (const category of LOADER_CATEGORIES) {
    it(`loads or clearly refuses ${category.name}, never throwing`, () => {
      const result = runLoaderCategory(category, casesFor(category, TOTAL), seed);
      figures.push(result);
      expect(result.cases).toBe(casesFor(category, TOTAL));
      if (category.name === 'valid documents') expect(result.refused).toBe(0);
    }, 120_000);
  }
});
