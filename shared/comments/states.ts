import type { Node } from 'prosemirror-model';
import type { Thread } from '../document/fileSchema';
import { numberDocument } from '../document/numbering';
import { anchorsIn, type Anchor } from './anchors';
import { parseSectionText, sectionText, type SectionRef } from './section';

/** How the panel and the command line show a thread. */
export type ThreadStatus = 'open' | 'resolved' | 'detached';

/** A thread as it stands in a document now. */
export interface ThreadState {
  thread: Thread;
  /** `detached` when no text carries its mark any more, whether it was resolved or not. */
  status: ThreadStatus;
  resolved: boolean;
  detached: boolean;
  /** The anchored text now, or the quote stored when it was last anchored. */
  quote: string;
  section: SectionRef;
  /** The heading opening its section, for anchored threads; null otherwise. */
  sectionId: string | null;
  /** Where its anchor starts, or null when detached. */
  from: number | null;
}

/** Positions of the blocks with these ids (not walking into text), for placing detached threads. */
function blockPositions(doc: Node, ids: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  if (ids.size === 0) return found;
  doc.descendants((node, pos) => {
    if (node.isInline || found.size === ids.size) return false;
    const id = node.attrs.id as unknown;
    if (typeof id === 'string' && ids.has(id) && !found.has(id)) found.set(id, pos);
    return !node.isTextblock;
  });
  return found;
}

function stateOf(thread: Thread, anchor: Anchor | undefined): ThreadState {
  const resolved = thread.status === 'resolved';
  if (!anchor) {
    return {
      thread,
      status: 'detached',
      resolved,
      detached: true,
      quote: thread.quote,
      section: parseSectionText(thread.section),
      sectionId: null,
      from: null,
    };
  }
  return {
    thread,
    status: thread.status,
    resolved,
    detached: false,
    quote: anchor.quote,
    section: anchor.section,
    sectionId: anchor.sectionId,
    from: anchor.ranges[0]?.from ?? null,
  };
}

/**
 * Every thread with its live status, quote and section, in document order. A detached thread
 * (no mark left, or never found in a loaded file) sits where its block was if that block is
 * still there, else after the anchored ones; it is never dropped.
 */
export function threadStates(
  doc: Node,
  threads: readonly Thread[],
  anchors: ReadonlyMap<string, Anchor> = anchorsIn(doc),
): ThreadState[] {
  const states = threads.map((thread) => stateOf(thread, anchors.get(thread.id)));
  const lost = new Set<string>();
  for (const s of states) if (s.detached && s.thread.blockId) lost.add(s.thread.blockId);
  const blocks = blockPositions(doc, lost);
  const key = (s: ThreadState) =>
    s.from ?? (s.thread.blockId ? blocks.get(s.thread.blockId) : undefined) ?? Infinity;
  // Array.prototype.sort is stable: threads at the same place keep the file's order.
  return states
    .map((s) => ({ s, k: key(s) }))
    .sort((a, b) => a.k - b.k)
    .map(({ s }) => s);
}

/**
 * Open (unresolved) threads per section, by heading id, for the outline. Each thread counts in
 * its innermost section only; a detached thread counts where its stored section still is.
 */
export function openThreadCounts(
  doc: Node,
  threads: readonly Thread[],
  anchors: ReadonlyMap<string, Anchor> = anchorsIn(doc),
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  let headings: Map<string, string> | null = null;
  for (const thread of threads) {
    if (thread.status !== 'open') continue;
    const anchor = anchors.get(thread.id);
    if (anchor) {
      if (anchor.sectionId) add(anchor.sectionId);
      continue;
    }
    headings ??= headingsByText(doc);
    const id = headings.get(thread.section);
    if (id) add(id);
  }
  return counts;
}

function headingsByText(doc: Node): Map<string, string> {
  const labels = numberDocument(doc);
  const byText = new Map<string, string>();
  doc.forEach((block, _offset, index) => {
    const id = block.attrs.id as unknown;
    if (block.type.name !== 'heading' || typeof id !== 'string') return;
    const text = sectionText({ number: labels[index] ?? '', title: block.textContent });
    if (!byText.has(text)) byText.set(text, id);
  });
  return byText;
}
