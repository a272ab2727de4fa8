import type { Node } from 'prosemirror-model';
import { blankDocument, newAccordFile } from '../../../shared/document/create';
import { serializeAccordFile } from '../../../shared/document/load';
import { schema } from '../../../shared/schema';

const { nodes } = schema;

/** A paragraph of plain text. */
export const para = (text = 'text') => nodes.paragraph.create(null, schema.text(text));

/** A masthead with every field, empty. */
export const masthead = (): Node => blankDocument().child(0);

/** A document: a masthead followed by the given blocks. */
export const docOf = (...blocks: Node[]): Node => nodes.doc.create(null, [masthead(), ...blocks]);

/** A bullet list nested `depth` lists deep, as ProseMirror JSON. */
export function nestedListJson(depth: number): Record<string, unknown> {
  let list: Record<string, unknown> | null = null;
  for (let i = 0; i < depth; i++) {
    const paragraph = {
      type: 'paragraph',
      content: [{ type: 'text', text: `level ${depth - i}` }],
    };
    list = {
      type: 'bullet_list',
      content: [{ type: 'list_item', content: list ? [paragraph, list] : [paragraph] }],
    };
  }
  return list ?? { type: 'paragraph' };
}

/** A valid file value (a blank document) with `change` applied, for rejection tests. */
export function fileValue(
  change: (file: Record<string, unknown>) => void = () => undefined,
): Record<string, unknown> {
  const file = JSON.parse(serializeAccordFile(newAccordFile(blankDocument()))) as Record<
    string,
    unknown
  >;
  change(file);
  return file;
}

/** The text of {@link fileValue}. */
export const fileText = (change?: (file: Record<string, unknown>) => void): string =>
  JSON.stringify(fileValue(change));

/** A file whose document holds the given top-level block JSON after the masthead. */
export function fileWithBlocks(...blocks: unknown[]): string {
  return fileText((file) => {
    const doc = file.doc as { content: unknown[] };
    doc.content = [doc.content[0], ...blocks];
  });
}

/** Every id attribute in a document, in document order. */
export function idsIn(doc: Node): string[] {
  const ids: string[] = [];
  doc.descendants((node) => {
    if (typeof node.attrs.id === 'string') ids.push(node.attrs.id);
  });
  return ids;
}
