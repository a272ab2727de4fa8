import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/cli/runCli';
import { loadAccordText } from '../../../../shared/document/load';
import { FORMAT_VERSION } from '../../../../shared/document/format';
import { captureIo, makeResources, samplePlan, writeAccord } from './cliFixtures';

let dir: string;
let resources: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accord-cli-'));
  resources = await makeResources(join(dir, 'resources'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[], env: Record<string, string> = { ACCORD_RESOURCES: resources }) {
  const io = captureIo(dir, env);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('accord new', () => {
  it('writes a blank document that opens cleanly', async () => {
    const result = await run(['new', '--template', 'blank', 'plan.accord']);
    expect(result).toEqual({
      code: 0,
      out: 'Created plan.accord from the blank template.\n',
      err: '',
    });
    const loaded = loadAccordText(await readFile(join(dir, 'plan.accord'), 'utf8'), 'plan.accord');
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.value.notes).toEqual([]);
  });

  it('uses the blank template when none is named', async () => {
    const result = await run(['new', 'plain.accord']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/blank template/);
  });

  it('copies the action-plan template from the resources folder with a new document id', async () => {
    const result = await run(['new', '--template=untfsse-action-plan', 'sub/../ap.accord']);
    expect(result.code).toBe(0);
    const loaded = loadAccordText(await readFile(join(dir, 'ap.accord'), 'utf8'), 'ap.accord');
    if (!loaded.ok) throw new Error(loaded.error.message);
    const template = samplePlan();
    expect(loaded.value.file.doc).toEqual(template.doc);
    expect(loaded.value.file.documentId).not.toBe(template.documentId);
  });

  it('finds the shipped template without ACCORD_RESOURCES', async () => {
    const shipped = resolve(
      __dirname,
      '../../../../resources/templates/untfsse-action-plan.accord',
    );
    expect(existsSync(shipped)).toBe(true);
    const result = await run(['new', '--template', 'untfsse-action-plan', 'real.accord'], {});
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const validated = await run(['validate', 'real.accord'], {});
    expect(validated.code).toBe(0);
  });

  it('refuses to overwrite an existing file and leaves it untouched', async () => {
    await writeFile(join(dir, 'mine.accord'), 'precious');
    const result = await run(['new', 'mine.accord']);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      'mine.accord already exists; Accord will not overwrite it. Choose another name.\n',
    );
    expect(await readFile(join(dir, 'mine.accord'), 'utf8')).toBe('precious');
  });

  it('reports a template missing from the resources folder as a file problem', async () => {
    const result = await run(['new', '--template', 'untfsse-action-plan', 'x.accord'], {
      ACCORD_RESOURCES: join(dir, 'nowhere'),
    });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/template that ships with Accord could not be read/);
    expect(existsSync(join(dir, 'x.accord'))).toBe(false);
  });

  it('reports a folder that does not exist as a file problem', async () => {
    const result = await run(['new', 'missing/dir/x.accord']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^missing\/dir\/x\.accord could not be written: /);
  });

  it('treats an unknown template, a missing or extra FILE and unknown options as usage mistakes', async () => {
    for (const argv of [
      ['new', '--template', 'fancy', 'x.accord'],
      ['new'],
      ['new', 'a.accord', 'b.accord'],
      ['new', '--force', 'x.accord'],
    ]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err).toMatch(
        /^accord new: .*\nUsage: accord new --template <blank\|untfsse-action-plan> FILE\n$/,
      );
    }
    expect((await run(['new', '--template', 'fancy', 'x.accord'])).err).toMatch(
      /Unknown template “fancy”; choose blank or untfsse-action-plan/,
    );
  });
});

