import type { AccordFile, Version } from '../document/fileSchema';
import { fail, ok, type Result } from '../result';

/**
 * A version name fit for one line: whitespace runs become single spaces and names longer than
 * `max` characters are cut (at a word end when one is near) with an ellipsis. Names are never
 * refused for length, only shortened.
 */
export function displayName(name: string, max = 120): string {
  // Only the head of a very long name can be shown; collapsing all of it would be wasted work.
  const head = name.length > max * 4 ? name.slice(0, max * 4) : name;
  const flat = head.replace(/\s+/g, ' ').trim();
  if (!flat) return 'Untitled version';
  if (flat.length <= max && head === name) return flat;
  let cut = flat.slice(0, Math.max(1, max - 1));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  // End on a whole word when one ends near the limit.
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

/** An ISO time as people read it ("2025-03-14 09:30 UTC"); other text is returned cut short. */
export function displayTime(time: string): string {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?Z$/.exec(time);
  return m ? `${m[1]} ${m[2]} UTC` : time.slice(0, 64);
}

/**
 * A version by id, or else by name; when several share the name, the newest (latest time, then
 * latest saved) is the one meant, the way a person saying "the Draft 2" means the last one.
 */
export function findVersion(file: AccordFile, nameOrId: string): Result<Version> {
  const list = file.versions.list;
  const byId = list.find((v) => v.id === nameOrId);
  if (byId) return ok(byId);
  let found: Version | undefined;
  for (const v of list) {
    if (v.name === nameOrId && (!found || v.time >= found.time)) found = v;
  }
  if (found) return ok(found);
  return fail(
    'not-found',
    `There is no version named or with id “${displayName(nameOrId, 80)}”. List the versions to see their names.`,
  );
}
