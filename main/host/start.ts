// Entry of `npm run start:browser` (bundled to dist/main/host.cjs): the real services over HTTP.
import { homedir } from 'node:os';
import { createApiHandlers } from '../services/api';
import { launchHost, type LaunchedHost } from './launch';
import { parseStartArgs, START_USAGE } from './startOptions';

async function main(): Promise<number> {
  const parsed = parseStartArgs(process.argv.slice(2), {
    env: process.env,
    home: homedir(),
    cwd: process.cwd(),
    moduleDir: __dirname,
  });
  if (!parsed.ok) {
    process.stderr.write(`accord: ${parsed.error.message}\n\n${START_USAGE}`);
    return 2;
  }
  if (parsed.value.help) {
    process.stdout.write(START_USAGE);
    return 0;
  }
  let launched: LaunchedHost;
  try {
    launched = await launchHost(parsed.value, {
      createServices: createApiHandlers,
      print: (line) => process.stdout.write(`${line}\n`),
      log: (line) => process.stderr.write(`accord: ${line}\n`),
      platform: process.platform,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'EADDRINUSE'
        ? `port ${parsed.value.port} is already in use; choose another with --port.`
        : (error as Error).message;
    process.stderr.write(`accord: could not start: ${message}\n`);
    return 1;
  }
  const { stop } = launched;
  const onSignal = () => {
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`accord: error while stopping: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return 0;
}

void main().then((code) => {
  if (code !== 0) process.exitCode = code;
});
