import { createHash } from 'node:crypto';
import {
  appendFile,
  chmod,
  lstat,
  mkdir,
  readFile,
  readlink,
  rename,
  rm,
  stat,
  symlink,
  truncate,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FaultRule } from './faultyFs';

/** One open document and what the outside world may do to it. */
export interface CaseContext {
  /** The case's own folder in the library. */
  dir: string;
  path: string;
  /** The bytes Accord read when it opened the document. */
  original: Buffer;
  /** A colleague's version of the same document. */
  theirs: string;
  /** A document outside the library that a planted link points to; it must never change. */
  outside: string;
}

/** An outside change made while the document is open, and what the next save must answer. */
export interface Scenario {
  name: string;
  /**
   * prompt: 'changed-on-disk'; error: another clear Result error; saved: the save may go ahead
   * because nobody's bytes are lost (the file is gone, or unchanged since it was opened).
   */
  expect: 'prompt' | 'error' | 'saved';
  change(ctx: CaseContext): Promise<void>;
  /** A failure the file system reports while saving into the case's folder. */
  fault?: Omit<FaultRule, 'folder'>;
}

/** A moment later than any write so far, so a changed file also has a new time. */
async function later(path: string, ms = 5000): Promise<void> {
  const { mtime } = await stat(path);
  const t = new Date(mtime.getTime() + ms);
  await utimes(path, t, t);
}

async function replaceAtomically(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), '.sync-tool-temp');
  await writeFile(temp, text);
  await rename(temp, path);
  await later(path);
}

/** The outside changes the data-loss suite scripts, each run with several document sizes. */
export const SCENARIOS: Scenario[] = [
  {
    name: 'replaced by a colleague’s version (sync tool, atomic rename)',
    expect: 'prompt',
    change: ({ path, theirs }) => replaceAtomically(path, theirs),
  },
  {
    name: 'rewritten in place by another program',
    expect: 'prompt',
    change: async ({ path, theirs }) => {
      await writeFile(path, theirs);
      await later(path);
    },
  },
  {
    name: 'replaced by garbage',
    expect: 'prompt',
    change: ({ path }) => replaceAtomically(path, 'PK\u0003\u0004 not a document any more'),
  },
  {
    name: 'truncated to nothing',
    expect: 'prompt',
    change: async ({ path }) => {
      await truncate(path, 0);
      await later(path);
    },
  },
  {
    name: 'truncated halfway',
    expect: 'prompt',
    change: async ({ path, original }) => {
      await truncate(path, Math.floor(original.length / 2));
      await later(path);
    },
  },
  {
    name: 'grown by appended bytes',
    expect: 'prompt',
    change: async ({ path }) => {
      await appendFile(path, '\n{"appended":true}\n');
      await later(path);
    },
  },
  {
    name: 'one character changed, same size',
    expect: 'prompt',
    change: async ({ path, original }) => {
      await writeFile(path, original.toString('utf8').replace('Original', 'Originul'));
      await later(path);
    },
  },
  {
    name: 'same document re-indented by an editor',
    expect: 'prompt',
    change: async ({ path, original }) => {
      await writeFile(path, JSON.stringify(JSON.parse(original.toString('utf8')), null, 2));
      await later(path);
    },
  },
  {
    name: 'replaced by a link to a document elsewhere',
    expect: 'prompt',
    change: async ({ path, outside }) => {
      await rm(path);
      await symlink(outside, path);
    },
  },
  {
    name: 'renamed, and another file put in its place',
    expect: 'prompt',
    change: async ({ path, theirs }) => {
      await rename(path, `${path}.moved`);
      await writeFile(path, theirs);
      await later(path);
    },
  },
  { name: 'deleted', expect: 'saved', change: ({ path }) => rm(path) },
  {
    name: 'renamed away',
    expect: 'saved',
    change: ({ path }) => rename(path, join(dirname(path), 'Moved away.accord')),
  },
  { name: 'touched (new time, same bytes)', expect: 'saved', change: ({ path }) => later(path) },
  {
    name: 'changed and changed back',
    expect: 'saved',
    change: async ({ path, theirs, original }) => {
      await writeFile(path, theirs);
      await writeFile(path, original);
      await later(path);
    },
  },
  {
    // The atomic rename needs only the folder's permission (and root ignores modes), so the
    // service checks the file's own read-only setting and refuses, as Word does.
    name: 'made read-only (chmod 0444), bytes unchanged',
    expect: 'error',
    change: ({ path }) => chmod(path, 0o444),
  },
  {
    name: 'replaced by a folder',
    expect: 'error',
    change: async ({ path }) => {
      await rm(path);
      await mkdir(path);
    },
  },
  {
    name: 'its folder deleted',
    expect: 'error',
    change: ({ dir }) => rm(dir, { recursive: true }),
  },
  {
    name: 'its folder renamed',
    expect: 'error',
    change: ({ dir }) => rename(dir, `${dir}-renamed`),
  },
  {
    // chmod 0555 is what a user would do; as root it stops nothing, so the fault says what the
    // system would answer a normal user.
    name: 'folder made read-only (EACCES)',
    expect: 'error',
    change: ({ dir }) => chmod(dir, 0o555),
    fault: { code: 'EACCES', at: 'open' },
  },
  {
    name: 'drive remounted read-only (EROFS)',
    expect: 'error',
    change: () => Promise.resolve(),
    fault: { code: 'EROFS', at: 'open' },
  },
  {
    name: 'disk full before writing (ENOSPC)',
    expect: 'error',
    change: () => Promise.resolve(),
    fault: { code: 'ENOSPC', at: 'open' },
  },
  {
    name: 'disk full halfway through writing (ENOSPC)',
    expect: 'error',
    change: () => Promise.resolve(),
    fault: { code: 'ENOSPC', at: 'write' },
  },
  {
    name: 'quota exceeded when flushing (EDQUOT)',
    expect: 'error',
    change: () => Promise.resolve(),
    fault: { code: 'EDQUOT', at: 'sync' },
  },
  {
    name: 'I/O error when replacing (EIO)',
    expect: 'error',
    change: () => Promise.resolve(),
    fault: { code: 'EIO', at: 'rename' },
  },
];

/** The {@link snapshot} of a regular file holding exactly `bytes`. */
export function fileSnapshot(bytes: Uint8Array): string {
  return `file ${createHash('sha256').update(bytes).digest('hex')}`;
}

/** What is at a path, precisely enough to tell whether a save touched it. */
export async function snapshot(path: string): Promise<string> {
  let info;
  try {
    info = await lstat(path);
  } catch {
    return 'missing';
  }
  if (info.isDirectory()) return 'folder';
  if (info.isSymbolicLink()) return `link to ${await readlink(path)}`;
  return fileSnapshot(await readFile(path));
}
