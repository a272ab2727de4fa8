import { resolve } from 'node:path';

/**
 * The folder holding templates and icons: $ACCORD_RESOURCES when set (tests, packaged layouts),
 * else `resources/` two levels above the running module (dist/main/cli.cjs or main/cli/*.ts).
 */
export function resourcesDirFor(
  env: Readonly<Record<string, string | undefined>>,
  moduleDir: string,
): string {
  const override = env.ACCORD_RESOURCES;
  return override ? resolve(override) : resolve(moduleDir, '..', '..', 'resources');
}
