import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fail, ok, type Result } from '../../shared/result';
import { TOKEN_PATTERN } from './server';

/** How `npm run start:browser` (dist/main/host.cjs) was asked to run. */
export interface StartOptions {
  /** 0: a free port chosen by the system. */
  port: number;
  libraryDir: string;
  dataDir: string;
  /** Null: a random token. */
  token: string | null;
  staticDir: string;
  resourcesDir: string;
  /** Also print `{url, token, port}` as one JSON line, for the e2e suite and the bench. */
  printJson: boolean;
  help: boolean;
}

/** Where the defaults come from; passed in so parsing stays pure and testable. */
export interface StartEnvironment {
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  cwd: string;
  /** The folder of the running bundle (dist/main), from which dist/renderer and resources/ are found. */
  moduleDir: string;
}

/** The usage text of the browser host. */
export const START_USAGE = `Usage: node dist/main/host.cjs [options]

Serves Accord to a browser on this computer only (127.0.0.1), guarded by a token.

Options:
  --port N        port to listen on (default: a free one)
  --library DIR   folder the documents list shows and saves into
                  (default: $ACCORD_LIBRARY or ~/Documents/Accord)
  --data DIR      settings, recovery and backups (default: $ACCORD_DATA or ~/.config/accord-browser)
  --token T       access token (default: random; 16 or more letters, digits, - or _)
  --static DIR    the built renderer (default: dist/renderer)
  --print-json    also print {"url","token","port"} as one JSON line
  --help          show this text
`;

/** Reads the host's options from its arguments and environment; never throws for bad input. */
export function parseStartArgs(argv: string[], where: StartEnvironment): Result<StartOptions> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    return fail('invalid-argument', (error as Error).message);
  }
  let port = 0;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) {
      return fail(
        'invalid-argument',
        `--port must be a whole number from 0 to 65535, not “${values.port}”.`,
      );
    }
  }
  const token = values.token ?? null;
  if (token !== null && !TOKEN_PATTERN.test(token)) {
    return fail('invalid-argument', '--token must be 16 to 256 letters, digits, - or _.');
  }
  const dir = (given: string | undefined, envName: string, fallback: string) => {
    const chosen = given ?? (where.env[envName] || undefined);
    return chosen === undefined ? fallback : resolve(where.cwd, chosen);
  };
  return ok({
    port,
    token,
    libraryDir: dir(values.library, 'ACCORD_LIBRARY', resolve(where.home, 'Documents', 'Accord')),
    dataDir: dir(values.data, 'ACCORD_DATA', resolve(where.home, '.config', 'accord-browser')),
    staticDir: values.static
      ? resolve(where.cwd, values.static)
      : resolve(where.moduleDir, '..', 'renderer'),
    resourcesDir: resolve(where.moduleDir, '..', '..', 'resources'),
    printJson: values['print-json'] ?? false,
    help: values.help ?? false,
  });
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      library: { type: 'string' },
      data: { type: 'string' },
      token: { type: 'string' },
      static: { type: 'string' },
      'print-json': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
