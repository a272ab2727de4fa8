// Entry of the `accord` command (bundled to dist/main/cli.cjs; bin/accord.cjs runs it).
import { runCli } from './cli/runCli';

const { stdout, stderr } = process;
void runCli(process.argv.slice(2), { stdout, stderr, cwd: process.cwd() }).then(
  (code) => (process.exitCode = code),
);
