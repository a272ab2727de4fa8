import fc from 'fast-check';
import type { AccordFile } from '../../../shared/document/fileSchema';
import { APP_VERSION, FORMAT, FORMAT_VERSION } from '../../../shared/document/format';
import { ACTION_FIELDS, ACTION_STATUSES, MASTHEAD_FIELDS } from '../../../shared/schema';

/** A ProseMirror node or mark as it appears in an .accord file. */
export interface JsonNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
  marks?: JsonNode[];
  text?: string;
}

const node = (type: string, attrs?: Record<string, unknown>, content?: JsonNode[]): JsonNode => ({
  type,
  ...(attrs ? { attrs } : {}),
  ...(content && content.length ? { content } : {}),
});

/** Mostly readable text, sometimes any code points (lone surrogates, controls, RTL marks). */
const textArb = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }) },
);

const hrefArb = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('mailto:focal.point@un.org', 'HTTP://EXAMPLE.ORG', 'https://un.org/a?b=c#d'),
);

const shortId = fc.stringMatching(/^[a-z0-9]{4,10}$/);

/**
 * The marks of one text node: at most one of each kind, in any order (the loader sorts them), with
 * the schema's exclusions respected (superscript or subscript, insertion or deletion).
 */
const marksArb: fc.Arbitrary<JsonNode[]> = fc
  .record({
    link: fc.option(fc.record({ href: hrefArb, title: fc.option(textArb) }), { freq: 4 }),
    strong: fc.boolean(),
    em: fc.boolean(),
    underline: fc.boolean(),
    script: fc.constantFrom(null, 'superscript', 'subscript'),
    comments: fc.uniqueArray(shortId, { maxLength: 2 }),
    change: fc.option(
      fc.record({
        kind: fc.constantFrom('insertion', 'deletion'),
        id: shortId,
        author: textArb,
        organization: fc.constantFrom('', 'UNDP', 'UNICEF'),
        time: fc.constant('2026-03-01T10:00:00.000Z'),
      }),
      { freq: 4 },
    ),
  })
  .chain((m) => {
    const marks: JsonNode[] = [];
    if (m.link) marks.push({ type: 'link', attrs: { href: m.link.href, title: m.link.title } });
    if (m.strong) marks.push({ type: 'strong' });
    if (m.em) marks.push({ type: 'em' });
    if (m.underline) marks.push({ type: 'underline' });
    if (m.script) marks.push({ type: m.script });
    for (const id of m.comments) marks.push({ type: 'comment', attrs: { id } });
    if (m.change) {
      const { kind, ...attrs } = m.change;
      marks.push({ type: kind, attrs });
    }
    return fc.shuffledSubarray(marks, { minLength: marks.length, maxLength: marks.length });
  });

const textNode = fc
  .tuple(textArb, fc.option(marksArb, { freq: 2 }))
  .map(([text, marks]): JsonNode => ({
    type: 'text',
    text,
    ...(marks && marks.length ? { marks } : {}),
  }));

const plainText = textArb.map((text): JsonNode => ({ type: 'text', text }));

const inlineArb: fc.Arbitrary<JsonNode[]> = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: textNode },
    { weight: 1, arbitrary: fc.constant(node('hard_break')) },
    {
      weight: 1,
      arbitrary: fc.array(plainText, { maxLength: 2 }).map((t) => node('footnote', {}, t)),
    },
  ),
  { maxLength: 3 },
);

const paragraph = inlineArb.map((c) => node('paragraph', {}, c));
const paragraphs = (max: number) => fc.array(paragraph, { minLength: 1, maxLength: max });

/** Lists nest through their items; `depth` bounds how deep a generated list goes. */
const listArb: fc.Memo<JsonNode> = fc.memo((depth: number) => {
  const nested = depth > 1 ? [listArb(depth - 1)] : [];
  const item = fc
    .tuple(paragraph, fc.array(fc.oneof(paragraph, ...nested), { maxLength: 2 }))
    .map(([first, rest]) => node('list_item', {}, [first, ...rest]));
  const items = fc.array(item, { minLength: 1, maxLength: 3 });
  return fc.oneof(
    items.map((c) => node('bullet_list', {}, c)),
    fc
      .tuple(fc.integer({ min: 0, max: 100_000 }), items)
      .map(([order, c]) => node('ordered_list', { order }, c)),
  );
});

const cellArb = fc
  .tuple(
    fc.constantFrom('table_cell', 'table_header'),
    fc.option(fc.array(fc.integer({ min: 20, max: 400 }), { minLength: 1, maxLength: 1 })),
    paragraphs(2),
  )
  .map(([type, colwidth, c]) => node(type, { colspan: 1, rowspan: 1, colwidth }, c));

const tableArb = fc
  .tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(cellArb, { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    }),
  )
  .map((rows) =>
    node(
      'table',
      {},
      rows.map((cells) => node('table_row', {}, cells)),
    ),
  );

