import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { Settings } from '../../shared/api';
import { personSchema, type Person } from '../../shared/document/fileSchema';
import { writeFileAtomic } from './atomicWrite';

/** How many recent documents are remembered. */
export const MAX_RECENT = 20;

const storedSchema = z.object({
  identity: personSchema.nullable().catch(null),
  recent: z.array(z.string().max(4096)).catch([]),
});

type Stored = z.infer<typeof storedSchema>;

/**
 * The user's identity and recent documents, in dataDir/settings.json. Written atomically; a
 * damaged file is set aside (renamed, never deleted) and defaults are used.
 */
export class SettingsStore {
  private readonly file: string;
  private state: Stored = { identity: null, recent: [] };
  private writing: Promise<void> = Promise.resolve();
  /** Set when a damaged settings file was renamed at load, naming where it went. */
  setAside: string | null = null;

  constructor(
    dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = join(dataDir, 'settings.json');
  }

  /** Reads the file once; call before anything else. */
  async load(): Promise<void> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      // Missing or unreadable settings must not stop the app; defaults serve.
      return;
    }
    let parsed: Stored | null = null;
    try {
      const result = storedSchema.safeParse(JSON.parse(text));
      if (result.success) parsed = result.data;
    } catch {
      parsed = null;
    }
    if (parsed) {
      this.state = { identity: parsed.identity, recent: parsed.recent.slice(0, MAX_RECENT) };
      return;
    }
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    this.setAside = `${this.file}.damaged-${stamp}`;
    await rename(this.file, this.setAside).catch(() => undefined);
  }

  /** The settings the renderer sees. */
  get(): Settings {
    return { identity: this.state.identity };
  }

  /** The recent documents, most recent first. */
  recent(): string[] {
    return [...this.state.recent];
  }

  /** Remembers who the user is (for comments and versions). */
  async setIdentity(identity: Person): Promise<Settings> {
    this.state = { ...this.state, identity };
    await this.persist();
    return this.get();
  }

  /** Moves `path` to the top of the recent list, keeping at most MAX_RECENT. */
  async addRecent(path: string): Promise<void> {
    const normal = resolve(path);
    // Saving the same document again changes nothing here; skip the write (and its fsyncs).
    if (this.state.recent[0] === normal) return;
    const recent = [normal, ...this.state.recent.filter((p) => p !== normal)].slice(0, MAX_RECENT);
    this.state = { ...this.state, recent };
    await this.persist();
  }

  /** Waits for pending writes (on quit). */
  flush(): Promise<void> {
    return this.writing;
  }

  private persist(): Promise<void> {
    // One write at a time, each writing the latest state, so an older state never lands last.
    const next = this.writing.then(async () => {
      await mkdir(dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, JSON.stringify(this.state, null, 2) + '\n');
    });
    this.writing = next.catch(() => undefined);
    return next;
  }
}
