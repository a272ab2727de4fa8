/** What `npm run fuzz` runs. */
export interface FuzzOptions {
  seed: number | null;
  only: Set<'loader' | 'api' | 'kill'>;
  loaderCases: number;
  apiCalls: number;
  killRuns: number;
}

/** The help text of `npm run fuzz -- --help`. */
export const USAGE = `npm run fuzz [-- options]
  --seed N          replay a run (every failure prints its seed)
  --only LIST       loader,api,kill (default: all three)
  --loader N        loader cases (default 100000)
  --api N           API calls (default 20000)
  --kill N          kill -9 runs during save and autosave (default 1000)`;

const PARTS = ['loader', 'api', 'kill'] as const;

function count(value: string | undefined, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${name} needs a whole number above 0`);
  return n;
}

/** Reads the command line; null means "print the usage". Throws RangeError on bad options. */
export function parseFuzzArgs(argv: string[]): FuzzOptions | null {
  const options: FuzzOptions = {
    seed: null,
    only: new Set(PARTS),
    loaderCases: 100_000,
    apiCalls: 20_000,
    killRuns: 1_000,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => argv[++i];
    switch (arg) {
      case '--help':
        return null;
      case '--seed':
        options.seed = count(next(), '--seed');
        break;
      case '--only': {
        const parts = (next() ?? '').split(',');
        const unknown = parts.filter((p) => !(PARTS as readonly string[]).includes(p));
        if (unknown.length) throw new RangeError(`--only takes ${PARTS.join(', ')}`);
        options.only = new Set(parts as (typeof PARTS)[number][]);
        break;
      }
      case '--loader':
        options.loaderCases = count(next(), '--loader');
        break;
      case '--api':
        options.apiCalls = count(next(), '--api');
        break;
      case '--kill':
        options.killRuns = count(next(), '--kill');
        break;
      default:
        throw new RangeError(`Unknown option ${String(arg)}\n${USAGE}`);
    }
  }
  return options;
}
