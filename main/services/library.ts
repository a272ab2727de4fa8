import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { DocumentEntry, DocumentList } from '../../shared/api';
import { LIMITS } from '../../shared/document/fileSchema';
import { EXTENSION } from '../../shared/document/format';

/** A file's name without the .accord extension, the title of last resort. */
export function nameWithoutExtension(path: string): string {
  const name = basename(path);
  return extname(name).toLowerCase() === EXTENSION ? name.slice(0, -EXTENSION.length) : name;
}

/**
 * The title recorded in an .accord file's metadata, read cheaply for lists. A damaged or
 * unreadable file is still listed, under its file name, so the user can try to open it and see why.
 */
export async function peekTitle(path: string, size: number): Promise<string> {
  if (size > LIMITS.maxFileBytes) return nameWithoutExtension(path);
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as { meta?: { title?: unknown } } | null;
    const title = value?.meta?.title;
    if (typeof title === 'string' && title.trim() !== '') return title.trim();
  } catch {
    // Falls through to the file name.
  }
  return nameWithoutExtension(path);
}

/** The list entry of one document, or null when it is not a readable regular file. */
export async function describeDocument(path: string): Promise<DocumentEntry | null> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return null;
    return {
      path,
      name: basename(path),
      title: await peekTitle(path, info.size),
      modified: info.mtime.toISOString(),
      size: info.size,
    };
  } catch {
    return null;
  }
}

/**
 * The documents shown on the home screen and in the in-page Open dialog: recent files that
 * still exist (most recent first) and the library folder's .accord files (newest first).
 */
export async function listDocuments(
  libraryDir: string,
  recent: readonly string[],
): Promise<DocumentList> {
  let names: string[] = [];
  try {
    names = await readdir(libraryDir);
  } catch {
    // A library folder not created yet simply has no documents.
  }
  const libraryPaths = names
    .filter((n) => !n.startsWith('.') && extname(n).toLowerCase() === EXTENSION)
    .map((n) => join(libraryDir, n));
  const [recentEntries, libraryEntries] = await Promise.all([
    Promise.all(recent.map(describeDocument)),
    Promise.all(libraryPaths.map(describeDocument)),
  ]);
  const present = (e: DocumentEntry | null): e is DocumentEntry => e !== null;
  return {
    recent: recentEntries.filter(present),
    library: libraryEntries
      .filter(present)
      .sort((a, b) => b.modified.localeCompare(a.modified) || a.name.localeCompare(b.name)),
  };
}
