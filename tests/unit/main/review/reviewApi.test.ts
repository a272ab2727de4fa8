import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AccordApi, ApiArgs, ApiMethod, ApiResults } from '../../../../shared/api';
import { dispatch } from '../../../../shared/apiDispatch';
import type { Result } from '../../../../shared/result';
import type { AccordFile } from '../../../../shared/document/fileSchema';
import { FORMAT_VERSION } from '../../../../shared/document/format';
import { loadAccordText, serializeAccordFile } from '../../../../shared/document/load';
import {
  ana,
  at,
  ben,
  comment,
  masterOf,
  np,
  plan,
  saved,
  shortPlan,
  suggest,
} from '../../shared/review/build';
import { makeHandlers, value } from '../services/apiHelpers';

const draft = shortPlan;

/** A call through the servers' dispatch, so payloads are checked against the contract. */
function call<M extends ApiMethod>(api: AccordApi, method: M, args: ApiArgs<M>) {
  return dispatch(api, method, args) as Promise<Result<ApiResults[M]>>;
}

async function sendRound(withWord = false) {
  // Sent at 09:01 on 14 March 2025; the reviewer's comments (build.ts) are from 09:10.
  const h = await makeHandlers({ now: () => at(1) });
  value(await h.api['settings.setIdentity']({ identity: ana }));
  const master = masterOf(draft);
  const sent = value(
    await call(h.api, 'review.send', {
      file: master,
      reviewers: ['ILO'],
      due: null,
      outputPath: null,
      withWord,
    }),
  );
  return { h, master, sent };
}

/** The copy on disk as the reviewer returns it: a suggestion and a comment added. */
async function returnCopy(path: string): Promise<AccordFile> {
  const loaded = loadAccordText(await readFile(path, 'utf8'), 'copy');
  if (!loaded.ok) throw new Error(loaded.error.message);
  const c = comment(loaded.value.doc, loaded.value.file.comments, {
    id: 't1',
    block: 'p2',
    text: 'scarce',
    by: ben,
    says: 'Source?',
  });
  const edited = suggest(c.doc, 'p1', 'strengthening', 'building', ben, 'b1');
  const file = saved(loaded.value.file, edited, c.threads);
  await writeFile(path, serializeAccordFile(file));
  return file;
}

describe('review.send', () => {
  it('writes the copy into the library and returns the master with its “Sent for review” version', async () => {
    const { h, master, sent } = await sendRound();
    expect(sent.copyPath).toBe(
      join(h.libraryDir, 'Action plan on the social economy – review 2025-03-14 – ILO.accord'),
    );
    expect(sent.file.versions.list.map((v) => [v.reason, v.name])).toEqual([
      ['review', 'Sent for review 2025-03-14'],
    ]);
    const copy = loadAccordText(await readFile(sent.copyPath, 'utf8'), 'copy');
    expect(copy.ok && copy.value.file.review).toMatchObject({
      sourceDocumentId: master.documentId,
      baseVersionId: sent.file.versions.list[0]!.id,
      reviewers: ['ILO'],
    });
    // A second round the same day gets a name of its own.
    const again = value(
      await call(h.api, 'review.send', {
        file: sent.file,
        reviewers: ['ILO'],
        due: null,
        outputPath: null,
        withWord: false,
      }),
    );
    expect(again.copyPath).toMatch(/ILO \(2\)\.accord$/);
  });

  it('writes a Word file beside the copy when asked', async () => {
    const { sent } = await sendRound(true);
    expect(sent.wordPath).toBe(sent.copyPath.replace(/\.accord$/, '.docx'));
    expect((await stat(sent.wordPath!)).size).toBeGreaterThan(1000);
  });

  it('refuses a path outside the library the user did not choose, and asks who is sending', async () => {
    const h = await makeHandlers();
    const file = masterOf(draft);
    const anonymous = await call(h.api, 'review.send', {
      file,
      reviewers: [],
      due: null,
      outputPath: null,
      withWord: false,
    });
    expect(!anonymous.ok && anonymous.error.message).toMatch(/^Say who you are/);
    value(await h.api['settings.setIdentity']({ identity: ana }));
    const outside = await call(h.api, 'review.send', {
      file,
      reviewers: [],
      due: null,
      outputPath: join(h.root, 'elsewhere.accord'),
      withWord: false,
    });
    expect(!outside.ok && outside.error.code).toBe('forbidden-path');
  });
});

