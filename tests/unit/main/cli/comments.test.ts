import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newAccordFile } from '../../../../shared/document/create';
import { serializeAccordFile } from '../../../../shared/document/load';
import { ana, ben, doc, h, np, t, thread } from '../../shared/comments/build';
import { cliSandbox } from './cliFixtures';

const cli = cliSandbox('accord-comments-');
const run = cli.run;

async function writePlan(): Promise<string> {
  const plan = doc(
    h('h1', 1, t('Introduction')),
    np('p1', t('We '), t('will act', 'open1'), t(' now.')),
    h('h2', 2, t('Policy')),
    np('p2', t('Done', 'done1')),
  );
  const replied = {
    ...thread('open1', ana, 'Which agencies? <script>alert(1)</script>'),
    comments: [
      ...thread('open1', ana, 'Which agencies? <script>alert(1)</script>').comments,
      {
        id: 'r1',
        author: ben,
        time: '2025-01-02T00:00:00.000Z',
        text: 'All of them.',
        edited: '2025-01-03T00:00:00.000Z',
      },
    ],
  };
  const file = {
    ...newAccordFile(plan),
    comments: [
      { ...thread('gone', ben), quote: 'deleted words', blockId: 'p9', section: 'III. Objectives' },
      replied,
      {
        ...thread('done1'),
        status: 'resolved' as const,
        resolvedBy: ben,
        resolvedAt: '2025-01-04T00:00:00.000Z',
      },
    ],
  };
  await writeFile(join(cli.dir, 'plan.accord'), serializeAccordFile(file));
  return 'plan.accord';
}

describe('accord comments', () => {
  it('prints every thread as JSON in document order, detached ones last', async () => {
    const result = await run(['comments', await writePlan()]);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    const threads = JSON.parse(result.out) as unknown[];
    expect(threads).toEqual([
      {
        id: 'open1',
        status: 'open',
        resolved: false,
        section: { number: 'I.', title: 'Introduction' },
        quote: 'will act',
        comments: [
          {
            id: 'open1-c1',
            author: 'Ana Reviewer',
            initials: 'AR',
            organization: 'ILO',
            time: '2025-01-01T00:00:00.000Z',
            text: 'Which agencies? <script>alert(1)</script>',
          },
          {
            id: 'r1',
            author: 'Ben Drafter',
            initials: 'BD',
            organization: 'UNCTAD',
            time: '2025-01-02T00:00:00.000Z',
            text: 'All of them.',
            edited: '2025-01-03T00:00:00.000Z',
          },
        ],
      },
      {
        id: 'done1',
        status: 'resolved',
        resolved: true,
        section: { number: 'A.', title: 'Policy' },
        quote: 'Done',
        comments: [expect.objectContaining({ author: 'Ana Reviewer', text: 'Why?' })],
        resolvedBy: 'Ben Drafter',
        resolvedAt: '2025-01-04T00:00:00.000Z',
      },
      {
        id: 'gone',
        status: 'detached',
        resolved: false,
        section: { number: 'III.', title: 'Objectives' },
        quote: 'deleted words',
        comments: [expect.objectContaining({ author: 'Ben Drafter', organization: 'UNCTAD' })],
      },
    ]);
  });

  it('prints an empty list for a document without comments', async () => {
    await writeFile(
      join(cli.dir, 'empty.accord'),
      serializeAccordFile(newAccordFile(doc(np('p', t('x'))))),
    );
    const result = await run(['comments', 'empty.accord']);
    expect(result).toEqual({ code: 0, out: '[]\n', err: '' });
  });

  it('reports a file that does not open, with exit code 1', async () => {
    await writeFile(join(cli.dir, 'bad.accord'), 'not json');
    const result = await run(['comments', 'bad.accord']);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/“bad.accord” cannot be opened/);
  });

  it('asks for exactly one FILE', async () => {
    expect((await run(['comments'])).code).toBe(2);
    expect((await run(['comments', 'a.accord', 'b.accord'])).code).toBe(2);
  });

  it('is listed in the usage text', async () => {
    const result = await run(['--help']);
    expect(result.out).toMatch(/comments FILE/);
  });
});
