import type { AccordFile, Version } from '../../shared/document/fileSchema';
import { checkVersions } from '../../shared/versions';
import { documentCommand } from './documentCommand';
import { EXIT } from './io';

/** One version as `accord versions` prints it. */
export interface VersionLine {
  id: string;
  name: string;
  author: string;
  initials: string;
  organization: string;
  time: string;
  note: string;
  reason: Version['reason'];
  words: number;
  /** What changed since the version before, e.g. "3 paragraphs changed, 1 added". */
  summary: string;
  /** True when the version cannot be read back; `problem` then says why. */
  damaged: boolean;
  problem?: string;
}

/** Every version of a file, oldest first, each checked so a damaged one is named with its problem. */
export function versionsReport(file: AccordFile): VersionLine[] {
  const checks = new Map(checkVersions(file).map((c) => [c.id, c]));
  return file.versions.list.map((v) => {
    const check = checks.get(v.id);
    const damaged = check !== undefined && !check.ok;
    return {
      id: v.id,
      name: v.name,
      author: v.author.name,
      initials: v.author.initials,
      organization: v.author.organization,
      time: v.time,
      note: v.note,
      reason: v.reason,
      words: v.words,
      summary: v.summary ?? '',
      damaged,
      ...(damaged && check.problem !== undefined ? { problem: check.problem } : {}),
    };
  });
}

/** `accord versions FILE`: the saved versions as JSON, damaged ones included and named. */
export const versionsCommand = documentCommand({
  name: 'versions',
  summary: 'print the saved versions (name, author, time, note, words, summary) as JSON',
  act(_target, loaded, ctx) {
    ctx.out(JSON.stringify(versionsReport(loaded.file), null, 2));
    return EXIT.ok;
  },
});
