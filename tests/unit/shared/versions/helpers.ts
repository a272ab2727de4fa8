import type { Node } from 'prosemirror-model';
import type { AccordFile } from '../../../../shared/document/fileSchema';
import { schema } from '../../../../shared/schema';
import { saveVersion } from '../../../../shared/versions/store';

/** Shared fixtures for the version tests. */
export const author = { name: 'Ana Ruiz', initials: 'AR', organization: 'ILO' };

export function at(minute: number): Date {
  return new Date(Date.UTC(2025, 2, 14, 9, minute));
}

/** Saves a manual version named `name` at minute `minute`. */
export function save(file: AccordFile, doc: Node, name: string, minute = 0) {
  return saveVersion(file, doc, { name, note: '', author, reason: 'manual', now: at(minute) });
}

/** The document with top-level block `index` given new text (same id and type). */
export function retext(doc: Node, index: number, text: string): Node {
  const child = doc.child(index);
  return doc.copy(
    doc.content.replaceChild(index, child.type.create(child.attrs, schema.text(text))),
  );
}

/** Indexes of the numbered paragraphs of a document. */
export function paragraphIndexes(doc: Node): number[] {
  const out: number[] = [];
  doc.forEach((child, _offset, index) => {
    if (child.type.name === 'numbered_paragraph') out.push(index);
  });
  return out;
}

/** The same file as read back from disk: fresh objects, no shared caches. */
export function reread(file: AccordFile): AccordFile {
  return JSON.parse(JSON.stringify(file)) as AccordFile;
}
