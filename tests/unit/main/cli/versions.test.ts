import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompareReport } from '../../../../main/cli/compareCommand';
import type { VersionLine } from '../../../../main/cli/versionsCommand';
import { newAccordFile, withDocument } from '../../../../shared/document/create';
import type { AccordFile } from '../../../../shared/document/fileSchema';
import { serializeAccordFile } from '../../../../shared/document/load';
import { saveVersion } from '../../../../shared/versions';
import { hashNode } from '../../../../shared/versions/hash';
import { doc, heading, para, record } from '../../shared/diff/builders';
import { cliSandbox } from './cliFixtures';

const cli = cliSandbox('accord-versions-');
const run = cli.run;

const ana = { name: 'Ana Ruiz', initials: 'AR', organization: 'ILO' };
const ben = { name: 'Ben Okafor', initials: 'BO', organization: 'UNCTAD' };
const at = (minute: number) => new Date(Date.UTC(2025, 2, 14, 9, minute));

const first = doc(
  heading('h1', 1, 'Introduction'),
  para('p1', 'The plan supports member states.'),
  para('p2', 'It runs for five years.'),
  heading('h2', 1, 'Action areas'),
  record('r1', 'planned', { description: 'Map legal frameworks', lead: 'ILO' }),
);
const second = doc(
  heading('h1', 1, 'Introduction'),
  para('p1', 'The plan supports member states and regions.'),
  heading('h2', 1, 'Action areas'),
  record('r1', 'planned', { description: 'Map legal frameworks', lead: 'ILO and FAO' }),
  para('p3', 'A new closing paragraph.'),
);
const draft = doc(
  heading('h1', 1, 'Introduction'),
  para('p1', 'The plan supports member states and regions.'),
  heading('h2', 1, 'Action areas'),
  record('r1', 'planned', { description: 'Map legal frameworks', lead: 'ILO and FAO' }),
  para('p3', 'A new closing paragraph, amended.'),
);

/** A file with "Draft 1" (Ana), "Draft 2" (Ben), a second "Draft 2" (Ana, later), and a draft. */
function plan(): AccordFile {
  let file = newAccordFile(first, at(0));
  const save = (d: typeof first, name: string, by: typeof ana, minute: number, note = '') =>
    (file = saveVersion(file, d, {
      name,
      note,
      author: by,
      reason: 'manual',
      now: at(minute),
    }).file);
  save(first, 'Draft 1', ana, 1, 'For the December meeting');
  save(second, 'Draft 2', ben, 2);
  save(second, 'Draft 2', ana, 3);
  return withDocument(file, draft, at(4));
}

async function write(file: AccordFile, name = 'plan.accord'): Promise<string> {
  await writeFile(join(cli.dir, name), serializeAccordFile(file));
  return name;
}

