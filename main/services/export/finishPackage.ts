import { commentIdToParaId, type ICommentOptions } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ExportProperties } from '../../../shared/export-model';
import { wordTime } from './runs';

const CX_PART = 'word/commentsExtended.xml';
const CX_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml';
const CX_REL = 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended';

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * docProps/core.xml with the document's own times (docx would stamp both with now), passed to
 * the packer as an override so the package is zipped once.
 */
export function coreXml(props: ExportProperties): string {
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const text = (tag: string, value: string) =>
    value ? `<${tag}>${escapeText(value)}</${tag}>` : '';
  const time = (tag: string, value: string) =>
    `<${tag} xsi:type="dcterms:W3CDTF">${wordTime(value) ?? now}</${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    text('dc:title', props.title) +
    text('dc:subject', props.subject) +
    text('dc:creator', props.creator) +
    text('cp:lastModifiedBy', props.creator) +
    '<cp:revision>1</cp:revision>' +
    time('dcterms:created', props.created) +
    time('dcterms:modified', props.modified) +
    '</cp:coreProperties>'
  );
}

/**
 * Word's commentsExtended part, written as Word writes it: one w15:commentEx per comment, keyed
 * by the w14:paraId of its last paragraph, with its parent and whether it is done.
 */
export function commentsExtendedXml(comments: readonly ICommentOptions[]): string {
  const entries = comments.map((c) => {
    const parent =
      c.parentId === undefined ? '' : ` w15:paraIdParent="${commentIdToParaId(c.parentId)}"`;
    return `<w15:commentEx w15:paraId="${commentIdToParaId(c.id)}"${parent} w15:done="${c.resolved ? 1 : 0}"/>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w15:commentsEx xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w15">' +
    entries.join('') +
    '</w15:commentsEx>'
  );
}

/** Whether docx left commentsExtended out: it writes it only when some comment is a reply. */
export function lacksCommentsExtended(comments: readonly ICommentOptions[]): boolean {
  return comments.length > 0 && comments.every((c) => c.parentId === undefined);
}

/**
 * Adds commentsExtended, its relationship and its content type to a package docx wrote without
 * them, so that a resolved comment without replies stays resolved in Word.
 */
export function addCommentsExtended(
  bytes: Uint8Array,
  comments: readonly ICommentOptions[],
): Uint8Array {
  const files = unzipSync(bytes);
  const types = files['[Content_Types].xml'];
  const rels = files['word/_rels/document.xml.rels'];
  if (!types || !rels) {
    throw new RangeError('docx wrote a package without content types or relationships');
  }
  if (files[CX_PART]) return bytes;
  files[CX_PART] = strToU8(commentsExtendedXml(comments));
  const override = `<Override PartName="/${CX_PART}" ContentType="${CX_TYPE}"/>`;
  files['[Content_Types].xml'] = strToU8(
    strFromU8(types).replace('</Types>', `${override}</Types>`),
  );
  const relsText = strFromU8(rels);
  let n = 1;
  while (relsText.includes(`Id="rIdAccord${n}"`)) n++;
  const rel = `<Relationship Id="rIdAccord${n}" Type="${CX_REL}" Target="commentsExtended.xml"/>`;
  files['word/_rels/document.xml.rels'] = strToU8(
    relsText.replace('</Relationships>', `${rel}</Relationships>`),
  );
  return zipSync(files, { level: 6 });
}
