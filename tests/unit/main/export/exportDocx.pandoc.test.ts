import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../main/services/export';
import { richDocument } from './fixtures';
import {
  collect,
  pandocBlocks,
  readComments,
  spanAttrs,
  textOf,
  writeTemp,
  type PandocNode,
} from './readBack';

let blocks: unknown[] = [];

beforeAll(async () => {
  const { doc, file } = richDocument();
  const bytes = await exportDocx({ file, doc, options: { comments: true, changes: true } });
  blocks = pandocBlocks(writeTemp(bytes));
});

/** Whether `wanted` appear in `texts` in this order (other texts may come between). */
function inOrder(texts: string[], wanted: string[]): boolean {
  let at = 0;
  for (const text of texts) if (text === wanted[at]) at++;
  return at === wanted.length;
}

function listItems(list: PandocNode): string[] {
  const items = (list.t === 'OrderedList' ? (list.c as unknown[])[1] : list.c) as unknown[][];
  return items.map((item) => textOf(item[0]));
}

describe('an export read back by pandoc', () => {
  it('has the headings with their levels', () => {
    const headings = collect(blocks, 'Header').map((hd) => {
      const [level, , inlines] = hd.c as [number, unknown, unknown];
      return [level, textOf(inlines)];
    });
    expect(headings).toEqual([
      [1, 'Introduction'],
      [2, 'Scope'],
      [2, 'Action area'],
      [1, 'Closing'],
      [1, 'Annex. Timeline'],
    ]);
  });

  it('has the paragraph texts in document order', () => {
    const texts = collect(blocks, 'Para').map(textOf);
    expect(
      inOrder(texts, [
        'Plan of action on testing',
        'Summary',
        'A short summary.',
        'Between lists.',
        'Quoted resolution text.',
      ]),
    ).toBe(true);
    const all = textOf(blocks);
    expect(all).toContain('The Assembly adopted the resolution.');
    expect(all.indexOf('First subparagraph')).toBeLessThan(all.indexOf('Second subparagraph'));
    expect(all).toContain('Text with bold and italic and a link.');
    expect(all).not.toMatch(/\b1\.\s+The Assembly/);
  });

  it('keeps bold, italic and links', () => {
    expect(collect(blocks, 'Strong').map(textOf)).toContain('bold');
    expect(collect(blocks, 'Emph').map(textOf)).toContain('italic');
    const link = collect(blocks, 'Link').find((l) => textOf(l) === 'a link');
    expect((link?.c as [unknown, unknown, [string, string]])[2][0]).toBe('https://un.org/');
  });

  it('has bullet lists with nesting and ordered lists that restart where the document does', () => {
    const bullets = collect(blocks, 'BulletList');
    expect(bullets.map(listItems)).toEqual([['Bullet one', 'Bullet two'], ['Nested bullet']]);
    const ordered = collect(blocks, 'OrderedList')
      .map((list) => [((list.c as unknown[])[0] as [number])[0], listItems(list)] as const)
      .filter(([, items]) => items.some((i) => /Step|Again|Fifth/.test(i)));
    expect(ordered).toEqual([
      [1, ['Step one', 'Step two']],
      [1, ['Again one', 'Again two']],
      [5, ['Fifth']],
    ]);
  });

  it('has the table with its header row and the action record as a table of its fields', () => {
    const tables = collect(blocks, 'Table');
    const data = tables.find((tb) => textOf(tb).includes('OECD'));
    const head = (data?.c as unknown[])[3];
    expect(textOf(head)).toBe('Entity Role');
    expect(textOf(data)).toContain('ILO Lead OECD Member');
    const record = tables.find((tb) => textOf(tb).includes('Action B.1'));
    expect(textOf(record)).toBe(
      'Action B.1 Status: On track Description Develop guidelines. Lead entity UNRISD',
    );
  });

  it('has the footnote as a real note', () => {
    expect(collect(blocks, 'Note').map((note) => textOf(note.c))).toEqual(['A footnote text.']);
  });

  it('has the comments with author, text and anchored words, replies and detached ones', () => {
    const comments = readComments(blocks).map(({ author, text, anchored }) => ({
      author,
      text,
      anchored,
    }));
    expect(comments).toEqual(
      expect.arrayContaining([
        { author: 'Ana Ruiz', text: 'Which Assembly?', anchored: 'Assembly' },
        { author: 'Ben Ode', text: 'The General Assembly.', anchored: 'Assembly' },
        { author: 'Ana Ruiz', text: 'Crosses paragraphs.', anchored: 'Spanning into the next' },
        {
          author: 'Cy Lee',
          text: 'Comment on deleted text: “old words” ¶ This was about removed words.',
          anchored: '',
        },
      ]),
    );
    expect(comments).toHaveLength(4);
  });

  it('has insertions and deletions with their authors', () => {
    const changes = collect(blocks, 'Span')
      .map((span) => ({ span, ...spanAttrs(span) }))
      .filter(({ classes }) => classes.includes('insertion') || classes.includes('deletion'))
      .map(({ span, classes, attrs }) => [
        classes[0],
        attrs.author,
        textOf((span.c as unknown[])[1]),
      ]);
    expect(changes).toEqual([
      ['insertion', 'Ana Ruiz', 'added'],
      ['deletion', 'Ben Ode', 'removed'],
    ]);
  });
});
