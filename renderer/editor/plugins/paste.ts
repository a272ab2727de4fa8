import { Fragment, Slice } from 'prosemirror-model';
import type { ResolvedPos } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import { schema } from '../../../shared/schema';
import { cleanPastedHtml } from '../pasteHtml';

const pasteKey = new PluginKey('paste');
const { nodes } = schema;

/**
 * Pasted plain text as a slice: paragraphs split on blank lines, line breaks inside a paragraph
 * read as spaces. Body text pasted into a numbered paragraph stays numbered at its level.
 */
export function plainTextSlice(text: string, $context: ResolvedPos): Slice {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n\s*/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter((block) => block.length > 0);
  if (!blocks.length) return Slice.empty;
  const marks = $context.marks();
  const parent = $context.parent;
  if (parent.type === nodes.masthead_field) {
    // Masthead fields hold one line of text: take it joined.
    return new Slice(Fragment.from(schema.text(blocks.join(' '), marks)), 0, 0);
  }
  const body =
    !parent.isTextblock ||
    parent.type === nodes.numbered_paragraph ||
    parent.type === nodes.heading;
  const type = body ? nodes.numbered_paragraph : nodes.paragraph;
  const attrs =
    parent.type === nodes.numbered_paragraph ? { level: parent.attrs.level as number } : null;
  const content = blocks.map((block) => type.create(attrs, schema.text(block, marks)));
  if (!parent.isTextblock) return new Slice(Fragment.from(content), 0, 0);
  return new Slice(Fragment.from(content), 1, 1);
}

/** Cleans pasted HTML (Word, web pages) and splits pasted plain text into paragraphs. */
export function pastePlugin(): Plugin {
  return new Plugin({
    key: pasteKey,
    props: {
      transformPastedHTML: (html) => cleanPastedHtml(html),
      clipboardTextParser: (text, $context) => plainTextSlice(text, $context),
    },
  });
}
