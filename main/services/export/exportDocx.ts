import type { Node } from 'prosemirror-model';
import type { AccordFile } from '../../../shared/document/fileSchema';
import { buildExportModel } from '../../../shared/export-model';
import { houseStyle } from '../../../resources/styles/houseStyle';
import { writeFileAtomic } from '../atomicWrite';
import { writeDocument } from './document';
import { packageDocx } from './package';

/** What to export and what to include besides the text. */
export interface ExportDocxInput {
  file: AccordFile;
  doc: Node;
  options: {
    /** Native Word comments with replies and resolved state. */
    comments: boolean;
    /** Suggestions as Word tracked changes; without it the text reads as if all were accepted. */
    changes: boolean;
    /** A table of contents field (headings 1–3) before the body. */
    tableOfContents?: boolean;
  };
}

/**
 * The .docx bytes of a document in the house style. Throws only on a bug: every document that
 * loads exports.
 */
export async function exportDocx(input: ExportDocxInput): Promise<Uint8Array> {
  const { comments, changes, tableOfContents = false } = input.options;
  const model = buildExportModel(input.doc, input.file, { comments, changes });
  const parts = writeDocument(model, houseStyle, { tableOfContents });
  return Promise.resolve(packageDocx(parts, model.properties, houseStyle));
}

/** Writes export bytes so that a failure leaves no partial .docx (temp file, then rename). */
export async function writeDocxAtomic(path: string, bytes: Uint8Array): Promise<void> {
  await writeFileAtomic(path, bytes);
}
