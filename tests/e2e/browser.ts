import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for Chromium on a closed network, as root, headless. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium to drive: $CHROMIUM_PATH, Debian's /usr/bin/chromium, or Playwright's own
 * download. Throws one sentence saying how to get one when none is found.
 */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return undefined;
  throw new Error(
    'No Chromium found for the e2e tests: install one with `apt-get install chromium` (Debian) or `npx playwright install chromium`, or set CHROMIUM_PATH.',
  );
}
