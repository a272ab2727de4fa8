import type { Person, Thread } from '../document/fileSchema';
import { isValidId } from '../document/ids';
import { hashString } from '../versions/hash';
import type { ConflictEntry } from './report';

/** Ids of conflict notes (and of the changes holding the proposal) start with this. */
export const CONFLICT_PREFIX = 'cf-';

/**
 * The id of the conflict note made for a reviewer's change: derived from the change's id, so
 * importing the same copy again finds it and adds nothing.
 */
export function conflictId(changeId: string): string {
  const id = CONFLICT_PREFIX + changeId;
  return isValidId(id) ? id : CONFLICT_PREFIX + hashString(changeId);
}

/** Whether a change or thread id is that of a merge conflict (for the changes panel's flag). */
export function isConflictId(id: string): boolean {
  return id.startsWith(CONFLICT_PREFIX);
}

/** The authorship attributes of a change mark or block change. */
export interface Authorship {
  author?: unknown;
  organization?: unknown;
  time?: unknown;
}

/** Who made a change, from its attributes, as a comment author. */
export function personOf(
  attrs: Authorship | null,
  fallback: string,
): { person: Person; time: string } {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const name = text(attrs?.author) || fallback;
  return {
    person: { name, initials: initialsOf(name), organization: text(attrs?.organization) },
    time: text(attrs?.time),
  };
}

/** Up to three capital initials of a name. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w !== '')
    .slice(0, 3)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

const quoted = (text: string) => `“${text.length > 300 ? `${text.slice(0, 299)}…` : text}”`;

/** The sentence a conflict note says, in words a drafter acts on. */
export function conflictMessage(entry: ConflictEntry): string {
  const who = entry.reviewer;
  switch (entry.kind) {
    case 'same-words': {
      const proposal = entry.proposed
        ? `proposed ${quoted(entry.proposed)}`
        : 'proposed deleting it';
      const now = entry.current
        ? `the master now reads ${quoted(entry.current)}`
        : 'the master has since deleted it';
      return `Conflict: ${who} ${proposal} where ${now} (the copy sent read ${quoted(entry.sent)}). Accept ${who}’s change to use their wording, or reject it to keep the current text.`;
    }
    case 'deleted-in-master':
      return `Conflict: ${who} suggested changes to a passage the master has since deleted. The passage as ${who} left it: ${quoted(entry.proposed)}`;
    case 'format':
      return `Conflict: ${who} proposed a format change (${entry.proposed}) where the master has also changed the format (now ${entry.current}); it was not applied.`;
    case 'placement':
      return `Conflict: ${who} proposed new text that has no place left in the master, so it is kept here: ${quoted(entry.proposed)}`;
  }
}

/** A conflict note: a thread by the reviewer holding the message, anchored by the caller. */
export function conflictThread(
  entry: ConflictEntry,
  author: Person,
  time: string,
  anchor: Pick<Thread, 'quote' | 'blockId' | 'section'>,
): Thread {
  return {
    id: entry.id,
    status: 'open',
    ...anchor,
    comments: [{ id: `${entry.id.slice(0, 60)}-n`, author, time, text: conflictMessage(entry) }],
  };
}
