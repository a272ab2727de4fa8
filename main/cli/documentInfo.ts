import { mastheadValue } from '../../shared/document/create';
import type { LoadedDocument } from '../../shared/document/load';
import { wordsIn } from '../../shared/document/wordCount';

/** The figures `accord info` prints about a document. */
export interface DocumentInfo {
  title: string;
  /** The masthead's document symbol, e.g. "UNTFSSE/2025/1". */
  symbol: string;
  words: number;
  /** Main paragraphs (1., 2., ...): the number the last one carries; (a) and (i) are not counted. */
  numberedParagraphs: number;
  /** Headings at every level of the ladder (I., A., 1., (a), (i)). */
  sections: number;
  actionRecords: number;
  /** Comment threads, open or resolved, attached or detached. */
  comments: number;
  versions: number;
}

/** Counts what `accord info` reports; headings, paragraphs and actions only occur at top level. */
export function documentInfo({ file, doc }: LoadedDocument): DocumentInfo {
  let numberedParagraphs = 0;
  let sections = 0;
  let actionRecords = 0;
  doc.forEach((block) => {
    const name = block.type.name;
    if (name === 'numbered_paragraph' && block.attrs.level === 0) numberedParagraphs++;
    else if (name === 'heading') sections++;
    else if (name === 'action_record') actionRecords++;
  });
  return {
    title: mastheadValue(doc, 'title') || file.meta.title,
    symbol: mastheadValue(doc, 'symbol'),
    words: wordsIn(doc),
    numberedParagraphs,
    sections,
    actionRecords,
    comments: file.comments.length,
    versions: file.versions.list.length,
  };
}
