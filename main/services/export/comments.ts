import type { ThreadModel } from '../../../shared/export-model';
import { textContent, wordTime } from './runs';
import { escapeAttr, XML_HEADER, wordPart } from './xml';

/** Word ids per thread (first comment, then replies) and the three comment parts. */
export interface WrittenComments {
  ids: Map<string, number[]>;
  /** Number of Word comments written. */
  count: number;
  /** word/comments.xml */
  comments: string;
  /** word/commentsExtended.xml: replies and resolved state, keyed by paragraph id. */
  extended: string;
  /** word/commentsIds.xml: durable ids, as Word 2016 and later write them. */
  durable: string;
}

/** An 8-digit hex id as Word writes w14:paraId and w16cid:durableId (below 0x7FFFFFFF). */
function hexId(n: number): string {
  return n.toString(16).toUpperCase().padStart(8, '0');
}

/** Word opens a comment with its annotation mark, as it writes them itself. */
const ANNOTATION_MARK =
  '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>';

/**
 * Every comment of every thread as a Word comment: replies point at the thread's first comment
 * (w15:paraIdParent) and a resolved thread marks them all done (w15:done). commentsExtended keys
 * a comment by the w14:paraId of its last paragraph, so every comment paragraph gets one.
 */
export function writeComments(threads: readonly ThreadModel[]): WrittenComments {
  const ids = new Map<string, number[]>();
  let comments = '';
  let extended = '';
  let durable = '';
  let id = 0;
  let paraId = 0;
  // Threads repeat a few times many times over; parsing each once saves most of the work.
  const times = new Map<string, string>();
  for (const thread of threads) {
    const threadIds: number[] = [];
    let parentPara: string | null = null;
    for (const comment of thread.comments) {
      let paragraphs = '';
      let last = '';
      comment.paragraphs.forEach((text, i) => {
        last = hexId(++paraId);
        const run = text ? `<w:r>${textContent(text)}</w:r>` : '';
        paragraphs +=
          `<w:p w14:paraId="${last}" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>` +
          `${i === 0 ? ANNOTATION_MARK : ''}${run}</w:p>`;
      });
      let date = times.get(comment.time);
      if (date === undefined) {
        date = wordTime(comment.time) ?? '';
        times.set(comment.time, date);
      }
      comments +=
        `<w:comment w:id="${id}" w:author="${escapeAttr(comment.author)}"` +
        `${date ? ` w:date="${date}"` : ''} w:initials="${escapeAttr(comment.initials)}">` +
        `${paragraphs}</w:comment>`;
      const parent = parentPara === null ? '' : ` w15:paraIdParent="${parentPara}"`;
      extended += `<w15:commentEx w15:paraId="${last}"${parent} w15:done="${thread.resolved ? 1 : 0}"/>`;
      durable += `<w16cid:commentId w16cid:paraId="${last}" w16cid:durableId="${hexId(0x10000000 + id)}"/>`;
      parentPara ??= last;
      threadIds.push(id++);
    }
    if (threadIds.length > 0) ids.set(thread.id, threadIds);
  }
  return {
    ids,
    count: id,
    comments: wordPart('w:comments', comments),
    extended:
      `${XML_HEADER}<w15:commentsEx xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
      `xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w15">${extended}</w15:commentsEx>`,
    durable:
      `${XML_HEADER}<w16cid:commentsIds xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
      `xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" mc:Ignorable="w16cid">${durable}</w16cid:commentsIds>`,
  };
}
