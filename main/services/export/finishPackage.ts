import { commentIdToParaId, type ICommentOptions } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { wordTime } from './runs';

/** What docx cannot write itself and the package needs. */
export interface PackageFixes {
  created: string;
  modified: string;
  comments: readonly ICommentOptions[];
}

const CX_PART = 'word/commentsExtended.xml';
const CX_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml';
const CX_REL = 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended';

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function setTimestamp(core: string, element: string, time: string): string {
  const value = wordTime(time);
  if (!value) return core;
  const pattern = new RegExp(`(<dcterms:${element}\\b[^>]*>)[^<]*(</dcterms:${element}>)`);
  return core.replace(pattern, `$1${value}$2`);
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

/** Adds commentsExtended with its relationship and content type when docx left it out. */
function addCommentsExtended(
  files: Record<string, Uint8Array>,
  comments: readonly ICommentOptions[],
) {
  const types = files['[Content_Types].xml'];
  const rels = files['word/_rels/document.xml.rels'];
  if (!types || !rels)
    throw new RangeError('docx wrote a package without content types or relationships');
  files[CX_PART] = strToU8(commentsExtendedXml(comments));
  const override = `<Override PartName="/${CX_PART}" ContentType="${CX_TYPE}"/>`;
  files['[Content_Types].xml'] = strToU8(
    strFromU8(types).replace('</Types>', `${override}</Types>`),
  );
  const relsText = strFromU8(rels);
  let n = 1;
  while (relsText.includes(`Id="rIdAccord${n}"`)) n++;
  const rel = `<Relationship Id="rIdAccord${n}" Type="${escapeAttr(CX_REL)}" Target="commentsExtended.xml"/>`;
  files['word/_rels/document.xml.rels'] = strToU8(
    relsText.replace('</Relationships>', `${rel}</Relationships>`),
  );
}

/**
 * Finishes a package docx wrote: the document's own created and modified times in
 * docProps/core.xml (docx stamps both with now), comment dates in whole seconds, and the
 * commentsExtended part, which docx only writes when some comment has a reply, so a lone
 * resolved comment keeps its state.
 */
export function finishPackage(bytes: Uint8Array, fixes: PackageFixes): Uint8Array {
  // Word lists the content types first; readers that stream the zip expect it there.
  const { '[Content_Types].xml': types, ...rest } = unzipSync(bytes);
  const files: Record<string, Uint8Array> = types
    ? { '[Content_Types].xml': types, ...rest }
    : rest;
  const core = files['docProps/core.xml'];
  if (core) {
    let text = strFromU8(core);
    text = setTimestamp(text, 'created', fixes.created);
    text = setTimestamp(text, 'modified', fixes.modified);
    files['docProps/core.xml'] = strToU8(text);
  }
  const comments = files['word/comments.xml'];
  if (comments) {
    // docx writes comment dates with milliseconds; Word writes whole seconds.
    const text = strFromU8(comments).replace(/( w:date="[^".]+)\.\d+Z"/g, '$1Z"');
    files['word/comments.xml'] = strToU8(text);
  }
  if (fixes.comments.length > 0 && !files[CX_PART]) addCommentsExtended(files, fixes.comments);
  return zipSync(files, { level: 6 });
}
