import { EXTENSION } from '../../shared/document/format';

const FALLBACK = 'Untitled';
const MAX_STEM = 120;
// Names Windows refuses whatever the extension; files often travel to Windows colleagues.
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

function isForbidden(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 32 || code === 127 || '<>:"/\\|?*'.includes(ch);
}

/** The last segment of a path written with either separator. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

/**
 * Turns free text (a title or what the user typed) into a file name that is valid on Windows,
 * macOS and Linux, ending in .accord.
 */
export function toFileName(text: string): string {
  let stem = text.trim();
  if (stem.toLowerCase().endsWith(EXTENSION)) stem = stem.slice(0, -EXTENSION.length);
  stem = Array.from(stem, (ch) => (isForbidden(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).trimEnd();
  if (stem === '') stem = FALLBACK;
  if (RESERVED.test(stem)) stem = `${stem}_`;
  return stem + EXTENSION;
}

/** Joins a folder and a file name with the host's separator, without doubling it. */
export function joinPath(dir: string, separator: '/' | '\\', name: string): string {
  return dir.endsWith(separator) ? dir + name : dir + separator + name;
}

/** What the user sees as the document's name: its file name, or its title until first saved. */
export function displayName(path: string | null, title: string): string {
  if (path !== null) return baseName(path);
  return title.trim() || FALLBACK;
}
