import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  ExternalHyperlink,
  FootnoteReferenceRun,
  InsertedTextRun,
  Tab,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { ChangeInfo, Inline, RunFormat } from '../../../shared/export-model';
import type { HouseStyle } from '../../../resources/styles/houseStyle';

/** State shared by everything written into one document. */
export interface WriteContext {
  house: HouseStyle;
  /** Word comment ids per thread: the first comment, then each reply. */
  commentIds: Map<string, number[]>;
  /** Next w:ins / w:del id; starts after the comment ids so no two annotations share one. */
  nextRevision: number;
  /** Time for changes that carry none (Word requires a valid date). */
  fallbackTime: string;
}

/** An ISO time as Word writes it (no fractions of a second), or null if it is not a time. */
export function wordTime(time: string): string | null {
  const ms = Date.parse(time);
  if (!time || Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function formatOptions(format: RunFormat) {
  return {
    bold: format.bold || undefined,
    italics: format.italic || undefined,
    underline: format.underline ? {} : undefined,
    superScript: format.superscript || undefined,
    subScript: format.subscript || undefined,
  };
}

/** A run, tracked as inserted or deleted when it carries a change. */
function run(options: IRunOptions, change: ChangeInfo | null, ctx: WriteContext): ParagraphChild {
  if (!change) return new TextRun(options);
  const tracked = {
    ...options,
    id: ctx.nextRevision++,
    author: change.author,
    date: wordTime(change.time) ?? ctx.fallbackTime,
  };
  return change.kind === 'insertion' ? new InsertedTextRun(tracked) : new DeletedTextRun(tracked);
}

function markers(
  kind: 'commentStart' | 'commentEnd',
  thread: string,
  ctx: WriteContext,
): ParagraphChild[] {
  const ids = ctx.commentIds.get(thread) ?? [];
  if (kind === 'commentStart') return ids.map((id) => new CommentRangeStart(id));
  // Word puts the reference run right after the range end, each reply on the same words.
  return ids.flatMap((id) => [
    new CommentRangeEnd(id),
    new TextRun({ style: 'CommentReference', children: [new CommentReference(id)] }),
  ]);
}

/**
 * The runs of a paragraph: formatting, links (consecutive linked runs share one hyperlink),
 * footnote references, comment ranges and tracked changes. Never writes an empty run.
 */
export function writeRuns(runs: readonly Inline[], ctx: WriteContext): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const link = { href: null as string | null, children: [] as ParagraphChild[] };
  const closeLink = () => {
    if (link.href !== null && link.children.length > 0) {
      out.push(new ExternalHyperlink({ link: link.href, children: link.children }));
    }
    link.href = null;
    link.children = [];
  };
  for (const inline of runs) {
    switch (inline.kind) {
      case 'text': {
        if (!inline.text) break;
        // Word keeps tabs as <w:tab/>, not as characters inside text.
        const pieces = inline.text.split('\t');
        const content =
          pieces.length === 1
            ? { text: inline.text }
            : {
                children: pieces
                  .flatMap((piece, i) => (i > 0 ? [new Tab(), piece] : [piece]))
                  .filter((c) => c !== ''),
              };
        const child = run(
          {
            ...content,
            style: inline.link ? 'Hyperlink' : undefined,
            ...formatOptions(inline.format),
          },
          inline.change,
          ctx,
        );
        if (inline.link === null) {
          closeLink();
          out.push(child);
        } else {
          if (link.href !== inline.link) closeLink();
          link.href = inline.link;
          link.children.push(child);
        }
        break;
      }
      case 'break':
        closeLink();
        out.push(run({ break: 1 }, inline.change, ctx));
        break;
      case 'footnote':
        closeLink();
        out.push(new FootnoteReferenceRun(inline.footnote));
        break;
      default:
        closeLink();
        out.push(...markers(inline.kind, inline.thread, ctx));
    }
  }
  closeLink();
  return out;
}
