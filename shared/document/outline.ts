import type { Node } from 'prosemirror-model';
import type { BlockLabel } from './numbering';
import { sectionAround } from './sections';
import { wordsIn } from './wordCount';

/** One heading of the outline with the words of its section (heading included). */
export interface OutlineItem {
  id: string;
  level: number;
  label: string;
  title: string;
  words: number;
}

/** Word counts for the whole document and the section around one block. */
export interface SectionCounts {
  total: number;
  section: number | null;
  sectionLabel: string | null;
}

/**
 * The heading tree of a document, given the labels of its top-level blocks. One pass over the
 * top-level blocks; word counts come from wordsIn's per-node cache, so only changed blocks count.
 */
export function outlineOf(doc: Node, labels: readonly BlockLabel[]): OutlineItem[] {
  const items: OutlineItem[] = [];
  const open: OutlineItem[] = [];
  doc.forEach((child, _offset, index) => {
    if (child.type.name === 'heading') {
      const level = child.attrs.level as number;
      while ((open.at(-1)?.level ?? 0) >= level) open.pop();
      const item: OutlineItem = {
        id: (child.attrs.id as string | null) ?? '',
        level,
        label: labels[index] ?? '',
        title: child.textContent,
        words: 0,
      };
      items.push(item);
      open.push(item);
    }
    const words = wordsIn(child);
    for (const item of open) item.words += words;
  });
  return items;
}

/** Words in the document and in the innermost section holding top-level block `index`. */
export function sectionCounts(
  doc: Node,
  labels: readonly BlockLabel[],
  index: number,
): SectionCounts {
  let total = 0;
  doc.forEach((child) => (total += wordsIn(child)));
  const span = sectionAround(doc, index);
  if (!span) return { total, section: null, sectionLabel: null };
  let section = 0;
  for (let i = span.start; i < span.end; i++) section += wordsIn(doc.child(i));
  return { total, section, sectionLabel: labels[span.start] ?? null };
}