describe('review.import', () => {
  it('merges a returned copy: its thread and its suggestion, attributed to the reviewer', async () => {
    const { h, sent } = await sendRound();
    await returnCopy(sent.copyPath);
    const imported = value(
      await call(h.api, 'review.import', {
        file: sent.file,
        paths: [sent.copyPath],
        dryRun: false,
      }),
    );
    expect(imported.changed).toBe(true);
    expect(imported.reports).toEqual([
      expect.objectContaining({
        fileName: 'Action plan on the social economy – review 2025-03-14 – ILO.accord',
        threads: 1,
        suggestions: 1,
        reviewer: 'ILO',
        authors: ['Ben Okafor'],
      }),
    ]);
    expect(imported.file.comments.map((t) => t.id)).toEqual(['t1']);
    expect(JSON.stringify(imported.file.doc)).toContain('"author":"Ben Okafor"');
    // Imported again: recognised, nothing changes.
    const again = value(
      await call(h.api, 'review.import', {
        file: imported.file,
        paths: [sent.copyPath],
        dryRun: false,
      }),
    );
    expect(again).toMatchObject({
      changed: false,
      reports: [expect.objectContaining({ alreadyImported: true })],
    });
  });

  it('only reports on a dry run', async () => {
    const { h, sent } = await sendRound();
    await returnCopy(sent.copyPath);
    const dry = value(
      await call(h.api, 'review.import', {
        file: sent.file,
        paths: [sent.copyPath],
        dryRun: true,
      }),
    );
    expect(dry.changed).toBe(false);
    expect(dry.file).toEqual(sent.file);
    expect(dry.reports[0]).toMatchObject({ threads: 1, suggestions: 1 });
  });

  it('refuses a damaged copy or one from a newer Accord, and the master is untouched', async () => {
    const { h, sent } = await sendRound();
    const damaged = join(h.libraryDir, 'damaged.accord');
    await writeFile(damaged, '{"format":"accord",');
    const newer = join(h.libraryDir, 'newer.accord');
    const text = (await readFile(sent.copyPath, 'utf8')).replace(
      `"formatVersion":${FORMAT_VERSION}`,
      `"formatVersion":${FORMAT_VERSION + 1}`,
    );
    await writeFile(newer, text);
    const before = await readdir(h.libraryDir);
    const one = await call(h.api, 'review.import', {
      file: sent.file,
      paths: [sent.copyPath, damaged],
      dryRun: false,
    });
    expect(!one.ok && one.error.code).toBe('corrupt-file');
    expect(!one.ok && one.error.message).toContain('“damaged.accord” cannot be opened');
    const two = await call(h.api, 'review.import', {
      file: sent.file,
      paths: [newer],
      dryRun: false,
    });
    expect(!two.ok && two.error.code).toBe('newer-format');
    expect(!two.ok && two.error.message).toContain('made by a newer Accord');
    expect(await readdir(h.libraryDir)).toEqual(before);
  });

  it('refuses paths outside the library and copies of another document', async () => {
    const { h, sent } = await sendRound();
    const outside = await call(h.api, 'review.import', {
      file: sent.file,
      paths: [join(h.root, 'x.accord')],
      dryRun: false,
    });
    expect(!outside.ok && outside.error.code).toBe('forbidden-path');
    const other = masterOf(plan('Another plan', np('x', 'Other.')));
    const foreign = await call(h.api, 'review.import', {
      file: other,
      paths: [sent.copyPath],
      dryRun: false,
    });
    expect(!foreign.ok && foreign.error.message).toContain('not from “Another plan”');
  });
});
