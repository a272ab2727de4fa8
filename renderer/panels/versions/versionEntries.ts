import type { AccordFile, Version } from '../../../shared/document/fileSchema';
import { checkVersions, displayName } from '../../../shared/versions';
import { formatTime } from '../../components/format';

/** One row of the Versions panel. */
export interface VersionEntry {
  id: string;
  /** The name cut for one line; `fullName` keeps more of it for the tooltip. */
  name: string;
  fullName: string;
  author: string;
  time: string;
  /** The time as the user reads dates (local time). */
  when: string;
  note: string;
  words: number;
  summary: string;
  reason: Version['reason'];
  /** Why the version cannot be opened, when it is damaged. */
  problem: string | null;
}

const REASONS: Record<Version['reason'], string> = {
  manual: '',
  export: 'Saved before an export',
  restore: 'Saved before a restore',
  review: 'Sent for review',
};

/** What a version's reason says next to it ('' for one saved by hand). */
export function reasonText(reason: Version['reason']): string {
  return REASONS[reason];
}

/** The versions of a file, newest first, each checked: damaged ones carry their problem. */
export function versionEntries(file: AccordFile): VersionEntry[] {
  const checks = new Map(checkVersions(file).map((c) => [c.id, c]));
  return file.versions.list
    .map((v): VersionEntry => {
      const check = checks.get(v.id);
      const organization = v.author.organization ? ` (${v.author.organization})` : '';
      return {
        id: v.id,
        name: displayName(v.name),
        fullName: displayName(v.name, 1000),
        author: `${v.author.name || 'Unknown'}${organization}`,
        time: v.time,
        when: formatTime(v.time),
        note: v.note,
        words: v.words,
        summary: v.summary ?? '',
        reason: v.reason,
        problem: check && !check.ok ? (check.problem ?? 'This version cannot be read.') : null,
      };
    })
    .reverse();
}

/** How a version is named in titles: “Draft 2” (14 Mar 2025, 10:30), in local time. */
export function versionLabel(version: Pick<Version, 'name' | 'time'>): string {
  return `“${displayName(version.name, 80)}” (${formatTime(version.time)})`;
}

/**
 * The two sides of a comparison in reading order: the older version first; the current draft
 * (null) is always the newer side.
 */
export function compareOrder(
  list: readonly Version[],
  a: string,
  b: string | null,
): { from: string; to: string | null } {
  if (b === null) return { from: a, to: null };
  const ia = list.findIndex((v) => v.id === a);
  const ib = list.findIndex((v) => v.id === b);
  return ia <= ib ? { from: a, to: b } : { from: b, to: a };
}
