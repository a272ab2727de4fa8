import type { Node } from 'prosemirror-model';
import type { Thread } from '../document/fileSchema';
import { anchorsIn, type Anchor } from './anchors';
import { sectionText } from './section';
import type { StoredAnchor } from './threads';

/** What a thread stores about a live anchor. */
export function storedAnchor(anchor: Anchor): StoredAnchor {
  return { quote: anchor.quote, blockId: anchor.blockId, section: sectionText(anchor.section) };
}

/**
 * The threads with their stored quote, block and section refreshed from the live anchors, before
 * a save. Detached threads keep what they last stored. Returns `threads` itself when nothing
 * changed.
 */
export function syncThreads(doc: Node, threads: readonly Thread[]): readonly Thread[] {
  if (threads.length === 0) return threads;
  const anchors = anchorsIn(doc);
  let changed = false;
  const next = threads.map((thread) => {
    const anchor = anchors.get(thread.id);
    if (!anchor) return thread;
    const stored = storedAnchor(anchor);
    if (
      stored.quote === thread.quote &&
      stored.blockId === thread.blockId &&
      stored.section === thread.section
    ) {
      return thread;
    }
    changed = true;
    return { ...thread, ...stored };
  });
  return changed ? next : threads;
}
