import type { Node } from 'prosemirror-model';
import type { Thread } from '../document/fileSchema';
import { blockText, plainBlockText, rangePos, type BlockText } from './blockText';
import type { Op } from './context';
import { idOf, indexBlocks } from './nodes';
import type { MergeReport } from './report';

/** Where a thread's mark lay in the copy: the textblock's id, the marked text and its offset. */
interface CopyRange {
  blockId: string | null;
  text: string;
  offset: number;
}

function hasMarkOf(block: Node, wanted: ReadonlySet<string>): boolean {
  let found = false;
  block.forEach((child) => {
    if (
      !found &&
      child.marks.some((m) => m.type.name === 'comment' && wanted.has(String(m.attrs.id)))
    ) {
      found = true;
    }
  });
  return found;
}

/** The ranges each wanted thread's mark covers in the copy, one per run in a textblock. */
function copyRanges(copy: Node, wanted: ReadonlySet<string>): Map<string, CopyRange[]> {
  const ranges = new Map<string, CopyRange[]>();
  copy.descendants((node, pos) => {
    if (!node.isTextblock) return !node.isInline;
    if (!hasMarkOf(node, wanted)) return false;
    const bt = blockText(node, pos);
    const open = new Map<string, number>();
    const close = (id: string, end: number) => {
      const start = open.get(id)!;
      open.delete(id);
      const list = ranges.get(id) ?? [];
      list.push({ blockId: idOf(node), text: bt.text.slice(start, end), offset: start });
      ranges.set(id, list);
    };
    for (let i = 0; i <= bt.text.length; i++) {
      const here = new Set<string>();
      if (i < bt.text.length) {
        for (const m of bt.owners[i]!.marks) {
          const id = String(m.attrs.id);
          if (m.type.name === 'comment' && wanted.has(id)) here.add(id);
        }
      }
      for (const id of [...open.keys()]) if (!here.has(id)) close(id, i);
      for (const id of here) if (!open.has(id)) open.set(id, i);
    }
    return false;
  });
  return ranges;
}

/** The occurrence of `text` in `hay` nearest to `near`, or -1. */
function nearest(hay: string, text: string, near: number): number {
  let best = -1;
  for (let at = hay.indexOf(text); at >= 0; at = hay.indexOf(text, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
    if (at > near) break;
  }
  return best;
}

/** Finds copy text in the final master: in its own block first, else once in the whole text. */
class Finder {
  private readonly index: ReturnType<typeof indexBlocks>;
  private readonly texts = new Map<string, BlockText>();
  private all: { node: Node; pos: number; text: string }[] | null = null;

  constructor(private readonly doc: Node) {
    this.index = indexBlocks(doc);
  }

  private textOf(id: string): BlockText | null {
    const cached = this.texts.get(id);
    if (cached) return cached;
    const loc = this.index.get(id);
    if (!loc?.node.isTextblock) return null;
    const bt = blockText(loc.node, loc.pos);
    this.texts.set(id, bt);
    return bt;
  }

  find(range: CopyRange): { from: number; to: number } | null {
    if (range.text === '') return null;
    const own = range.blockId === null ? null : this.textOf(range.blockId);
    const at = own ? nearest(own.text, range.text, range.offset) : -1;
    if (own && at >= 0) return rangePos(own, at, at + range.text.length);
    // Elsewhere only where the words are unambiguous: one place in the whole document.
    this.all ??= this.allTexts();
    let found: { node: Node; pos: number; at: number } | null = null;
    for (const block of this.all) {
      const first = block.text.indexOf(range.text);
      if (first < 0) continue;
      if (found || block.text.indexOf(range.text, first + 1) >= 0) return null;
      found = { ...block, at: first };
    }
    if (!found) return null;
    return rangePos(blockText(found.node, found.pos), found.at, found.at + range.text.length);
  }

  private allTexts(): { node: Node; pos: number; text: string }[] {
    const out: { node: Node; pos: number; text: string }[] = [];
    this.doc.descendants((node, pos) => {
      if (node.isTextblock) out.push({ node, pos, text: plainBlockText(node) });
      return !node.isTextblock && !node.isInline;
    });
    return out;
  }
}

/**
 * Anchors the threads new to the master on the same words: in the block with the same id,
 * else (where they occur once) anywhere in the document. A thread whose words are nowhere is
 * kept detached with its quote, and listed in the report. Returns the marks to add as ops.
 */
export function anchorNewThreads(
  copy: Node,
  doc: Node,
  threads: readonly Thread[],
  report: MergeReport,
): Op[] {
  if (threads.length === 0) return [];
  const wanted = new Set(threads.map((t) => t.id));
  const ranges = copyRanges(copy, wanted);
  const finder = new Finder(doc);
  const ops: Op[] = [];
  for (const thread of threads) {
    let anchored = false;
    for (const range of ranges.get(thread.id) ?? []) {
      const at = finder.find(range);
      if (!at) continue;
      ops.push({ kind: 'anchor', ...at, id: thread.id });
      anchored = true;
    }
    if (!anchored) report.detached.push({ threadId: thread.id, quote: thread.quote });
  }
  return ops;
}
