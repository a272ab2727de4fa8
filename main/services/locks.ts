import { readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname as osHostname, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from './atomicWrite';
import { errnoOf } from './fsErrors';

/** What a lock file says about who holds a document. */
export interface LockOwner {
  pid: number;
  hostname: string;
  user: string;
  /** When the lock was taken. */
  time: string;
  /** When it was last refreshed; a lock from another machine is stale 10 minutes after this. */
  refreshed?: string;
  app: string;
}

/** Whether this process now holds a document's lock, and if not, who does (in a sentence). */
export type LockState = { held: true } | { held: false; owner: LockOwner | null; reason: string };

/** Everything a lock manager asks of the machine; injectable for tests. */
export interface LockEnv {
  now: () => Date;
  hostname: string;
  pid: number;
  user: string;
  isAlive: (pid: number) => boolean;
  refreshMs: number;
  staleMs: number;
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown user';
  }
}

/** Whether a process id is running on this machine (EPERM means it runs as someone else). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM';
  }
}

/** The lock file beside a document, named like LibreOffice's so people recognise it. */
export function lockPathFor(docPath: string): string {
  return join(dirname(docPath), `.~lock.${basename(docPath)}#`);
}

function parseOwner(text: string): LockOwner | null {
  try {
    const v = JSON.parse(text) as Partial<LockOwner> | null;
    if (!v || typeof v.pid !== 'number' || typeof v.hostname !== 'string') return null;
    if (typeof v.time !== 'string') return null;
    return {
      pid: v.pid,
      hostname: v.hostname,
      user: typeof v.user === 'string' ? v.user : 'someone',
      time: v.time,
      refreshed: typeof v.refreshed === 'string' ? v.refreshed : v.time,
      app: typeof v.app === 'string' ? v.app : 'another program',
    };
  } catch {
    return null;
  }
}

function describeTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'an unknown time';
  return date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Document locks: a second window, instance or machine opens a locked document read-only.
 * Locks of dead processes on this machine, or not refreshed for 10 minutes from another machine,
 * are taken over. Held locks are refreshed every 2 minutes.
 */
export class LockManager {
  private readonly env: LockEnv;
  private readonly held = new Set<string>();
  private timer: ReturnType<typeof setInterval> | undefined;
  /** The refresh in progress, so callers (and tests) can wait for it. */
  lastRefresh: Promise<void> = Promise.resolve();

  constructor(env: Partial<LockEnv> = {}) {
    this.env = {
      now: () => new Date(),
      hostname: osHostname(),
      pid: process.pid,
      user: currentUser(),
      isAlive: isProcessAlive,
      refreshMs: 2 * 60_000,
      staleMs: 10 * 60_000,
      ...env,
    };
  }

  /** Whether this process holds the lock of `docPath`. */
  holds(docPath: string): boolean {
    return this.held.has(docPath);
  }

  /** Takes the lock of `docPath` unless another live owner holds it. */
  async acquire(docPath: string): Promise<LockState> {
    if (this.held.has(docPath)) return { held: true };
    const lockPath = lockPathFor(docPath);
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await writeFile(lockPath, this.ownerText(), { flag: 'wx' });
        return this.taken(docPath);
      } catch (error) {
        if (errnoOf(error) !== 'EEXIST') return this.cannotLock(docPath, error);
      }
      const owner = await this.readOwner(lockPath);
      if (owner === undefined) continue; // removed between our attempts; try creating again
      if (owner && this.isMine(owner)) return this.taken(docPath);
      if (owner && this.isLive(owner)) {
        return { held: false, owner, reason: this.describeOwner(docPath, owner) };
      }
      try {
        await writeFileAtomic(lockPath, this.ownerText());
      } catch (error) {
        return this.cannotLock(docPath, error);
      }
      // Two instances may take over the same stale lock at once; the last rename wins.
      const now = await this.readOwner(lockPath);
      if (now && this.isMine(now)) return this.taken(docPath);
    }
    const owner = (await this.readOwner(lockPath)) ?? null;
    return {
      held: false,
      owner,
      reason: owner
        ? this.describeOwner(docPath, owner)
        : `Another program keeps changing the lock file of “${basename(docPath)}”.`,
    };
  }

  /** Gives up the lock of `docPath`, removing the lock file if it still names this process. */
  async release(docPath: string): Promise<void> {
    if (!this.held.delete(docPath)) return;
    if (this.held.size === 0) this.stopTimer();
    const lockPath = lockPathFor(docPath);
    const owner = await this.readOwner(lockPath);
    if (owner && this.isMine(owner)) await unlink(lockPath).catch(() => undefined);
  }

  /** Releases every lock held (on quit). */
  async releaseAll(): Promise<void> {
    await Promise.all([...this.held].map((path) => this.release(path)));
    this.stopTimer();
  }

  /** Rewrites each held lock with a fresh time; a lock someone else has taken is given up. */
  refresh(): Promise<void> {
    this.lastRefresh = Promise.all(
      [...this.held].map(async (docPath) => {
        const lockPath = lockPathFor(docPath);
        const owner = await this.readOwner(lockPath);
        if (owner && !this.isMine(owner)) {
          this.held.delete(docPath);
          return;
        }
        const since = owner?.time ?? this.env.now().toISOString();
        await writeFileAtomic(lockPath, this.ownerText(since)).catch(() => undefined);
      }),
    ).then(() => undefined);
    return this.lastRefresh;
  }

  private taken(docPath: string): LockState {
    this.held.add(docPath);
    if (!this.timer) {
      this.timer = setInterval(() => void this.refresh(), this.env.refreshMs);
      // A pending refresh must never keep the process (a CLI, a test) alive.
      this.timer.unref();
    }
    return { held: true };
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private cannotLock(docPath: string, error: unknown): LockState {
    return {
      held: false,
      owner: null,
      reason: `Accord could not create a lock file beside “${basename(docPath)}” (${errnoOf(error) || (error as Error).message}).`,
    };
  }

  private ownerText(since?: string): string {
    const now = this.env.now().toISOString();
    const owner: LockOwner = {
      pid: this.env.pid,
      hostname: this.env.hostname,
      user: this.env.user,
      time: since ?? now,
      refreshed: now,
      app: 'Accord',
    };
    return JSON.stringify(owner);
  }

  /** The lock's owner; null when the lock file is damaged, undefined when there is none. */
  private async readOwner(lockPath: string): Promise<LockOwner | null | undefined> {
    try {
      return parseOwner(await readFile(lockPath, 'utf8'));
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return undefined;
      return null;
    }
  }

  private isMine(owner: LockOwner): boolean {
    return owner.hostname === this.env.hostname && owner.pid === this.env.pid;
  }

  private isLive(owner: LockOwner): boolean {
    if (owner.hostname === this.env.hostname) return this.env.isAlive(owner.pid);
    const refreshed = Date.parse(owner.refreshed ?? owner.time);
    if (Number.isNaN(refreshed)) return false;
    // A time in the future (another machine's clock runs ahead) counts as fresh.
    return this.env.now().getTime() - refreshed < this.env.staleMs;
  }

  private describeOwner(docPath: string, owner: LockOwner): string {
    const where =
      owner.hostname === this.env.hostname ? 'on this computer' : `on ${owner.hostname}`;
    return `“${basename(docPath)}” is open in ${owner.app} by ${owner.user} ${where} since ${describeTime(owner.time)}.`;
  }
}
