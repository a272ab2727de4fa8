import type { Mark, Node } from 'prosemirror-model';
import type { CommentAnchors } from './anchors';
import type {
  ChangeInfo,
  ExportOptions,
  FootnoteModel,
  Inline,
  RunFormat,
  TextInline,
} from './types';

/** What inline conversion needs from the whole export. */
export interface InlineContext {
  options: ExportOptions;
  /** Null when comments are left out, and inside footnotes. */
  anchors: CommentAnchors | null;
  /** Footnotes collected so far; a new one is numbered after them. */
  footnotes: FootnoteModel[];
}

/**
 * Anything but the characters that are always safe: so controls, surrogates (safe only in
 * pairs) and U+FFFE/U+FFFF.
 */
const MAYBE_UNSAFE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/;

/**
 * Text without the characters a .docx part cannot contain (controls other than tab and line
 * ends, U+FFFE/U+FFFF, lone surrogates), so that any document exports.
 */
export function xmlSafe(text: string): string {
  // Nearly all text is clean: one native scan instead of a loop over every character.
  if (!MAYBE_UNSAFE.test(text)) return text;
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let bad = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      bad = true;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      bad = true;
    }
    if (bad) {
      out += text.slice(start, i);
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}

/** Character formatting from a node's marks. */
export function formatOf(marks: readonly Mark[]): RunFormat {
  const format: RunFormat = {
    bold: false,
    italic: false,
    underline: false,
    superscript: false,
    subscript: false,
  };
  for (const mark of marks) {
    const name = mark.type.name;
    if (name === 'strong') format.bold = true;
    else if (name === 'em') format.italic = true;
    else if (name === 'underline') format.underline = true;
    else if (name === 'superscript') format.superscript = true;
    else if (name === 'subscript') format.subscript = true;
  }
  return format;
}

function linkOf(marks: readonly Mark[]): string | null {
  const link = marks.find((m) => m.type.name === 'link');
  const href = link ? xmlSafe(link.attrs.href as string).trim() : '';
  return href || null;
}

function changeOf(marks: readonly Mark[]): ChangeInfo | null {
  for (const mark of marks) {
    const name = mark.type.name;
    if (name === 'insertion' || name === 'deletion') {
      return {
        kind: name,
        author: xmlSafe(mark.attrs.author as string) || 'Unknown',
        time: mark.attrs.time as string,
      };
    }
  }
  return null;
}

function sameFormat(a: RunFormat, b: RunFormat): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.superscript === b.superscript &&
    a.subscript === b.subscript
  );
}

function sameChange(a: ChangeInfo | null, b: ChangeInfo | null): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && a.author === b.author && a.time === b.time;
}

/** Appends text, joining it to the previous run when nothing but a comment id tells them apart. */
function pushText(out: Inline[], next: TextInline): void {
  const prev = out[out.length - 1];
  if (
    prev?.kind === 'text' &&
    prev.link === next.link &&
    sameFormat(prev.format, next.format) &&
    sameChange(prev.change, next.change)
  ) {
    prev.text += next.text;
  } else {
    out.push(next);
  }
}

function pushMarkers(out: Inline[], kind: 'commentStart' | 'commentEnd', ids?: string[]): void {
  for (const thread of ids ?? []) out.push({ kind, thread });
}

/** One inline node's content (no comment markers). */
function convertNode(node: Node, ctx: InlineContext, out: Inline[]): void {
  const dropped = !ctx.options.changes && node.marks.some((m) => m.type.name === 'deletion');
  if (dropped) return;
  const change = ctx.options.changes ? changeOf(node.marks) : null;
  if (node.isText) {
    const text = xmlSafe(node.text ?? '');
    const format = formatOf(node.marks);
    const link = linkOf(node.marks);
    // A newline inside Word text is not a line break (and some Word versions reject it).
    const lines = text.includes('\n') || text.includes('\r') ? text.split(/\r\n|\r|\n/) : [text];
    lines.forEach((line, i) => {
      if (i > 0) out.push({ kind: 'break', change });
      if (line) pushText(out, { kind: 'text', text: line, format, link, change });
    });
  } else if (node.type.name === 'hard_break') {
    out.push({ kind: 'break', change });
  } else if (node.type.name === 'footnote') {
    const id = ctx.footnotes.length + 1;
    const note: FootnoteModel = { id, runs: [] };
    // Reserve the number before converting, so notes stay in reference order.
    ctx.footnotes.push(note);
    note.runs = convertInlines(node, -1, { ...ctx, anchors: null });
    out.push({ kind: 'footnote', footnote: id, format: formatOf(node.marks), change });
  } else if (xmlSafe(node.textContent)) {
    // An inline node this exporter does not know yet still keeps its words.
    pushText(out, {
      kind: 'text',
      text: xmlSafe(node.textContent).replace(/[\r\n]+/g, ' '),
      format: formatOf(node.marks),
      link: null,
      change,
    });
  }
}

/**
 * The runs of a textblock (or footnote) at absolute position `pos`, with comment markers where
 * the anchors say. Deleted text is left out unless changes are included.
 */
export function convertInlines(block: Node, pos: number, ctx: InlineContext): Inline[] {
  const out: Inline[] = [];
  const anchors = ctx.anchors;
  if (anchors) {
    for (const thread of anchors.detachedAt.get(pos) ?? []) {
      out.push({ kind: 'commentStart', thread }, { kind: 'commentEnd', thread });
    }
  }
  block.forEach((child, offset) => {
    const childPos = pos + 1 + offset;
    pushMarkers(out, 'commentStart', anchors?.startsAt.get(childPos));
    convertNode(child, ctx, out);
    pushMarkers(out, 'commentEnd', anchors?.endsAfter.get(childPos));
  });
  return out;
}

/** The plain text of some runs, as a reader would see it (deletions included). */
export function runsText(runs: readonly Inline[]): string {
  let text = '';
  for (const run of runs) {
    if (run.kind === 'text') text += run.text;
    else if (run.kind === 'break') text += '\n';
  }
  return text;
}
