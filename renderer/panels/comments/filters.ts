import { sectionText, type ThreadState } from '../../../shared/comments';

/** Which threads the panel lists. */
export interface CommentFilter {
  status: 'open' | 'resolved' | 'all';
  /** An author's name, or '' for everyone. */
  author: string;
  /** A section as stored ("IV. Action areas"), or '' for every section. */
  section: string;
}

/** The panel's filter when it opens: open threads by everyone, everywhere. */
export const ALL_OPEN: CommentFilter = { status: 'open', author: '', section: '' };

/**
 * The threads the filter lets through, in document order. The focused thread always stays, so
 * clicking a resolved thread's highlight still shows it.
 */
export function visibleThreads(
  states: readonly ThreadState[],
  filter: CommentFilter,
  focused: string | null,
): ThreadState[] {
  return states.filter((s) => {
    if (s.thread.id === focused) return true;
    if (filter.status === 'open' && s.resolved) return false;
    if (filter.status === 'resolved' && !s.resolved) return false;
    if (filter.author && !s.thread.comments.some((c) => c.author.name === filter.author)) {
      return false;
    }
    return !filter.section || sectionText(s.section) === filter.section;
  });
}

/** Everyone who wrote in any thread, sorted, for the author filter. */
export function authorsOf(states: readonly ThreadState[]): string[] {
  const names = new Set<string>();
  for (const s of states)
    for (const c of s.thread.comments) if (c.author.name) names.add(c.author.name);
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** The sections holding threads, in document order, for the section filter. */
export function sectionsOf(states: readonly ThreadState[]): string[] {
  const sections = new Set<string>();
  for (const s of states) {
    const text = sectionText(s.section);
    if (text) sections.add(text);
  }
  return [...sections];
}

/** The thread after (or before) the focused one in the list, wrapping around; null if none. */
export function stepThread(
  list: readonly ThreadState[],
  focused: string | null,
  direction: 1 | -1,
): string | null {
  if (list.length === 0) return null;
  const at = list.findIndex((s) => s.thread.id === focused);
  const next =
    at < 0 ? (direction === 1 ? 0 : list.length - 1) : (at + direction + list.length) % list.length;
  return list[next]?.thread.id ?? null;
}