describe('accord validate', () => {
  it('says a good file is valid and counts its words', async () => {
    await writeAccord(join(dir, 'good.accord'), samplePlan());
    expect(await run(['validate', 'good.accord'])).toEqual({
      code: 0,
      out: 'good.accord: valid Accord document (12 words)\n',
      err: '',
    });
  });

  it('lists repairs the loader would make, after the verdict', async () => {
    const file = samplePlan();
    const text = JSON.stringify(file).replaceAll('"id":"p2"', '"id":"p1"');
    await writeFile(join(dir, 'dup.accord'), text);
    const result = await run(['validate', 'dup.accord']);
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      'dup.accord: valid Accord document (12 words)\n  1 block id was missing or repeated and has been renewed.\n',
    );
  });

  it('gives the loader’s message and exit code 1 for a damaged file', async () => {
    await writeFile(join(dir, 'bad.accord'), '{"format": "accord", ');
    const result = await run(['validate', 'bad.accord']);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toMatch(
      /^“bad\.accord” cannot be opened: it is damaged or not an Accord document/,
    );
  });

  it('refuses a file from a newer Accord, naming the reason', async () => {
    await writeAccord(join(dir, 'new.accord'), {
      ...samplePlan(),
      formatVersion: FORMAT_VERSION + 1,
    });
    const result = await run(['validate', 'new.accord']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/made by a newer Accord/);
  });

  it('reports a missing file and a folder as file problems', async () => {
    const missing = await run(['validate', 'none.accord']);
    expect(missing.code).toBe(1);
    expect(missing.err).not.toBe('');
    const folder = await run(['validate', '.']);
    expect(folder.code).toBe(1);
    expect(folder.err).toMatch(/is a folder/);
  });

  it('needs exactly one FILE', async () => {
    expect((await run(['validate'])).code).toBe(2);
    expect((await run(['validate', 'a', 'b'])).code).toBe(2);
  });
});

describe('accord info', () => {
  it('prints the document’s figures as JSON', async () => {
    await writeAccord(join(dir, 'plan.accord'), samplePlan());
    const result = await run(['info', 'plan.accord']);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(JSON.parse(result.out)).toEqual({
      title: 'Plan',
      symbol: 'SYM-1',
      words: 12,
      numberedParagraphs: 2,
      sections: 2,
      actionRecords: 1,
      comments: 1,
      versions: 1,
    });
  });

  it('describes a fresh blank document with zeros and empty strings', async () => {
    await run(['new', 'blank.accord']);
    const result = await run(['info', join(dir, 'blank.accord')]);
    expect(JSON.parse(result.out)).toEqual({
      title: '',
      symbol: '',
      words: 0,
      numberedParagraphs: 1,
      sections: 0,
      actionRecords: 0,
      comments: 0,
      versions: 0,
    });
  });

  it('gives the loader’s message and exit code 1 for a file that is not an Accord document', async () => {
    await writeFile(join(dir, 'other.json'), '{"hello": "world"}');
    const result = await run(['info', 'other.json']);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/“other\.json” cannot be opened: it is not an Accord document/);
  });

  it('needs exactly one FILE', async () => {
    expect((await run(['info'])).code).toBe(2);
  });
});

describe('accord usage', () => {
  it('prints usage listing every command on --help, with the usage exit code', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(2);
    expect(result.err).toBe('');
    for (const line of [
      'accord new --template <blank|untfsse-action-plan> FILE',
      'accord validate FILE',
      'accord info FILE',
    ]) {
      expect(result.out).toContain(line);
    }
  });

  it('prints usage to stderr when no command is given', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/^Usage:/);
  });

  it('names an unknown command and prints usage', async () => {
    const result = await run(['frobnicate', 'x']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^accord: unknown command “frobnicate”\.\nUsage:/);
  });

  it('prints one command’s usage for its --help without running it', async () => {
    const result = await run(['new', 'x.accord', '--help']);
    expect(result.code).toBe(2);
    expect(result.out).toMatch(/^Usage: accord new /);
    expect(existsSync(join(dir, 'x.accord'))).toBe(false);
  });

  it('runs a command added to the table', async () => {
    const seen: string[][] = [];
    const io = captureIo(dir);
    const code = await runCli(['echo', 'a', 'b'], io, [
      {
        name: 'echo',
        synopsis: 'WORDS',
        summary: 'repeat',
        run: (args, ctx) => {
          seen.push(args);
          ctx.out(args.join(' '));
          return Promise.resolve(0);
        },
      },
    ]);
    expect(code).toBe(0);
    expect(seen).toEqual([['a', 'b']]);
    expect(io.out()).toBe('a b\n');
  });
});
