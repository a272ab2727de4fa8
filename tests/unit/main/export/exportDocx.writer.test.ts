import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../main/services/export';
import { schema } from '../../../../shared/schema';
import { comment, fileFor, p, standardMasthead, t, thread } from './fixtures';
import {
  collect,
  malformedParts,
  pandocBlocks,
  readComments,
  run,
  textOf,
  writeTemp,
  xmlParts,
} from './readBack';

const { nodes, marks } = schema;

const cell = (text: string, attrs: { colspan?: number; rowspan?: number } = {}) =>
  nodes.table_cell.create(attrs, p(t(text)));
const row = (...cells: ReturnType<typeof cell>[]) => nodes.table_row.create(null, cells);

/** The grid columns each row of the first table in document.xml covers. */
function rowWidths(xml: string): number[] {
  const table = /<w:tbl>.*?<\/w:tbl>/s.exec(xml.slice(xml.indexOf('AccordTable') - 200))?.[0];
  return [...(table ?? '').matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((m) =>
    [...(m[1] ?? '').matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].reduce((n, c) => {
      const span = /<w:gridSpan w:val="(\d+)"\/>/.exec(c[1] ?? '')?.[1];
      return n + Number(span ?? 1);
    }, 0),
  );
}

describe('the Word writer', () => {
  it('keeps hard text word for word: markup characters, quotes, spaces and emoji', async () => {
    const hard = `  Lead & <tags> "quotes" 'apos' \u{1F600}  trail  `;
    const doc = nodes.doc.create(null, [
      standardMasthead(),
      p(t(hard)),
      p(t('bad\u0001\uD800\uFFFFtext', comment('q'))),
      p(t('link', marks.link.create({ href: 'https://example.org/?a=1&b="2"' }))),
    ]);
    const file = fileFor(doc, [thread('q', [[`O'Neil & "Co" <x>`, 'Fine & <dandy> "yes"']])]);
    const bytes = await exportDocx({ file, doc, options: { comments: true, changes: true } });
    const parts = xmlParts(bytes);
    expect(malformedParts(parts)).toEqual([]);
    const body = parts.get('word/document.xml') ?? '';
    expect(body).toContain(
      `<w:t xml:space="preserve">  Lead &amp; &lt;tags&gt; "quotes" 'apos' \u{1F600}  trail  </w:t>`,
    );
    expect(body).toContain('<w:t>badtext</w:t>');
    expect(parts.get('word/comments.xml')).toContain(
      'w:author="O&apos;Neil &amp; &quot;Co&quot; &lt;x&gt;"',
    );
    expect(parts.get('word/_rels/document.xml.rels')).toContain(
      'Target="https://example.org/?a=1&amp;b=&quot;2&quot;" TargetMode="External"',
    );

    const blocks = pandocBlocks(writeTemp(bytes));
    expect(textOf(blocks)).toContain(`Lead & <tags> "quotes" 'apos' \u{1F600} trail`);
    expect(readComments(blocks)).toEqual([
      expect.objectContaining({
        author: `O'Neil & "Co" <x>`,
        text: 'Fine & <dandy> "yes"',
        anchored: 'badtext',
      }),
    ]);
    const link = collect(blocks, 'Link')[0]?.c as [unknown, unknown, [string, string]];
    expect(link[2][0]).toBe('https://example.org/?a=1&b="2"');
  });

  it('fills every table row to the grid, continuing a cell that spans rows below it', async () => {
    const table = nodes.table.create(null, [
      row(cell('A', { rowspan: 2 }), cell('B'), cell('C')),
      row(cell('D', { colspan: 2 })),
      row(cell('E'), cell('F', { rowspan: 2 }), cell('G')),
      row(cell('H'), cell('I')),
    ]);
    const doc = nodes.doc.create(null, [standardMasthead(), table]);
    const bytes = await exportDocx({
      file: fileFor(doc),
      doc,
      options: { comments: false, changes: false },
    });
    const parts = xmlParts(bytes);
    expect(malformedParts(parts)).toEqual([]);
    const body = parts.get('word/document.xml') ?? '';
    expect(rowWidths(body)).toEqual([3, 3, 3, 3]);
    expect([...body.matchAll(/<w:vMerge w:val="restart"\/>/g)]).toHaveLength(2);
    expect([...body.matchAll(/<w:vMerge\/>/g)]).toHaveLength(2);
    const tables = collect(pandocBlocks(writeTemp(bytes)), 'Table').map(textOf);
    expect(tables).toContain('A B C D E F G H I');
  });

  it('writes a zip archive that unzip verifies, every part with a good checksum', async () => {
    const doc = nodes.doc.create(null, [standardMasthead(), p(t('Checked.'))]);
    const path = writeTemp(
      await exportDocx({ file: fileFor(doc), doc, options: { comments: true, changes: true } }),
    );
    expect(run('unzip', ['-t', path])).toMatch(/No errors detected/);
  });
});
