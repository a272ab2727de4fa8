import type { TrackedChange } from '../../../shared/changes';

/**
 * React keys for the listed changes that survive typing: a change's id and kind, and which
 * piece of it this is (a change can be listed in several pieces), but not its position, which
 * moves with every key typed before it.
 */
export function itemKeys(changes: readonly TrackedChange[]): string[] {
  const seen = new Map<string, number>();
  return changes.map((c) => {
    const base = `${c.id}:${c.kind}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}:${n}`;
  });
}

/** Whether two listings of a change show the same thing (positions aside). */
export function sameShown(a: TrackedChange, b: TrackedChange): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.kind === b.kind &&
      a.author === b.author &&
      a.organization === b.organization &&
      a.time === b.time &&
      a.excerpt === b.excerpt &&
      a.detail === b.detail)
  );
}

/**
 * The latest listing of a change an item showed (its positions may have moved since): the
 * piece with the same id and kind nearest to where it was, or the change itself when gone.
 */
export function latestOf(changes: readonly TrackedChange[], shown: TrackedChange): TrackedChange {
  let best: TrackedChange | null = null;
  for (const c of changes) {
    if (c.id !== shown.id || c.kind !== shown.kind) continue;
    if (!best || Math.abs(c.from - shown.from) < Math.abs(best.from - shown.from)) best = c;
  }
  return best ?? shown;
}
