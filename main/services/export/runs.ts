import type { ChangeInfo, Inline, RunFormat } from '../../../shared/export-model';
import type { HouseStyle } from '../../../resources/styles/houseStyle';
import type { ListNumbering } from './numbering';
import { escapeAttr, textElement } from './xml';

/** State shared by everything written into one document. */
export interface WriteContext {
  house: HouseStyle;
  /** Word comment ids per thread: the first comment, then each reply. */
  commentIds: Map<string, number[]>;
  /** Next id for a revision or bookmark; starts after the comment ids (Word uses one id space). */
  nextId: number;
  /** Time for changes that carry none (Word requires a valid date). */
  fallbackTime: string;
  /** Word times of the change times seen so far: a plan repeats a few times thousands of times. */
  times: Map<string, string>;
  /** Relationship id per external link target, added as links are written. */
  links: Map<string, string>;
  /** The numbering instances of the lists written so far. */
  lists: ListNumbering;
}

/** An ISO time as Word writes it (no fractions of a second), or null if it is not a time. */
export function wordTime(time: string): string | null {
  const ms = Date.parse(time);
  if (!time || Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Relationship id of the document's hyperlink to `href`, one per distinct target. */
function linkId(href: string, ctx: WriteContext): string {
  let id = ctx.links.get(href);
  if (id === undefined) {
    id = `rIdLink${ctx.links.size + 1}`;
    ctx.links.set(href, id);
  }
  return id;
}

/** w:rPr for each combination of formatting and link style, built once. */
const RUN_PROPERTIES: string[] = Array.from({ length: 64 }, (_, bits) => {
  const props =
    (bits & 32 ? '<w:rStyle w:val="Hyperlink"/>' : '') +
    (bits & 1 ? '<w:b/><w:bCs/>' : '') +
    (bits & 2 ? '<w:i/><w:iCs/>' : '') +
    (bits & 4 ? '<w:u w:val="single"/>' : '') +
    (bits & 8
      ? '<w:vertAlign w:val="superscript"/>'
      : bits & 16
        ? '<w:vertAlign w:val="subscript"/>'
        : '');
  return props ? `<w:rPr>${props}</w:rPr>` : '';
});

function runProperties(format: RunFormat, linked: boolean): string {
  const bits =
    (format.bold ? 1 : 0) |
    (format.italic ? 2 : 0) |
    (format.underline ? 4 : 0) |
    (format.superscript ? 8 : 0) |
    (format.subscript ? 16 : 0) |
    (linked ? 32 : 0);
  return RUN_PROPERTIES[bits] ?? '';
}

/**
 * Run content for text: Word keeps tabs as w:tab, not as characters inside text, and deleted
 * text goes in w:delText. Never an empty text element.
 */
export function textContent(text: string, deleted = false): string {
  const tag = deleted ? 'w:delText' : 'w:t';
  if (!text.includes('\t')) return text ? textElement(tag, text) : '';
  return text
    .split('\t')
    .map((piece) => (piece ? textElement(tag, piece) : ''))
    .join('<w:tab/>');
}

/** A run wrapped as a tracked insertion or deletion when it carries a change. */
function tracked(run: string, change: ChangeInfo | null, ctx: WriteContext): string {
  if (!change) return run;
  const tag = change.kind === 'insertion' ? 'w:ins' : 'w:del';
  let date = ctx.times.get(change.time);
  if (date === undefined) {
    date = wordTime(change.time) ?? ctx.fallbackTime;
    ctx.times.set(change.time, date);
  }
  return `<${tag} w:id="${ctx.nextId++}" w:author="${escapeAttr(change.author)}" w:date="${date}">${run}</${tag}>`;
}

/** Word puts the reference run right after the range end, each reply on the same words. */
function markers(kind: 'commentStart' | 'commentEnd', thread: string, ctx: WriteContext): string {
  let out = '';
  for (const id of ctx.commentIds.get(thread) ?? []) {
    out +=
      kind === 'commentStart'
        ? `<w:commentRangeStart w:id="${id}"/>`
        : `<w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`;
  }
  return out;
}

/**
 * The runs of a paragraph: formatting, links (consecutive linked runs share one hyperlink),
 * footnote references, comment ranges and tracked changes. Never writes an empty run.
 */
export function writeRuns(runs: readonly Inline[], ctx: WriteContext): string {
  let out = '';
  let href: string | null = null;
  let linked = '';
  const closeLink = () => {
    if (href !== null && linked) {
      out += `<w:hyperlink r:id="${linkId(href, ctx)}" w:history="1">${linked}</w:hyperlink>`;
    }
    href = null;
    linked = '';
  };
  for (const inline of runs) {
    switch (inline.kind) {
      case 'text': {
        const content = textContent(inline.text, inline.change?.kind === 'deletion');
        if (!content) break;
        const run = `<w:r>${runProperties(inline.format, inline.link !== null)}${content}</w:r>`;
        const written = tracked(run, inline.change, ctx);
        if (inline.link === null) {
          closeLink();
          out += written;
        } else {
          if (href !== inline.link) closeLink();
          href = inline.link;
          linked += written;
        }
        break;
      }
      case 'break':
        closeLink();
        out += tracked('<w:r><w:br/></w:r>', inline.change, ctx);
        break;
      case 'footnote':
        closeLink();
        out += `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${inline.footnote}"/></w:r>`;
        break;
      default:
        closeLink();
        out += markers(inline.kind, inline.thread, ctx);
    }
  }
  closeLink();
  return out;
}
