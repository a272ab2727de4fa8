import type * as fsp from 'node:fs/promises';
import { chmod, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isTempName } from '../../../main/services/atomicWrite';
import { readDocumentFile } from '../../../main/services/documentFiles';
import type { AccordFile } from '../../../shared/document/fileSchema';
import { makeHandlers, value } from '../main/services/apiHelpers';
import { sampleFile, sampleText } from '../main/services/helpers';
import {
  fileSnapshot,
  SCENARIOS,
  snapshot,
  type CaseContext,
  type Scenario,
} from './externalCases';
import { faults } from './faultyFs';

// Injects failures where the operating system would report them (see faultyFs.ts); the services
// take no file-system seam of their own, so the module is replaced for this file only.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsp>();
  const { faultyFs } = await import('./faultyFs');
  const wrapped = faultyFs(real);
  return { ...wrapped, default: wrapped };
});

const CASES = 100;
/** Document sizes, in paragraphs, cycled over the cases. */
const SIZES = [1, 12, 150, 3, 40];

interface Outcome {
  scenario: string;
  expected: Scenario['expect'];
  got: 'prompt' | 'error' | 'saved';
  code: string | null;
  silentOverwrite: boolean;
  /** The user answered a prompt with "replace" and the save went through. */
  replaced: boolean;
  problems: string[];
}

type Handlers = Awaited<ReturnType<typeof makeHandlers>>;

/** Whether the file at `path` is the user's document (their title and their last paragraph). */
async function holdsUsersText(path: string, user: AccordFile): Promise<boolean> {
  const read = await readDocumentFile(path);
  if (!read.ok) return false;
  const { file, doc } = read.value.loaded;
  return file.meta.title === user.meta.title && doc.lastChild?.textContent === 'The user’s edit.';
}

async function runCase(h: Handlers, index: number, outside: string): Promise<Outcome> {
  const scenario = SCENARIOS[index % SCENARIOS.length]!;
  const paragraphs = Array.from(
    { length: SIZES[index % SIZES.length]! },
    (_, k) => `Paragraph ${k}.`,
  );
  const dir = join(h.libraryDir, `case-${index}`);
  const path = join(dir, 'Plan.accord');
  await mkdir(dir, { recursive: true });
  const original = Buffer.from(sampleText('Original', paragraphs));
  await writeFile(path, original);
  const opened = value(await h.api['documents.open']({ path }));
  const user: AccordFile = {
    ...sampleFile(`User ${index}`, [...paragraphs, 'The user’s edit.']),
    documentId: opened.file.documentId,
  };
  const ctx: CaseContext = {
    dir,
    path,
    original,
    theirs: sampleText('Colleague', [...paragraphs, 'Their edit.']),
    outside,
  };
  const problems: string[] = [];
  let replaced = false;
  await scenario.change(ctx);
  faults.rule = scenario.fault ? { ...scenario.fault, folder: dir } : null;
  const hitsBefore = faults.hits;
  const before = await snapshot(path);
  const saved = await h.api['documents.save']({ path, file: user, expectedStamp: opened.stamp });
  if (scenario.fault && faults.hits === hitsBefore) problems.push('the fault never fired');
  const got = saved.ok ? 'saved' : saved.error.code === 'changed-on-disk' ? 'prompt' : 'error';
  // Saving over bytes that are not the ones the user opened, without being told to, loses work.
  const silentOverwrite = saved.ok && before !== 'missing' && before !== fileSnapshot(original);
  if (saved.ok) {
    if (!(await holdsUsersText(path, user)))
      problems.push('the save did not write the user’s text');
  } else {
    const { message } = saved.error;
    if (!/^\S.{19,}[.!]$/s.test(message)) problems.push(`unclear message: ${message}`);
    if (!message.includes('Plan.accord'))
      problems.push(`message does not name the file: ${message}`);
    if ((await snapshot(path)) !== before) problems.push('a refused save changed the file on disk');
    const temps = (await readdir(dir).catch(() => [])).filter(isTempName);
    if (temps.length) problems.push(`temp files left: ${temps.join(', ')}`);
    // The user's text is not lost: it can be saved under another name, in another folder.
    const copy = join(h.libraryDir, 'saved-as', `case-${index}.accord`);
    const savedAs = await h.api['documents.save']({ path: copy, file: user, expectedStamp: null });
    if (!savedAs.ok) problems.push(`save as failed: ${savedAs.error.message}`);
    else if (!(await holdsUsersText(copy, user))) problems.push('the copy is not the user’s text');
    // Every other round of prompts is answered "replace": the file then holds the user's text.
    if (got === 'prompt' && Math.floor(index / SCENARIOS.length) % 2 === 1) {
      faults.rule = null;
      const overwrite = await h.api['documents.save']({
        path,
        file: user,
        expectedStamp: opened.stamp,
        overwrite: true,
      });
      if (!overwrite.ok) problems.push(`explicit overwrite failed: ${overwrite.error.message}`);
      else if (!(await holdsUsersText(path, user)))
        problems.push('overwrite did not write the user’s text');
      else replaced = true;
    }
  }
  faults.rule = null;
  await chmod(dir, 0o755).catch(() => undefined);
  await h.api['documents.close']({ path });
  return {
    scenario: scenario.name,
    expected: scenario.expect,
    got,
    code: saved.ok ? null : saved.error.code,
    silentOverwrite,
    replaced,
    problems,
  };
}

describe('outside changes to an open document', () => {
  it(`never silently overwrites in ${CASES} scripted cases, and the user's text is kept`, async () => {
    const h = await makeHandlers();
    const outsideDir = join(h.root, 'elsewhere');
    await mkdir(outsideDir, { recursive: true });
    const outside = join(outsideDir, 'Elsewhere.accord');
    await writeFile(outside, sampleText('Elsewhere'));
    const outsideBefore = await snapshot(outside);
    // Where "save as" puts copies: an existing folder, as a Save dialog would choose.
    await mkdir(join(h.libraryDir, 'saved-as'), { recursive: true });
    const outcomes: Outcome[] = [];
    for (let i = 0; i < CASES; i++) outcomes.push(await runCase(h, i, outside));
    const count = (f: (o: Outcome) => boolean) => outcomes.filter(f).length;
    const codes = [
      ...new Set(outcomes.map((o) => o.code).filter((c) => c && c !== 'changed-on-disk')),
    ];
    console.log(
      `external changes: ${CASES} cases over ${SCENARIOS.length} kinds, ${count((o) => o.got === 'prompt')} prompts (changed-on-disk; ${count((o) => o.replaced)} answered "replace"), ${count((o) => o.got === 'error')} clear errors (${codes.join(', ')}), ${count((o) => o.got === 'saved')} saves where nothing was lost, ${count((o) => o.silentOverwrite)} silent overwrites`,
    );
    expect(outcomes.filter((o) => o.silentOverwrite).map((o) => o.scenario)).toEqual([]);
    expect(outcomes.flatMap((o) => o.problems.map((p) => `${o.scenario}: ${p}`))).toEqual([]);
    expect(
      outcomes
        .filter((o) => o.got !== o.expected)
        .map((o) => `${o.scenario}: ${o.got} (${o.code})`),
    ).toEqual([]);
    expect(await snapshot(outside)).toBe(outsideBefore);
  }, 60_000);
});
