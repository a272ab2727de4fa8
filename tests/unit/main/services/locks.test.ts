import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  LockManager,
  lockPathFor,
  type LockEnv,
  type LockOwner,
} from '../../../../main/services/locks';
import { fakeClock, tempDir } from './helpers';

const managers: LockManager[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(managers.splice(0).map((m) => m.releaseAll()));
});

function manager(env: Partial<LockEnv>): LockManager {
  const m = new LockManager({ hostname: 'desk-1', user: 'amina', isAlive: () => false, ...env });
  managers.push(m);
  return m;
}

async function docPath(): Promise<string> {
  const path = join(await tempDir(), 'Plan.accord');
  await writeFile(path, '{}');
  return path;
}

async function lockOf(path: string): Promise<LockOwner> {
  return JSON.parse(await readFile(lockPathFor(path), 'utf8')) as LockOwner;
}

describe('LockManager', () => {
  it('writes a lock file beside the document naming pid, host, user, time and app', async () => {
    const clock = fakeClock();
    const path = await docPath();
    expect(await manager({ pid: 101, now: clock.now }).acquire(path)).toEqual({ held: true });
    expect(lockPathFor(path)).toBe(join(path, '..', '.~lock.Plan.accord#'));
    expect(await lockOf(path)).toMatchObject({
      pid: 101,
      hostname: 'desk-1',
      user: 'amina',
      time: clock.now().toISOString(),
      app: 'Accord',
    });
  });

  it('leaves a live process on this machine holding it, saying who, where and since when', async () => {
    const path = await docPath();
    await manager({ pid: 101 }).acquire(path);
    const second = await manager({ pid: 202, user: 'ben', isAlive: (pid) => pid === 101 }).acquire(
      path,
    );
    expect(second).toMatchObject({ held: false, owner: { pid: 101, user: 'amina' } });
    expect(!second.held && second.reason).toMatch(
      /“Plan\.accord” is open in Accord by amina on this computer since /,
    );
  });

  it('takes over the lock of a dead process on this machine', async () => {
    const path = await docPath();
    await manager({ pid: 101 }).acquire(path);
    expect(await manager({ pid: 202, isAlive: () => false }).acquire(path)).toEqual({ held: true });
    expect((await lockOf(path)).pid).toBe(202);
  });

  it('respects another machine’s lock refreshed within ten minutes', async () => {
    const clock = fakeClock();
    const path = await docPath();
    await manager({ pid: 101, hostname: 'laptop-geneva', now: clock.now }).acquire(path);
    clock.advance(9 * 60_000);
    const state = await manager({ pid: 101, now: clock.now }).acquire(path);
    expect(state).toMatchObject({ held: false, owner: { hostname: 'laptop-geneva' } });
    expect(!state.held && state.reason).toContain('on laptop-geneva');
  });

  it('takes over another machine’s lock not refreshed for over ten minutes', async () => {
    const clock = fakeClock();
    const path = await docPath();
    await manager({ pid: 101, hostname: 'laptop-geneva', now: clock.now }).acquire(path);
    clock.advance(11 * 60_000);
    expect(await manager({ pid: 101, now: clock.now }).acquire(path)).toEqual({ held: true });
    expect((await lockOf(path)).hostname).toBe('desk-1');
  });

  it('takes over a damaged lock file', async () => {
    const path = await docPath();
    await writeFile(lockPathFor(path), '{"pid": 1');
    expect(await manager({ pid: 202 }).acquire(path)).toEqual({ held: true });
    expect((await lockOf(path)).pid).toBe(202);
  });

  it('opens read-only with a reason when no lock file can be created', async () => {
    const path = join(await tempDir(), 'missing-folder', 'Plan.accord');
    const state = await manager({ pid: 202 }).acquire(path);
    expect(state).toMatchObject({ held: false, owner: null });
    expect(!state.held && state.reason).toContain('could not create a lock file');
  });

  it('removes its lock file on release, but never someone else’s', async () => {
    const path = await docPath();
    const mine = manager({ pid: 101 });
    await mine.acquire(path);
    await mine.release(path);
    await expect(stat(lockPathFor(path))).rejects.toMatchObject({ code: 'ENOENT' });

    await mine.acquire(path);
    const other = manager({ pid: 202, isAlive: () => false });
    await other.acquire(path); // takes over: pid 101 is "dead" for it
    await mine.release(path);
    expect((await lockOf(path)).pid).toBe(202);
  });

  it('refreshes held locks every two minutes, keeping the time it was taken', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const clock = fakeClock();
    const path = await docPath();
    const m = manager({ pid: 101, now: clock.now });
    await m.acquire(path);
    const taken = clock.now().toISOString();
    clock.advance(2 * 60_000);
    vi.advanceTimersByTime(2 * 60_000);
    await m.lastRefresh;
    expect(await lockOf(path)).toMatchObject({ time: taken, refreshed: clock.now().toISOString() });
  });

  it('gives up a lock another instance has taken over when refreshing', async () => {
    const path = await docPath();
    const m = manager({ pid: 101 });
    await m.acquire(path);
    await manager({ pid: 202, isAlive: () => false }).acquire(path);
    await m.refresh();
    expect(m.holds(path)).toBe(false);
    expect((await lockOf(path)).pid).toBe(202);
  });
});
