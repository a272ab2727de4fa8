import { join } from 'node:path';
import { afterEach } from 'vitest';
import {
  createApiHandlers,
  type ApiHandlers,
  type ServiceDeps,
} from '../../../../main/services/api';
import { fakeClock, tempDir } from './helpers';

const open: ApiHandlers[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.dispose()));
});

/** Handlers over fresh temp folders, disposed after the test; `deps` overrides any dependency. */
export async function makeHandlers(deps: Partial<ServiceDeps> = {}) {
  const root = await tempDir();
  const clock = fakeClock();
  const base: ServiceDeps = {
    dataDir: join(root, 'data'),
    libraryDir: join(root, 'library'),
    resourcesDir: join(root, 'resources'),
    host: 'test',
    platform: 'linux',
    now: clock.now,
    lockEnv: { hostname: 'desk-1', pid: 4242, user: 'amina' },
  };
  const all = { ...base, ...deps };
  const handlers = createApiHandlers(all);
  open.push(handlers);
  await handlers.ready;
  return { ...handlers, ...all, root, clock };
}

/** Unwraps a successful Result, failing the test with the message otherwise. */
export function value<T>(
  result: { ok: true; value: T } | { ok: false; error: { message: string } },
): T {
  if (!result.ok) throw new Error(`expected success: ${result.error.message}`);
  return result.value;
}
