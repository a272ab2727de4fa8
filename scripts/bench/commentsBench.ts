// Comment threads on the 300-page plan: 1,000 threads (some overlapping) as comment marks in the
// document and threads in the file. In the same Chromium run as the foundation figures: keystroke
// latency in Accord's editor against a bare ProseMirror view of the same document, then opening
// the app's Comments panel (React) and jumping to threads by clicking their cards. Called by
// run.ts; prints nothing itself, returns the report lines.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Node } from 'prosemirror-model';
import type { Page } from '@playwright/test';
import { serializeAccordFile } from '../../shared/document/load';
import type { CommentsBenchApi } from './commentsPage';
import { commentedPlan } from './commentedPlan';
import { keystrokeLines, measureKeystrokes, mergeFigures } from './keystrokes';
import { line, ms, percentile } from './stats';

const URL = '/commented.accord';
const THREADS = 1000;
const KEYS = 100;
const JUMPS = 10;
const PANEL_TARGET_MS = 100;

interface BenchWindow {
  commentsBench: CommentsBenchApi;
  bench: { open(kind: 'accord' | 'bare', url: string): Promise<number>; close(): void };
}

/** Threads whose marked text shares at least one character with another thread's. */
function overlapping(doc: Node): number {
  const ids = new Set<string>();
  doc.descendants((node) => {
    const comments = node.marks.filter((m) => m.type.name === 'comment');
    if (comments.length > 1) for (const m of comments) ids.add(String(m.attrs.id));
  });
  return ids.size;
}

const openPanel = (page: Page) =>
  page.evaluate(async (url) => {
    await (window as unknown as BenchWindow).commentsBench.load(url);
    return (window as unknown as BenchWindow).commentsBench.openPanel();
  }, URL);

const closePanel = (page: Page) =>
  page.evaluate(() => (window as unknown as BenchWindow).commentsBench.closePanel());

/**
 * On a freshly opened document: the first reading of every anchor (which the app does as a
 * document opens, for the outline's counts), opening the panel twice, and jumps to threads.
 */
async function measurePanel(page: Page) {
  await page.evaluate((url) => (window as unknown as BenchWindow).bench.open('accord', url), URL);
  await page.waitForTimeout(300);
  const firstScan = await page.evaluate(async (url) => {
    await (window as unknown as BenchWindow).commentsBench.load(url);
    return (window as unknown as BenchWindow).commentsBench.scan();
  }, URL);
  await page.waitForTimeout(100);
  const opens = [await openPanel(page)];
  await closePanel(page);
  await page.waitForTimeout(100);
  opens.push(await openPanel(page));
  await page.waitForTimeout(300);
  const listed = await page.evaluate(() =>
    (window as unknown as BenchWindow).commentsBench.listed(),
  );
  const jumps: number[] = [];
  let landed = 0;
  for (let i = 0; i < JUMPS; i++) {
    // Spread over the whole list, so most jumps cross many pages of the document.
    const index = Math.floor((listed * ((i * 7) % JUMPS)) / JUMPS + listed / (2 * JUMPS));
    const jump = await page.evaluate(
      (n) => (window as unknown as BenchWindow).commentsBench.jump(n),
      Math.min(index, listed - 1),
    );
    jumps.push(jump.ms);
    if (jump.landed) landed++;
    await page.waitForTimeout(150);
  }
  await closePanel(page);
  await page.evaluate(() => (window as unknown as BenchWindow).bench.close());
  return { firstScan, opens, listed, jumps, landed };
}

/** Runs the comments bench on the page run.ts opened; writes its document into `pageDir`. */
export async function runCommentsBench(page: Page, pageDir: string): Promise<string[]> {
  const { doc, file } = commentedPlan(THREADS);
  writeFileSync(join(pageDir, 'commented.accord'), serializeAccordFile(file));
  const shared = overlapping(doc);

  // Bare first and Accord second, then again, as for the foundation figures.
  const options = { url: URL };
  const bare1 = await measureKeystrokes(page, 'bare', KEYS, options);
  const accord1 = await measureKeystrokes(page, 'accord', KEYS, options);
  const bare2 = await measureKeystrokes(page, 'bare', KEYS, options);
  const accord2 = await measureKeystrokes(page, 'accord', KEYS, options);
  const bare = mergeFigures(bare1, bare2);
  const accord = mergeFigures(accord1, accord2);
  const withPanel = {
    url: URL,
    setup: (p: Page) => openPanel(p).then(() => undefined),
    teardown: (p: Page) => closePanel(p),
  };
  const typingWithPanel = mergeFigures(
    await measureKeystrokes(page, 'accord', KEYS, withPanel),
    await measureKeystrokes(page, 'accord', KEYS, withPanel),
  );

  const rounds = [await measurePanel(page), await measurePanel(page)];
  const firstScan = Math.max(...rounds.map((r) => r.firstScan));
  const opens = rounds.flatMap((r) => r.opens);
  const openFirst = Math.max(...opens.map((o) => o.first));
  const openAll = Math.max(...opens.map((o) => o.all));
  const jumps = rounds.flatMap((r) => r.jumps);
  const jumpMax = Math.max(...jumps);
  const landed = rounds.reduce((sum, r) => sum + r.landed, 0);

  return [
    `\nComment threads: ${file.comments.length} threads (${shared} sharing text with another) on the same plan`,
    `Keystroke latency with the threads, keydown to next frame, ${2 * KEYS} keys in the middle`,
    line(
      'bare ProseMirror, same document p50/p95/p99',
      `${ms(bare.p50)} / ${ms(bare.p95)} / ${ms(bare.p99)}`,
    ),
    ...keystrokeLines('Accord with 1,000 threads', accord, bare),
    ...keystrokeLines('… and the Comments panel open', typingWithPanel, bare),
    `Comments panel (the app's React panel; ${rounds[0]?.listed ?? 0} open threads; ${opens.length} opens, ${jumps.length} jumps)`,
    line('read every anchor, first time (as it opens)', ms(firstScan)),
    line('open panel, first threads painted, slowest', ms(openFirst), {
      text: `≤ ${PANEL_TARGET_MS} ms`,
      met: openFirst <= PANEL_TARGET_MS,
    }),
    line('… every open thread listed, slowest', ms(openAll)),
    line('jump to a thread (click its card) p50', ms(percentile(jumps, 50))),
    line('jump to a thread, slowest', ms(jumpMax), {
      text: `≤ ${PANEL_TARGET_MS} ms`,
      met: jumpMax <= PANEL_TARGET_MS,
    }),
    line('jumps that selected the text on screen', `${landed} of ${jumps.length}`),
  ];
}
