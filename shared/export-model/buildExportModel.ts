import type { Node } from 'prosemirror-model';
import { mastheadValue } from '../document/create';
import type { AccordFile } from '../document/fileSchema';
import { numberDocument } from '../document/numbering';
import type { MastheadFieldKey } from '../schema';
import { findCommentAnchors } from './anchors';
import { convertBlock, paragraphsIn, type BlockContext } from './blocks';
import { convertInlines, runsText, xmlSafe } from './inline';
import { buildThreads } from './threads';
import type { Block, ExportModel, ExportOptions, MastheadLine } from './types';

function masthead(node: Node, pos: number, ctx: BlockContext): MastheadLine[] {
  const lines: MastheadLine[] = [];
  node.forEach((field, offset) => {
    const runs = convertInlines(field, pos + 1 + offset, ctx);
    lines.push({ field: field.attrs.field as MastheadFieldKey, text: runsText(runs), runs });
  });
  return lines;
}

/**
 * Turns a document and its file into the Word-oriented export model. Pure: the same input gives
 * the same model. With `comments`, every thread that has comments gets a place (detached ones at
 * their block or the start of the body); with `changes`, suggestions become tracked insertions
 * and deletions, and without it the text reads as if every suggestion were accepted.
 */
export function buildExportModel(doc: Node, file: AccordFile, options: ExportOptions): ExportModel {
  const labels = numberDocument(doc);
  const anchors = options.comments ? findCommentAnchors(doc, file.comments) : null;
  const ctx: BlockContext = { options, anchors, footnotes: [], nextListId: 1 };
  let lines: MastheadLine[] = [];
  let summary: Block[] | null = null;
  const body: Block[] = [];
  doc.forEach((child, offset, index) => {
    if (child.type.name === 'masthead') lines = masthead(child, offset, ctx);
    else if (child.type.name === 'summary') summary = paragraphsIn(child, offset, ctx);
    else body.push(...convertBlock(child, offset, labels[index] ?? null, ctx));
  });
  const field = (key: string) => xmlSafe(mastheadValue(doc, key)).replace(/\s+/g, ' ').trim();
  return {
    properties: {
      title: field('title') || xmlSafe(file.meta.title),
      subject: field('symbol'),
      creator: field('body') || 'Accord',
      created: file.meta.created,
      modified: file.meta.modified,
    },
    masthead: lines,
    summary,
    body,
    footnotes: ctx.footnotes,
    threads: anchors ? buildThreads(file.comments, anchors) : [],
  };
}
