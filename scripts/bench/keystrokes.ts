import type { Page } from '@playwright/test';
import { percentile } from './stats';

/** Keystroke latency figures for one editor. */
export interface KeystrokeFigures {
  open: number;
  p50: number;
  p95: number;
  p99: number;
  samples: number;
}

/**
 * Opens the plan in the bench page's editor of the given kind, types `keys` characters in the
 * middle of the document at a brisk typist's pace, and returns keydown-to-next-frame latencies.
 */
export async function measureKeystrokes(
  page: Page,
  kind: 'accord' | 'bare',
  keys: number,
): Promise<KeystrokeFigures> {
  const open = await page.evaluate(
    (k) => (window as unknown as BenchWindow).bench.open(k, '/plan.accord'),
    kind,
  );
  await page.evaluate(() => (window as unknown as BenchWindow).bench.placeCursor(0.5));
  // Let layout settle and the first idle work finish before measuring.
  await page.waitForTimeout(500);
  await page.evaluate(() => (window as unknown as BenchWindow).bench.startRecording());
  const text = 'the quick brown fox jumps over the lazy dog ';
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(
      text[i % text.length] === ' ' ? 'Space' : (text[i % text.length] ?? 'a'),
    );
    await page.waitForTimeout(25);
  }
  await page.waitForTimeout(300);
  const samples = await page.evaluate(() =>
    (window as unknown as BenchWindow).bench.stopRecording(),
  );
  await page.evaluate(() => (window as unknown as BenchWindow).bench.close());
  return {
    open,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    samples: samples.length,
  };
}

interface BenchWindow {
  bench: {
    open(kind: 'accord' | 'bare', url: string): Promise<number>;
    placeCursor(fraction: number): void;
    startRecording(): void;
    stopRecording(): number[];
    close(): void;
  };
}