describe('accord versions', () => {
  it('prints every version as JSON, oldest first, with author, note, words and summary', async () => {
    const result = await run(['versions', await write(plan())]);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    const lines = JSON.parse(result.out) as VersionLine[];
    expect(lines.map((l) => [l.name, l.author, l.time])).toEqual([
      ['Draft 1', 'Ana Ruiz', '2025-03-14T09:01:00.000Z'],
      ['Draft 2', 'Ben Okafor', '2025-03-14T09:02:00.000Z'],
      ['Draft 2', 'Ana Ruiz', '2025-03-14T09:03:00.000Z'],
    ]);
    expect(lines[0]).toMatchObject({
      initials: 'AR',
      organization: 'ILO',
      note: 'For the December meeting',
      reason: 'manual',
      words: 19,
      summary: 'First version',
      damaged: false,
    });
    expect(lines[0]).not.toHaveProperty('problem');
    expect(lines[1]?.summary).toBe(
      '1 paragraph changed, 1 added, 1 removed, 1 action record edited',
    );
    expect(lines[2]?.summary).toBe('No changes');
    expect(new Set(lines.map((l) => l.id)).size).toBe(3);
  });

  it('lists a damaged version with its problem, and every other version as sound', async () => {
    const file = plan();
    // "Draft 2" alone holds the edited paragraph p1; losing its block damages both "Draft 2"s.
    const lost = hashNode(second.child(2));
    const broken = structuredClone(file);
    delete broken.versions.blocks[lost];
    const result = await run(['versions', await write(broken)]);
    expect(result.code).toBe(0);
    const lines = JSON.parse(result.out) as VersionLine[];
    expect(lines.map((l) => l.damaged)).toEqual([false, true, true]);
    expect(lines[1]?.problem).toMatch(/^Version “Draft 2” \(2025-03-14 09:02 UTC\) is damaged: /);
  });

  it('prints an empty list for a document without versions', async () => {
    const result = await run(['versions', await write(newAccordFile(first))]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual([]);
  });

  it('reports a file that cannot be opened, exit 1', async () => {
    await writeFile(join(cli.dir, 'bad.accord'), '{"format":"accord"');
    const result = await run(['versions', 'bad.accord']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('bad.accord');
    expect(result.out).toBe('');
  });
});

describe('accord compare', () => {
  it('prints counts by kind and each change with block id, section and before/after text', async () => {
    const name = await write(plan());
    const result = await run(['compare', name, '--from', 'Draft 1', '--to', 'Draft 2']);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    const report = JSON.parse(result.out) as CompareReport;
    expect(report.from).toEqual({
      id: expect.any(String) as string,
      name: 'Draft 1',
      time: '2025-03-14T09:01:00.000Z',
    });
    // "Draft 2" by name is the newest of the two with that name.
    expect(report.to.time).toBe('2025-03-14T09:03:00.000Z');
    expect(report.counts).toEqual({ inserted: 1, deleted: 1, changed: 2, moved: 0, attribute: 0 });
    expect(report.total).toBe(4);
    const byBlock = new Map(report.changes.map((c) => [c.blockId, c]));
    expect(byBlock.get('p1')).toMatchObject({
      kind: 'changed',
      section: 'I. Introduction',
      before: 'The plan supports member states.',
      after: 'The plan supports member states and regions.',
    });
    expect(byBlock.get('p2')).toMatchObject({
      kind: 'deleted',
      before: 'It runs for five years.',
      after: '',
    });
    expect(byBlock.get('p3')).toMatchObject({ kind: 'inserted', section: 'II. Action areas' });
    expect(report.changes.find((c) => c.field === 'Lead entity')).toMatchObject({
      kind: 'changed',
      before: 'ILO',
      after: 'ILO and FAO',
    });
  });

  it('compares a version with the document as saved now, by id, when --to is current or left out', async () => {
    const file = plan();
    const name = await write(file);
    const id = file.versions.list[2]!.id;
    const explicit = await run(['compare', name, '--from', id, '--to', 'current']);
    const implicit = await run(['compare', name, '--from', id]);
    expect(explicit.code).toBe(0);
    const report = JSON.parse(explicit.out) as CompareReport;
    expect(report.to).toMatchObject({ id: null, name: 'current' });
    expect(report.changes).toEqual([
      expect.objectContaining({
        blockId: 'p3',
        kind: 'changed',
        before: 'A new closing paragraph.',
        after: 'A new closing paragraph, amended.',
      }),
    ]);
    expect((JSON.parse(implicit.out) as CompareReport).counts).toEqual(report.counts);
  });

  it('reports no change when a version is compared with itself', async () => {
    const result = await run([
      'compare',
      await write(plan()),
      '--from',
      'Draft 1',
      '--to',
      'Draft 1',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as CompareReport;
    expect(report.total).toBe(0);
    expect(report.changes).toEqual([]);
    expect(Object.values(report.counts)).toEqual([0, 0, 0, 0, 0]);
  });

  it('says there is no such version when a name or id is unknown, exit 1', async () => {
    const name = await write(plan());
    const result = await run(['compare', name, '--from', 'Draft 9']);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain('There is no version named or with id “Draft 9”');
    const to = await run(['compare', name, '--from', 'Draft 1', '--to', 'nope']);
    expect(to.code).toBe(1);
    expect(to.err).toContain('“nope”');
  });

  it('names a damaged version it cannot compare, exit 1', async () => {
    const broken = structuredClone(plan());
    delete broken.versions.blocks[hashNode(second.child(2))];
    const result = await run([
      'compare',
      await write(broken),
      '--from',
      'Draft 1',
      '--to',
      'Draft 2',
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/Version “Draft 2” .* is damaged/);
  });

  it('asks for --from, one FILE and a non-empty --to as usage mistakes, exit 2', async () => {
    const name = await write(plan());
    for (const argv of [
      ['compare', name],
      ['compare', '--from', 'Draft 1'],
      ['compare', name, 'other.accord', '--from', 'Draft 1'],
      ['compare', name, '--from', 'Draft 1', '--to', ''],
      ['compare', name, '--from', 'Draft 1', '--since', 'x'],
    ]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err).toContain('Usage: accord compare FILE --from VERSION');
    }
  });

  it('is listed with versions in the usage text', async () => {
    const result = await run(['--help']);
    expect(result.out).toContain('accord versions FILE');
    expect(result.out).toContain('accord compare FILE --from VERSION [--to VERSION|current]');
  });
});
