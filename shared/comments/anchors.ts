import type { Node } from 'prosemirror-model';
import { numberDocument } from '../document/numbering';
import { MASTHEAD_SECTION, NO_SECTION, SUMMARY_SECTION, type SectionRef } from './section';

/** A span of the document carrying one thread's comment mark. */
export interface AnchorRange {
  from: number;
  to: number;
}

/** Where a thread is anchored now. */
export interface Anchor {
  id: string;
  /** In document order; contiguous marked text is one range, each textblock its own range. */
  ranges: AnchorRange[];
  /** The anchored text (at most {@link QUOTE_LIMIT} characters): blocks joined by newlines. */
  quote: string;
  /** The id of the block holding the start of the anchor. */
  blockId: string | null;
  section: SectionRef;
  /** The id of the heading opening that section, or null for the masthead, summary or preamble. */
  sectionId: string | null;
}

/** Longest quote kept for a thread; a comment on a whole chapter need not store the chapter. */
export const QUOTE_LIMIT = 2_000;

/** One run of marked inline content inside a top-level block, relative to its content start. */
interface Piece {
  id: string;
  from: number;
  to: number;
  text: string;
  blockId: string | null;
  /** Which textblock of the top-level block, counted from 0: pieces in different ones never join. */
  textblock: number;
}

const NONE: readonly Piece[] = [];
const cache = new WeakMap<Node, readonly Piece[]>();

function inlineText(node: Node): string {
  if (node.isText) return node.text ?? '';
  return node.type.name === 'hard_break' ? ' ' : '';
}

/**
 * The comment pieces of one top-level block. Cached per node object: ProseMirror shares unchanged
 * blocks between states, so only edited blocks are walked again.
 */
function piecesOf(block: Node): readonly Piece[] {
  const cached = cache.get(block);
  if (cached) return cached;
  const pieces: Piece[] = [];
  let textblock = 0;
  let blockId = block.isTextblock ? ((block.attrs.id as string | null) ?? null) : null;
  block.descendants((node, pos) => {
    if (node.isTextblock) {
      textblock++;
      blockId = (node.attrs.id as string | null) ?? null;
      return true;
    }
    if (!node.isInline) return true;
    for (const mark of node.marks) {
      if (mark.type.name !== 'comment') continue;
      const id = mark.attrs.id as string;
      const to = pos + node.nodeSize;
      // Preorder: a marked footnote comes before its own (maybe marked) text, which it contains.
      const last = lastPiece(pieces, id);
      if (last && last.textblock === textblock && pos <= last.to) {
        last.to = Math.max(last.to, to);
        last.text += inlineText(node);
      } else {
        pieces.push({ id, from: pos, to, text: inlineText(node), blockId, textblock });
      }
    }
    // Marks inside a footnote's text count as well.
    return node.childCount > 0;
  });
  const result = pieces.length ? pieces : NONE;
  cache.set(block, result);
  return result;
}

function lastPiece(pieces: readonly Piece[], id: string): Piece | undefined {
  for (let i = pieces.length - 1; i >= 0; i--) if (pieces[i]?.id === id) return pieces[i];
  return undefined;
}

function clip(text: string): string {
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text;
}

/**
 * Every thread anchor in a document, by thread id, in the order the anchors start. One pass over
 * the top-level blocks (walking only blocks that changed since the last call): meant for opening
 * the panel and saving, not for every keystroke.
 */
export function anchorsIn(doc: Node): Map<string, Anchor> {
  const anchors = new Map<string, Anchor>();
  // Text of the last piece per id and where it ended, to join or separate the next one.
  const tails = new Map<string, { to: number; key: string; text: string }>();
  let labels: ReturnType<typeof numberDocument> | null = null;
  let section = NO_SECTION;
  let sectionId: string | null = null;
  doc.forEach((block, offset, index) => {
    const name = block.type.name;
    if (name === 'heading') {
      labels ??= numberDocument(doc);
      section = { number: labels[index] ?? '', title: block.textContent };
      sectionId = (block.attrs.id as string | null) ?? null;
    } else if (name === 'masthead' || name === 'summary') {
      section = name === 'masthead' ? MASTHEAD_SECTION : SUMMARY_SECTION;
      sectionId = null;
    }
    for (const piece of piecesOf(block)) {
      const from = offset + 1 + piece.from;
      const to = offset + 1 + piece.to;
      const key = `${index}:${piece.textblock}`;
      const anchor = anchors.get(piece.id);
      const tail = tails.get(piece.id);
      if (!anchor || !tail) {
        anchors.set(piece.id, {
          id: piece.id,
          ranges: [{ from, to }],
          quote: '',
          blockId: piece.blockId,
          section,
          sectionId,
        });
        tails.set(piece.id, { to, key, text: piece.text });
        continue;
      }
      const joined = tail.key === key && tail.to === from;
      const last = anchor.ranges.at(-1);
      if (joined && last) last.to = to;
      else anchor.ranges.push({ from, to });
      const gap = joined ? '' : tail.key === key ? ' … ' : '\n';
      // Long anchors stop growing their quote once it is past the limit.
      const text = tail.text.length > QUOTE_LIMIT ? tail.text : tail.text + gap + piece.text;
      tails.set(piece.id, { to, key, text });
    }
  });
  for (const [id, anchor] of anchors) anchor.quote = clip(tails.get(id)?.text ?? '');
  return anchors;
}

/** The ranges carrying one thread's mark, in document order (empty when it is detached). */
export function rangesOf(doc: Node, id: string): AnchorRange[] {
  const ranges: AnchorRange[] = [];
  doc.forEach((block, offset) => {
    for (const piece of piecesOf(block)) {
      if (piece.id !== id) continue;
      const from = offset + 1 + piece.from;
      const to = offset + 1 + piece.to;
      const last = ranges.at(-1);
      if (last && last.to === from) last.to = to;
      else ranges.push({ from, to });
    }
  });
  return ranges;
}