const actionArb = fc
  .tuple(
    fc.constantFrom(...ACTION_STATUSES.map((s) => s.key)),
    fc.array(fc.tuple(fc.constantFrom(...ACTION_FIELDS.map((f) => f.key)), paragraphs(1)), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map(([status, fields]) =>
    node(
      'action_record',
      { status },
      fields.map(([field, c]) => node('action_field', { field }, c)),
    ),
  );

const blockArb: fc.Arbitrary<JsonNode> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.boolean(), inlineArb)
      .map(([level, numbered, c]) => node('heading', { level, numbered }, c)),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 2 }), inlineArb)
      .map(([level, c]) => node('numbered_paragraph', { level }, c)),
  },
  { weight: 2, arbitrary: paragraph },
  { weight: 1, arbitrary: paragraphs(3).map((c) => node('blockquote', {}, c)) },
  { weight: 2, arbitrary: listArb(2) },
  { weight: 1, arbitrary: tableArb },
  { weight: 2, arbitrary: actionArb },
);

const mastheadArb = fc
  .array(
    fc.tuple(
      fc.constantFrom(...MASTHEAD_FIELDS.map((f) => f.key)),
      fc.array(plainText, { maxLength: 2 }),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((fields) =>
    node(
      'masthead',
      {},
      fields.map(([field, c]) => node('masthead_field', { field }, c)),
    ),
  );

/** Gives every node that carries an id a distinct one, in document order. */
function numberIds(root: JsonNode): JsonNode {
  let next = 0;
  const visit = (n: JsonNode): void => {
    if (n.attrs) n.attrs.id = `b${next++}`;
    n.content?.forEach(visit);
  };
  visit(root);
  return root;
}

/** A valid document tree as JSON: masthead, optional summary, then 1 to `maxBlocks` blocks. */
export const docJsonArb = (maxBlocks = 4): fc.Arbitrary<JsonNode> =>
  fc
    .tuple(
      mastheadArb,
      fc.option(paragraphs(2), { freq: 4 }),
      fc.array(blockArb, { minLength: 1, maxLength: maxBlocks }),
    )
    .map(([masthead, summary, blocks]) =>
      numberIds({
        type: 'doc',
        content: [masthead, ...(summary ? [node('summary', {}, summary)] : []), ...blocks],
      }),
    );

const personArb = fc.record({
  name: textArb,
  initials: fc.string({ maxLength: 4 }),
  organization: fc.constantFrom('UNDP', 'UNICEF', 'WHO', ''),
});
const timeArb = fc.integer({ min: 1.6e12, max: 2e12 }).map((ms) => new Date(ms).toISOString());

const threadArb = fc.record(
  {
    id: shortId,
    status: fc.constantFrom('open' as const, 'resolved' as const),
    quote: fc.string({ maxLength: 30 }),
    blockId: fc.option(shortId),
    section: fc.string({ maxLength: 10 }),
    comments: fc.array(
      fc.record(
        {
          id: shortId,
          author: personArb,
          time: timeArb,
          text: fc.string({ maxLength: 60 }),
          edited: timeArb,
        },
        { requiredKeys: ['id', 'author', 'time', 'text'] },
      ),
      { maxLength: 3 },
    ),
    resolvedBy: personArb,
    resolvedAt: timeArb,
  },
  { requiredKeys: ['id', 'status', 'quote', 'blockId', 'section', 'comments'] },
);

const versionArb = fc.record(
  {
    id: shortId,
    name: fc.string({ maxLength: 20 }),
    note: fc.string({ maxLength: 20 }),
    author: personArb,
    time: timeArb,
    reason: fc.constantFrom('manual' as const, 'export' as const, 'restore' as const),
    blocks: fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }),
    words: fc.nat(5000),
    base: shortId,
    summary: fc.string({ maxLength: 30 }),
  },
  { requiredKeys: ['id', 'name', 'note', 'author', 'time', 'reason', 'blocks', 'words'] },
);

const reviewArb = fc.record({
  sourceDocumentId: shortId,
  baseVersionId: shortId,
  reviewers: fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
  due: fc.option(timeArb),
  sentAt: timeArb,
});

/**
 * A valid .accord file as a plain value: every part the format allows, filled at random. Version
 * lists and the block store need not agree (the loader does not check them; versions do).
 */
export const accordFileArb = (maxBlocks = 4): fc.Arbitrary<AccordFile> =>
  fc
    .record({
      documentId: shortId,
      title: fc.string({ maxLength: 40 }),
      created: timeArb,
      modified: timeArb,
      doc: docJsonArb(maxBlocks),
      comments: fc.array(threadArb, { maxLength: 2 }),
      blocks: fc.dictionary(
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.oneof(
          docJsonArb(1).map((d) => d.content?.[1] ?? null),
          fc.jsonValue({ maxDepth: 2 }),
        ),
        { maxKeys: 2 },
      ),
      list: fc.array(versionArb, { maxLength: 2 }),
      review: fc.option(reviewArb, { freq: 3 }),
    })
    .map((r): AccordFile => ({
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      documentId: r.documentId,
      meta: { title: r.title, created: r.created, modified: r.modified, appVersion: APP_VERSION },
      doc: r.doc as unknown as Record<string, unknown>,
      comments: r.comments,
      versions: { blocks: r.blocks, list: r.list },
      review: r.review,
    }));
