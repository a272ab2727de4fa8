import type { Block, ExportModel, HeadingBlock, Inline } from '../../../shared/export-model';
import type { HouseStyle } from '../../../resources/styles/houseStyle';
import { paragraphXml, plainRun, textWidth, writeBlocks, type HeadingBookmarks } from './blocks';
import { writeComments, type WrittenComments } from './comments';
import { headersAndFooters, writeMasthead, type HeaderFooterParts } from './masthead';
import { newListNumbering, numberingXml } from './numbering';
import { wordTime, writeRuns, type WriteContext } from './runs';
import { twips } from './styles';
import { wordPart } from './xml';

/** Writer options beyond the model. */
export interface DocumentOptions {
  tableOfContents: boolean;
}

/** The parts of word/ that depend on the document, as XML text. */
export interface DocumentParts {
  document: string;
  numbering: string;
  footnotes: string;
  headers: HeaderFooterParts;
  /** Null when the export has no comments. */
  comments: WrittenComments | null;
  /** External hyperlink targets with their relationship ids. */
  links: Map<string, string>;
}

/** Relationship ids of the header and footer parts, used by sectPr and document.xml.rels. */
export const HEADER_FOOTER_RELS = {
  header: 'rIdHeader1',
  firstHeader: 'rIdHeader2',
  footer: 'rIdFooter1',
  firstFooter: 'rIdFooter2',
} as const;

/** Visible text of a heading for its contents entry (deleted words left out). */
function entryText(runs: readonly Inline[]): string {
  let text = '';
  for (const run of runs) {
    if (run.kind === 'text' && run.change?.kind !== 'deletion') text += run.text;
  }
  return text.replace(/\s+/g, ' ').trim();
}

const field = (instruction: string) =>
  `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`;
const FIELD_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';

/**
 * A TOC field over headings 1–3, filled with one linked entry per heading (bookmarked _TocN) so
 * it reads right before Word updates it; the field is marked dirty so Word adds page numbers.
 */
function tableOfContents(
  blocks: readonly Block[],
  ctx: WriteContext,
): { xml: string; bookmarks: HeadingBookmarks } {
  const bookmarks: HeadingBookmarks = new Map();
  const headings = blocks.filter((b): b is HeadingBlock => b.kind === 'heading' && b.level <= 3);
  const tab = `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${textWidth(ctx)}"/></w:tabs>`;
  let entries = '';
  headings.forEach((h, i) => {
    const name = `_Toc${i + 1}`;
    bookmarks.set(h, name);
    const link =
      `<w:hyperlink w:anchor="${name}" w:history="1">${plainRun(entryText(h.runs))}<w:r><w:tab/></w:r>` +
      `${field(`PAGEREF ${name} \\h`)}${FIELD_END}</w:hyperlink>`;
    const begin = i === 0 ? field('TOC \\h \\o &quot;1-3&quot;') : '';
    entries += paragraphXml(`TOC${Math.max(1, h.level)}`, begin + link, tab);
  });
  if (!entries) entries = paragraphXml('TOC1', field('TOC \\h \\o &quot;1-3&quot;'), tab);
  const xml =
    paragraphXml('TOCHeading', plainRun('Contents')) +
    '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>' +
    `<w:sdtContent>${entries}<w:p>${FIELD_END}</w:p></w:sdtContent></w:sdt>`;
  return { xml, bookmarks };
}

function sectionProperties(house: HouseStyle): string {
  const { page } = house;
  const rel = HEADER_FOOTER_RELS;
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="${rel.header}"/><w:headerReference w:type="first" r:id="${rel.firstHeader}"/>` +
    `<w:footerReference w:type="default" r:id="${rel.footer}"/><w:footerReference w:type="first" r:id="${rel.firstFooter}"/>` +
    `<w:pgSz w:w="${twips(page.width)}" w:h="${twips(page.height)}"/>` +
    `<w:pgMar w:top="${twips(page.top)}" w:right="${twips(page.right)}" w:bottom="${twips(page.bottom)}" w:left="${twips(page.left)}" ` +
    `w:header="${twips(page.header)}" w:footer="${twips(page.footer)}" w:gutter="0"/>` +
    '<w:cols w:space="720"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}

/** footnotes.xml: Word's two separators, then each note after its reference mark. */
function footnotesXml(model: ExportModel, ctx: WriteContext): string {
  let notes =
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>' +
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';
  for (const note of model.footnotes) {
    const mark = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>';
    notes += `<w:footnote w:id="${note.id}">${paragraphXml('FootnoteText', mark + writeRuns(note.runs, ctx))}</w:footnote>`;
  }
  return wordPart('w:footnotes', notes);
}

/**
 * The document's own parts in the house style: A4, masthead on a first page with its own (empty)
 * header and footer, then the summary, an optional contents field and the body; footnotes,
 * comments and numbering instances as the text refers to them.
 */
export function writeDocument(
  model: ExportModel,
  house: HouseStyle,
  options: DocumentOptions,
): DocumentParts {
  const comments = model.threads.length > 0 ? writeComments(model.threads) : null;
  const ctx: WriteContext = {
    house,
    commentIds: comments?.ids ?? new Map<string, number[]>(),
    nextId: comments?.count ?? 0,
    fallbackTime: wordTime(model.properties.modified) ?? '1970-01-01T00:00:00Z',
    times: new Map(),
    links: new Map(),
    lists: newListNumbering(),
  };
  let body = writeMasthead(model, ctx);
  if (model.summary) {
    body += paragraphXml('SummaryHeading', plainRun('Summary'));
    body += writeBlocks(model.summary, ctx);
  }
  let bookmarks: HeadingBookmarks | undefined;
  if (options.tableOfContents) {
    const toc = tableOfContents(model.body, ctx);
    body += toc.xml;
    bookmarks = toc.bookmarks;
  }
  body += writeBlocks(model.body, ctx, bookmarks);
  body += sectionProperties(house);
  const footnotes = footnotesXml(model, ctx);
  return {
    document: wordPart('w:document', `<w:body>${body}</w:body>`),
    numbering: numberingXml(house, ctx.lists),
    footnotes,
    headers: headersAndFooters(model),
    comments,
    links: ctx.links,
  };
}
