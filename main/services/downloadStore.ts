import { randomBytes } from 'node:crypto';

/** A finished export waiting for the browser to fetch it. */
export interface Download {
  fileName: string;
  bytes: Uint8Array;
}

/** What the browser host needs from the store: the download an id names, if still kept. */
export interface DownloadSource {
  find(id: string): Download | null;
}

/** How long an export stays fetchable. */
export const DOWNLOAD_TTL_MS = 10 * 60 * 1000;

/** What an id looks like: 32 random bytes in base64url (unguessable, safe in a URL path). */
export const DOWNLOAD_ID_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Beyond this many bytes kept, the oldest downloads are dropped first. */
export const MAX_KEPT_BYTES = 256 * 1024 * 1024;

interface Entry extends Download {
  expires: number;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Exports the browser host serves at /download/<id>, kept in memory for ten minutes. A download
 * may be fetched more than once in that time (browsers retry), then it is gone.
 */
export class DownloadStore implements DownloadSource {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly now: () => Date = () => new Date(),
    private readonly ttlMs = DOWNLOAD_TTL_MS,
    private readonly maxBytes = MAX_KEPT_BYTES,
  ) {}

  /** Keeps an export and returns its new random id. */
  put(fileName: string, bytes: Uint8Array): string {
    const id = randomBytes(32).toString('base64url');
    // The timer only frees memory; find() checks the time itself, so a late timer is harmless.
    const timer = setTimeout(() => this.drop(id), this.ttlMs);
    timer.unref();
    this.entries.set(id, { fileName, bytes, expires: this.now().getTime() + this.ttlMs, timer });
    this.trim();
    return id;
  }

  /** The download an id names, or null when it is unknown or has expired. */
  find(id: string): Download | null {
    if (!DOWNLOAD_ID_PATTERN.test(id)) return null;
    const entry = this.entries.get(id);
    if (!entry) return null;
    if (this.now().getTime() >= entry.expires) {
      this.drop(id);
      return null;
    }
    return { fileName: entry.fileName, bytes: entry.bytes };
  }

  /** Forgets every download (the services are shutting down). */
  clear(): void {
    for (const id of [...this.entries.keys()]) this.drop(id);
  }

  private drop(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.entries.delete(id);
  }

  /** Maps iterate in insertion order, so the first entries are the oldest. */
  private trim(): void {
    let total = 0;
    for (const entry of this.entries.values()) total += entry.bytes.byteLength;
    for (const [id, entry] of this.entries) {
      if (total <= this.maxBytes || this.entries.size <= 1) break;
      total -= entry.bytes.byteLength;
      this.drop(id);
    }
  }
}
