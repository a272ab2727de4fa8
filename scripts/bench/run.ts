// `npm run bench`: performance figures on a generated 300-page action plan. Prints figures and
// whether each target is met; it is a report, not a test, so it exits 0 unless something broke.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serializeAccordFile } from '../../shared/document/load';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/browser';
import { generatePlanFile } from './generatePlan';
import { runExportBench } from './exportBench';
import { runMergeBench } from './mergeBench';
import { measureKeystrokes, mergeFigures } from './keystrokes';
import { runCommentsBench } from './commentsBench';
import { runTrackChangesBench } from './trackChangesBench';
import { measureSaves } from './saves';
import { serveFolder } from './server';
import { line, ms } from './stats';
import { runVersionsBench } from './versionsBench';

async function main(): Promise<void> {
  const pageDir = process.argv[2];
  if (!pageDir) throw new Error('usage: run.cjs <bench page folder>');
  const work = mkdtempSync(join(tmpdir(), 'accord-bench-'));
  const file = generatePlanFile();
  const text = serializeAccordFile(file);
  writeFileSync(join(pageDir, 'plan.accord'), text);
  console.log(`Generated plan: ${(text.length / 1024 / 1024).toFixed(1)} MB of JSON`);

  const server = await serveFolder(pageDir);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${server.origin}/index.html`);
    // Bare first and Accord second, then again, so neither always runs on a cold engine.
    const bare1 = await measureKeystrokes(page, 'bare', 100);
    const accord1 = await measureKeystrokes(page, 'accord', 100);
    const bare2 = await measureKeystrokes(page, 'bare', 100);
    const accord2 = await measureKeystrokes(page, 'accord', 100);
    const bare = mergeFigures(bare1, bare2);
    const accord = mergeFigures(accord1, accord2);
    console.log(
      '\nKeystroke latency, keydown to next frame, 200 keys in the middle of the document',
    );
    console.log(
      line(
        'bare ProseMirror p50 / p95 / p99',
        `${ms(bare.p50)} / ${ms(bare.p95)} / ${ms(bare.p99)}`,
      ),
    );
    console.log(
      line('Accord p50', ms(accord.p50), {
        text: `≤ 16 ms and ≤ 1.2x bare (${(accord.p50 / bare.p50).toFixed(2)}x)`,
        met: accord.p50 <= 16 && accord.p50 <= 1.2 * bare.p50,
      }),
    );
    console.log(
      line('Accord p95', ms(accord.p95), {
        text: `≤ 33 ms and ≤ 1.2x bare (${(accord.p95 / bare.p95).toFixed(2)}x)`,
        met: accord.p95 <= 33 && accord.p95 <= 1.2 * bare.p95,
      }),
    );
    console.log(line('Accord p99', ms(accord.p99)));
    console.log('\nOpening');
    console.log(
      line('open to editable (parse, check, mount, paint)', ms(accord.open), {
        text: '≤ 600 ms',
        met: accord.open <= 600,
      }),
    );
    console.log(line('bare ProseMirror open, same steps', ms(bare.open)));
    // 100 saves, so p95 is not decided by one garbage collection or one slow fsync.
    const saves = await measureSaves(work, file, 100);
    console.log('\nSaving (validate, atomic write, fsync, backup), 100 saves');
    console.log(line('save p50', ms(saves.p50)));
    console.log(line('save p95', ms(saves.p95), { text: '≤ 50 ms', met: saves.p95 <= 50 }));
    for (const commentsLine of await runCommentsBench(page, pageDir)) console.log(commentsLine);
    for (const trackLine of await runTrackChangesBench(page, pageDir)) console.log(trackLine);
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  for (const exportLine of await runExportBench()) console.log(exportLine);
  for (const versionsLine of await runVersionsBench()) console.log(versionsLine);
  for (const mergeLine of await runMergeBench()) console.log(mergeLine);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
