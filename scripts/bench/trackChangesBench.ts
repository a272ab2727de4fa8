// Suggestion mode on the 300-page plan with 2,000 tracked changes. In the same Chromium run as
// the foundation figures: keystroke latency in Accord's editor with track changes on (every key
// a suggestion), against a bare ProseMirror view of the same document, then again with the
// Changes panel open, and opening that panel. Called by run.ts; returns the report lines.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serializeAccordFile } from '../../shared/document/load';
import { keystrokeLines, measureKeystrokes, mergeFigures } from './keystrokes';
import { line, ms, percentile } from './stats';
import type { TrackChangesBenchApi } from './trackChangesPage';
import { trackedPlan } from './trackedPlan';

const URL = '/tracked.accord';
const CHANGES = 2000;
const KEYS = 100;

interface BenchWindow {
  trackChangesBench: TrackChangesBenchApi;
  bench: { open(kind: 'accord' | 'bare', url: string): Promise<number>; close(): void };
}

const turnOn = (page: Page) =>
  page.evaluate(() => (window as unknown as BenchWindow).trackChangesBench.on());
const countChanges = (page: Page) =>
  page.evaluate(() => (window as unknown as BenchWindow).trackChangesBench.changes());
const openPanel = (page: Page) =>
  page.evaluate(() => (window as unknown as BenchWindow).trackChangesBench.openPanel());
const closePanel = (page: Page) =>
  page.evaluate(() => (window as unknown as BenchWindow).trackChangesBench.closePanel());
const timeDispatches = (page: Page) =>
  page.evaluate(() => (window as unknown as BenchWindow).trackChangesBench.timeDispatches());
const dispatchTimes = (page: Page) =>
  page.evaluate(() => (window as unknown as BenchWindow).trackChangesBench.dispatchTimes());
const listed = (page: Page) =>
  page.evaluate(() => (window as unknown as BenchWindow).trackChangesBench.listed());

/** Runs the suggestion-mode bench on the page run.ts opened; writes its document into `pageDir`. */
export async function runTrackChangesBench(page: Page, pageDir: string): Promise<string[]> {
  const { file } = trackedPlan(CHANGES);
  writeFileSync(join(pageDir, 'tracked.accord'), serializeAccordFile(file));

  let typedAsSuggestions = true;
  const jsOn: number[] = [];
  const jsOff: number[] = [];
  const tracking = {
    setup: async (p: Page) => {
      if (!(await turnOn(p))) throw new Error('Suggestion mode did not turn on');
      await timeDispatches(p);
    },
    teardown: async (p: Page) => {
      jsOn.push(...(await dispatchTimes(p)));
      // Every key went in as one suggestion: one change more than the document had.
      if ((await countChanges(p)) !== CHANGES + 1) typedAsSuggestions = false;
    },
  };
  const untracked = {
    setup: timeDispatches,
    teardown: async (p: Page) => void jsOff.push(...(await dispatchTimes(p))),
  };
  const withPanel = {
    setup: async (p: Page) => {
      await tracking.setup(p);
      await openPanel(p);
    },
    teardown: async (p: Page) => {
      await tracking.teardown(p);
      await closePanel(p);
    },
  };

  // Bare first and Accord second, then again, as for the foundation figures.
  const bare1 = await measureKeystrokes(page, 'bare', KEYS, { url: URL });
  const accord1 = await measureKeystrokes(page, 'accord', KEYS, { url: URL, ...tracking });
  const bare2 = await measureKeystrokes(page, 'bare', KEYS, { url: URL });
  const accord2 = await measureKeystrokes(page, 'accord', KEYS, { url: URL, ...tracking });
  const panel1 = await measureKeystrokes(page, 'accord', KEYS, { url: URL, ...withPanel });
  const panel2 = await measureKeystrokes(page, 'accord', KEYS, { url: URL, ...withPanel });
  // The same document with suggestion mode off: what the mode itself costs.
  const off1 = await measureKeystrokes(page, 'accord', KEYS, { url: URL, ...untracked });
  const off2 = await measureKeystrokes(page, 'accord', KEYS, { url: URL, ...untracked });
  const bare = mergeFigures(bare1, bare2);
  const accord = mergeFigures(accord1, accord2);
  const typingWithPanel = mergeFigures(panel1, panel2);
  const off = mergeFigures(off1, off2);

  // Opening the panel: the first time on a freshly opened document, then again.
  await page.evaluate((url) => (window as unknown as BenchWindow).bench.open('accord', url), URL);
  await page.waitForTimeout(300);
  const cold = await openPanel(page);
  await closePanel(page);
  await page.waitForTimeout(100);
  const warm = await openPanel(page);
  const shown = await listed(page);
  await closePanel(page);
  await page.evaluate(() => (window as unknown as BenchWindow).bench.close());

  return [
    `\nSuggestion mode: ${CHANGES.toLocaleString('en')} tracked changes by 3 reviewers on the same plan`,
    `Keystroke latency with track changes on, keydown to next frame, ${2 * KEYS} keys in the middle`,
    line(
      'bare ProseMirror, same document p50/p95/p99',
      `${ms(bare.p50)} / ${ms(bare.p95)} / ${ms(bare.p99)}`,
    ),
    ...keystrokeLines('Accord, suggesting', accord, bare),
    ...keystrokeLines('… and the Changes panel open', typingWithPanel, bare),
    line(
      'Accord, track changes off, p50/p95/p99',
      `${ms(off.p50)} / ${ms(off.p95)} / ${ms(off.p99)}`,
    ),
    line(
      'JS per key (plugins, state, view), on: p50/p95',
      `${ms(percentile(jsOn, 50))} / ${ms(percentile(jsOn, 95))}`,
    ),
    line(
      '… the same with track changes off',
      `${ms(percentile(jsOff, 50))} / ${ms(percentile(jsOff, 95))}`,
    ),
    line('typing tracked as one suggestion per run', typedAsSuggestions ? 'yes' : 'NO'),
    `Changes panel (React, ${shown.toLocaleString('en')} changes listed)`,
    line('open panel, first time in the document', ms(cold)),
    line('open panel again', ms(warm)),
  ];
}
