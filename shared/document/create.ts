import type { Node } from 'prosemirror-model';
import { schema, MASTHEAD_FIELDS } from '../schema';
import type { AccordFile } from './fileSchema';
import { APP_VERSION, FORMAT, FORMAT_VERSION } from './format';
import { newId } from './ids';

/** A blank action plan: an empty masthead and one numbered paragraph. */
export function blankDocument(): Node {
  const { nodes } = schema;
  return nodes.doc.create(null, [
    nodes.masthead.create(
      { id: newId() },
      MASTHEAD_FIELDS.map((f) => nodes.masthead_field.create({ id: newId(), field: f.key })),
    ),
    nodes.numbered_paragraph.create({ id: newId() }),
  ]);
}

/** The text of a masthead field, or '' when the document has none. */
export function mastheadValue(doc: Node, field: string): string {
  const masthead = doc.firstChild;
  if (masthead?.type.name !== 'masthead') return '';
  let value = '';
  masthead.forEach((child) => {
    if (child.attrs.field === field && !value) value = child.textContent;
  });
  return value;
}

/** Wraps a document tree as a new .accord file with a fresh document id. */
export function newAccordFile(doc: Node, now: Date = new Date()): AccordFile {
  const time = now.toISOString();
  return {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    documentId: newId(),
    meta: {
      title: mastheadValue(doc, 'title'),
      created: time,
      modified: time,
      appVersion: APP_VERSION,
    },
    doc: doc.toJSON() as Record<string, unknown>,
    comments: [],
    versions: { blocks: {}, list: [] },
    review: null,
  };
}

/** The same file with a new document tree and modification time. */
export function withDocument(file: AccordFile, doc: Node, now: Date = new Date()): AccordFile {
  return {
    ...file,
    meta: {
      ...file.meta,
      title: mastheadValue(doc, 'title'),
      modified: now.toISOString(),
      appVersion: APP_VERSION,
    },
    doc: doc.toJSON() as Record<string, unknown>,
  };
}
