import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MergeOutput } from '../../../../main/cli/mergeCommand';
import { loadAccordText, serializeAccordFile } from '../../../../shared/document/load';
import {
  ben,
  comment,
  masterOf,
  np,
  plan,
  saved,
  shortPlan,
  send,
  suggest,
} from '../../shared/review/build';
import { cliSandbox } from '../cli/cliFixtures';

const cli = cliSandbox('accord-merge-');
const run = cli.run;

const draft = shortPlan;

/** A master on disk and a copy returned with one comment and one suggestion. */
async function round(): Promise<{ master: string; copy: string; before: string }> {
  const sent = send(masterOf(draft), draft);
  const c = comment(draft, sent.copy.comments, {
    id: 't1',
    block: 'p2',
    text: 'scarce',
    by: ben,
    says: 'Source?',
  });
  const edited = suggest(c.doc, 'p1', 'strengthening', 'building', ben, 'b1');
  const master = join(cli.dir, 'plan.accord');
  const copy = join(cli.dir, 'plan – review.accord');
  const before = serializeAccordFile(sent.master);
  await writeFile(master, before);
  await writeFile(copy, serializeAccordFile(saved(sent.copy, edited, c.threads)));
  return { master, copy, before };
}

describe('accord merge', () => {
  it('prints the reports as JSON and leaves the master alone with --dry-run', async () => {
    const { master, before } = await round();
    const { code, out } = await run(['merge', 'plan.accord', 'plan – review.accord', '--dry-run']);
    expect(code).toBe(0);
    const printed = JSON.parse(out) as MergeOutput;
    expect(printed).toMatchObject({ master, written: false, backup: null });
    expect(printed.reports).toEqual([
      expect.objectContaining({
        fileName: 'plan – review.accord',
        threads: 1,
        suggestions: 1,
        conflicts: [],
      }),
    ]);
    expect(await readFile(master, 'utf8')).toBe(before);
  });

  it('writes the merged master and keeps the previous file beside it', async () => {
    const { master, before } = await round();
    const { code, out } = await run(['merge', 'plan.accord', 'plan – review.accord']);
    expect(code).toBe(0);
    const printed = JSON.parse(out) as MergeOutput;
    expect(printed.written).toBe(true);
    expect(await readFile(printed.backup!, 'utf8')).toBe(before);
    const merged = loadAccordText(await readFile(master, 'utf8'), 'plan.accord');
    expect(merged.ok && merged.value.file.comments.map((t) => t.id)).toEqual(['t1']);
    // A second run finds nothing new and writes nothing.
    const again = JSON.parse(
      (await run(['merge', 'plan.accord', 'plan – review.accord'])).out,
    ) as MergeOutput;
    expect(again).toMatchObject({
      written: false,
      reports: [expect.objectContaining({ alreadyImported: true })],
    });
  });

  it('refuses a damaged copy or a copy of another document with exit code 1, master untouched', async () => {
    const { master, before } = await round();
    await writeFile(join(cli.dir, 'bad.accord'), 'not json');
    const bad = await run(['merge', 'plan.accord', 'bad.accord']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('“bad.accord” cannot be opened');
    const other = send(masterOf(plan('Another plan', np('x', 'Other.'))), draft);
    await writeFile(join(cli.dir, 'other.accord'), serializeAccordFile(other.copy));
    const foreign = await run(['merge', 'plan.accord', 'other.accord']);
    expect(foreign.code).toBe(1);
    expect(foreign.err).toContain('not from “Action plan on the social economy”');
    expect(await readFile(master, 'utf8')).toBe(before);
    expect((await readdir(cli.dir)).sort()).toEqual([
      'bad.accord',
      'other.accord',
      'plan – review.accord',
      'plan.accord',
    ]);
  });

  it('asks for at least one copy', async () => {
    await round();
    const { code, err } = await run(['merge', 'plan.accord']);
    expect(code).toBe(2);
    expect(err).toContain('Give the MASTER and at least one review COPY.');
  });
});
