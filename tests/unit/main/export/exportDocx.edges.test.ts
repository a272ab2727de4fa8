import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { exportDocx } from '../../../../main/services/export';
import { schema } from '../../../../shared/schema';
import { comment, del, fileFor, h, ins, li, np, ol, p, t, thread, ul } from './fixtures';
import { malformedParts, pandocBlocks, readComments, writeTemp, xmlParts } from './readBack';

const { nodes, marks } = schema;

/** A list nested `depth` levels deep, deeper than Word's nine levels. */
function deepList(depth: number): Node {
  let list = ul(li(p(t(`level ${depth}`))));
  for (let d = depth - 1; d >= 1; d--) list = ul(li(p(t(`level ${d}`)), list));
  return list;
}

function count(xml: string, pattern: RegExp): number {
  return [...xml.matchAll(pattern)].length;
}

describe('exporting unusual documents', () => {
  it('exports empty blocks, deep lists, comments in the masthead and notes, and odd marks', async () => {
    const emptyCell = nodes.table.create(null, [
      nodes.table_row.create(null, [
        nodes.table_header.create(null, p()),
        nodes.table_cell.create(null, p()),
      ]),
      nodes.table_row.create(null, [
        nodes.table_cell.create({ colspan: 2 }, p(t('wide', comment('cell')))),
      ]),
    ]);
    const emptyAction = nodes.action_record.create(null, [
      nodes.action_field.create({ field: 'resources' }, p()),
    ]);
    const link = marks.link.create({ href: 'https://example.org/a?b=1&c=<2>' });
    const doc = nodes.doc.create(null, [
      nodes.masthead.create(null, [
        nodes.masthead_field.create({ field: 'symbol' }, t('S/1')),
        nodes.masthead_field.create({ field: 'title' }, t('Title', comment('mast'))),
      ]),
      h(1),
      np(0),
      np(2, t('Deep sub')),
      np(0, t('In '), t('title?', comment('in-note'))),
      np(0, t('Note'), nodes.footnote.create(null, [t('noted', comment('fn')), t(' kept', ins())])),
      np(0, t('linked and new', link, ins()), t(' linked and gone', link, del())),
      deepList(11),
      ol(0, li(p(t('zero')))),
      emptyCell,
      emptyAction,
      nodes.blockquote.create(null, [p()]),
      p(t('Tab\there & <angle> "quotes"')),
    ]);
    const threads = ['mast', 'in-note', 'fn', 'cell'].map((id) =>
      thread(id, [['Ana', `on ${id}`]]),
    );
    const bytes = await exportDocx({
      file: fileFor(doc, threads),
      doc,
      options: { comments: true, changes: true, tableOfContents: true },
    });
    const parts = xmlParts(bytes);
    expect(malformedParts(parts)).toEqual([]);
    const body = parts.get('word/document.xml') ?? '';
    expect(count(body, /<w:commentRangeStart /g)).toBe(4);
    expect(count(body, /<w:commentRangeEnd /g)).toBe(4);
    expect(body).toContain('<w:ilvl w:val="8"/>');
    expect(body).toContain('<w:gridSpan w:val="2"/>');
    const comments = readComments(pandocBlocks(writeTemp(bytes)));
    expect(comments.map((c) => [c.text, c.anchored])).toEqual(
      expect.arrayContaining([
        ['on fn', ''],
        ['on cell', 'wide'],
        ['on in-note', 'title?'],
        ['on mast', 'Title'],
      ]),
    );
  });
});
