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

/** Character formatting from a node's marks. */
export function formatOf(marks: readonly Mark[]): RunFormat {
  const has = (name: string) => marks.some((m) => m.type.name === name);
  return {
    bold: has('strong'),
    italic: has('em'),
    underline: has('underline'),
    superscript: has('superscript'),
    subscript: has('subscript'),
  };
}

function linkOf(marks: readonly Mark[]): string | null {
  const link = marks.find((m) => m.type.name === 'link');
  return link ? (link.attrs.href as string) : null;
}

function changeOf(marks: readonly Mark[]): ChangeInfo | null {
  for (const mark of marks) {
    const name = mark.type.name;
    if (name === 'insertion' || name === 'deletion') {
      return {
        kind: name,
        author: (mark.attrs.author as string) || 'Unknown',
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
    if (node.text) {
      pushText(out, {
        kind: 'text',
        text: node.text,
        format: formatOf(node.marks),
        link: linkOf(node.marks),
        change,
      });
    }
  } else if (node.type.name === 'hard_break') {
    out.push({ kind: 'break', change });
  } else if (node.type.name === 'footnote') {
    const id = ctx.footnotes.length + 1;
    const note: FootnoteModel = { id, runs: [] };
    // Reserve the number before converting, so notes stay in reference order.
    ctx.footnotes.push(note);
    note.runs = convertInlines(node, -1, { ...ctx, anchors: null });
    out.push({ kind: 'footnote', footnote: id, format: formatOf(node.marks), change });
  } else if (node.textContent) {
    // An inline node this exporter does not know yet still keeps its words.
    pushText(out, {
      kind: 'text',
      text: node.textContent,
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
