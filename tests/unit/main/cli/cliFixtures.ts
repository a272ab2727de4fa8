import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { runCli } from '../../../../main/cli/runCli';
import type { CliIo } from '../../../../main/cli/io';
import { newAccordFile } from '../../../../shared/document/create';
import type { AccordFile } from '../../../../shared/document/fileSchema';
import { serializeAccordFile } from '../../../../shared/document/load';
import { schema } from '../../../../shared/schema';

const { nodes } = schema;
const person = { name: 'Ana Reviewer', initials: 'AR', organization: 'ILO' };

/**
 * A small plan with known figures: title "Plan", symbol "SYM-1", 2 headings, 2 main paragraphs
 * and 1 subparagraph, 1 action record, 12 words, 1 comment thread and 1 saved version.
 */
export function samplePlan(): AccordFile {
  const field = (key: string, text: string) =>
    nodes.masthead_field.create({ id: `m${key}`, field: key }, text ? schema.text(text) : null);
  const doc = nodes.doc.create(null, [
    nodes.masthead.create({ id: 'mast' }, [field('title', 'Plan'), field('symbol', 'SYM-1')]),
    nodes.heading.create({ id: 'h1', level: 1 }, schema.text('Introduction')),
    nodes.numbered_paragraph.create({ id: 'p1', level: 0 }, schema.text('one two three')),
    nodes.numbered_paragraph.create({ id: 'p2', level: 1 }, schema.text('four')),
    nodes.heading.create({ id: 'h2', level: 2 }, schema.text('Policy')),
    nodes.action_record.create({ id: 'a1' }, [
      nodes.action_field.create(
        { id: 'f1', field: 'description' },
        nodes.paragraph.create({ id: 'f1p' }, schema.text('Do it')),
      ),
    ]),
    nodes.numbered_paragraph.create({ id: 'p3', level: 0 }, schema.text('five six')),
  ]);
  const file = newAccordFile(doc, new Date('2025-01-02T03:04:05.000Z'));
  return {
    ...file,
    comments: [
      {
        id: 't1',
        status: 'open',
        quote: 'one two',
        blockId: 'p1',
        section: 'I. Introduction',
        comments: [{ id: 'c1', author: person, time: '2025-01-03T00:00:00Z', text: 'Why?' }],
      },
    ],
    versions: {
      blocks: {},
      list: [
        {
          id: 'v1',
          name: 'Draft 1',
          note: '',
          author: person,
          time: '2025-01-03T00:00:00Z',
          reason: 'manual',
          blocks: [],
          words: 12,
        },
      ],
    },
  };
}

/** Writes a file's JSON text to a path. */
export async function writeAccord(path: string, file: AccordFile): Promise<void> {
  await writeFile(path, serializeAccordFile(file));
}

/** A resources folder whose action-plan template is {@link samplePlan}. */
export async function makeResources(dir: string): Promise<string> {
  await mkdir(join(dir, 'templates'), { recursive: true });
  await writeAccord(join(dir, 'templates', 'untfsse-action-plan.accord'), samplePlan());
  return dir;
}

/** Captures what a CLI run writes. */
export interface CapturedIo extends CliIo {
  out: () => string;
  err: () => string;
}

/** An io for runCli that records stdout and stderr, in `cwd`, with the given environment. */
export function captureIo(cwd: string, env: Record<string, string | undefined> = {}): CapturedIo {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    cwd,
    env,
    out: () => out,
    err: () => err,
  };
}

/** A CLI test's temporary folder (fresh for each test) and a run of `accord` inside it. */
export interface CliSandbox {
  dir: string;
  run: (argv: string[]) => Promise<{ code: number; out: string; err: string }>;
}

/** Gives each test of the calling file a new folder named after `prefix`, removed afterwards. */
export function cliSandbox(prefix: string): CliSandbox {
  const box: CliSandbox = {
    dir: '',
    async run(argv) {
      const io = captureIo(box.dir, {});
      const code = await runCli(argv, io);
      return { code, out: io.out(), err: io.err() };
    },
  };
  beforeEach(async () => {
    box.dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(async () => {
    await rm(box.dir, { recursive: true, force: true });
  });
  return box;
}
