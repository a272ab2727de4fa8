import {
  Document,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
  type ICommentOptions,
} from 'docx';
import type { ExportModel } from '../../../shared/export-model';
import type { HouseStyle } from '../../../resources/styles/houseStyle';
import { writeBlocks } from './blocks';
import { writeComments } from './comments';
import { headersAndFooters, writeMasthead } from './masthead';
import { NUMBERED_STYLES, numberingDefinitions } from './numbering';
import { writeRuns, wordTime, type WriteContext } from './runs';
import { buildStyles, twips } from './styles';

/** Writer options beyond the model. */
export interface DocumentOptions {
  tableOfContents: boolean;
}

function tableOfContents(): FileChild[] {
  return [
    new Paragraph({ style: 'TOCHeading', children: [new TextRun('Contents')] }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3' }),
  ];
}

/** A docx Document and the comments written into it. */
export interface BuiltDocument {
  document: Document;
  comments: ICommentOptions[];
}

/**
 * The docx Document for a model, in the house style: A4, masthead on a first page with its own
 * (empty) header and footer, then the summary, an optional contents field and the body.
 */
export function buildDocument(
  model: ExportModel,
  house: HouseStyle,
  options: DocumentOptions,
): BuiltDocument {
  // The contents field bookmarks headings with ids from 1; comments and changes come after.
  const headings = [...(model.summary ?? []), ...model.body].filter((b) => b.kind === 'heading');
  const firstCommentId = headings.length + 1;
  const written = writeComments(model.threads, firstCommentId);
  const ctx: WriteContext = {
    house,
    commentIds: written.ids,
    nextRevision: firstCommentId + written.comments.length,
    fallbackTime: wordTime(model.properties.modified) ?? '1970-01-01T00:00:00Z',
  };
  const children: FileChild[] = writeMasthead(model, ctx);
  if (model.summary) {
    children.push(new Paragraph({ style: 'SummaryHeading', children: [new TextRun('Summary')] }));
    children.push(...writeBlocks(model.summary, ctx));
  }
  if (options.tableOfContents) children.push(...tableOfContents());
  children.push(...writeBlocks(model.body, ctx));

  const footnotes: Record<string, { children: Paragraph[] }> = {};
  for (const note of model.footnotes) {
    footnotes[String(note.id)] = {
      children: [new Paragraph({ style: 'FootnoteText', children: writeRuns(note.runs, ctx) })],
    };
  }
  const { page } = house;
  const document = new Document({
    title: model.properties.title,
    subject: model.properties.subject,
    creator: model.properties.creator,
    lastModifiedBy: model.properties.creator,
    styles: buildStyles(house, NUMBERED_STYLES),
    numbering: { config: numberingDefinitions(house) },
    comments: { children: written.comments },
    footnotes,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twips(page.width), height: twips(page.height) },
            margin: {
              top: twips(page.top),
              bottom: twips(page.bottom),
              left: twips(page.left),
              right: twips(page.right),
              header: twips(page.header),
              footer: twips(page.footer),
            },
          },
        },
        ...headersAndFooters(model),
        children,
      },
    ],
  });
  return { document, comments: written.comments };
}
