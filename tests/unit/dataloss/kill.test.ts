import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuzzSeed } from '../fuzz/fuzzRun';
import { describeKillFigures, runKillCampaigns } from './killHarness';

// tests/unit/main/services/killSave.test.ts kills writeFileAtomic alone; this kills the whole
// path a window takes (open, documents.save with its stamp check and backup, documents.autosave
// to the recovery file) through dispatch, in a child process with the real services.
const RUNS = 200;

describe('saving and autosaving survive kill -9', () => {
  it(`leaves the document, its recovery file and its backups complete after ${RUNS} kills`, async () => {
    const root = await mkdtemp(join(tmpdir(), 'accord-kill-'));
    const seed = fuzzSeed();
    try {
      const figures = await runKillCampaigns(root, RUNS, seed);
      console.log(describeKillFigures(figures, seed));
      expect(figures.failures).toEqual([]);
      expect(figures.savesAcknowledged).toBeGreaterThan(RUNS / 2);
      expect(figures.autosavesAcknowledged).toBeGreaterThan(RUNS / 2);
      expect(figures.killedDuringSave).toBeGreaterThan(0);
      expect(figures.killedDuringAutosave).toBeGreaterThan(0);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 180_000);
});
