import type { Page } from '@playwright/test';
import { line, ms, percentile } from './stats';

/** Keystroke latency figures for one editor. */
export interface KeystrokeFigures {
  open: number;
  p50: number;
  p95: number;
  p99: number;
  samples: number;
}

/** Two runs of the same editor as one: best open, mean p50, worst p95 and p99. */
export function mergeFigures(a: KeystrokeFigures, b: KeystrokeFigures): KeystrokeFigures {
  return {
    open: Math.min(a.open, b.open),
    p50: (a.p50 + b.p50) / 2,
    p95: Math.max(a.p95, b.p95),
    p99: Math.max(a.p99, b.p99),
    samples: a.samples + b.samples,
  };
}

/** The report lines of one editor's figures against the foundation targets and bare ProseMirror. */
export function keystrokeLines(
  label: string,
  fig: KeystrokeFigures,
  bare: KeystrokeFigures,
): string[] {
  return [
    line(`${label} p50`, ms(fig.p50), {
      text: `≤ 16 ms and ≤ 1.2x bare (${(fig.p50 / bare.p50).toFixed(2)}x)`,
      met: fig.p50 <= 16 && fig.p50 <= 1.2 * bare.p50,
    }),
    line(`${label} p95`, ms(fig.p95), {
      text: `≤ 33 ms and ≤ 1.2x bare (${(fig.p95 / bare.p95).toFixed(2)}x)`,
      met: fig.p95 <= 33 && fig.p95 <= 1.2 * bare.p95,
    }),
    line(`${label} p99`, ms(fig.p99)),
  ];
}

/** Another document than the plan, and chrome mounted around the editor while typing. */
export interface KeystrokeOptions {
  /** The file to open; the plan by default. */
  url?: string;
  /** Runs after the editor opened, before typing (e.g. mounts a panel). */
  setup?: (page: Page) => Promise<void>;
  /** Runs after typing, before the editor is closed. */
  teardown?: (page: Page) => Promise<void>;
}

/**
 * Opens the plan in the bench page's editor of the given kind, types `keys` characters in the
 * middle of the document at a brisk typist's pace, and returns keydown-to-next-frame latencies.
 */
export async function measureKeystrokes(
  page: Page,
  kind: 'accord' | 'bare',
  keys: number,
  options: KeystrokeOptions = {},
): Promise<KeystrokeFigures> {
  const open = await page.evaluate(
    ([k, url]) => (window as unknown as BenchWindow).bench.open(k, url),
    [kind, options.url ?? '/plan.accord'] as const,
  );
  await options.setup?.(page);
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
  await options.teardown?.(page);
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
