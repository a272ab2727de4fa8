import { defineConfig } from '@playwright/test';

// The desktop smoke test: launches the real Electron app where its binary is installed.
export default defineConfig({
  testDir: '.',
  testMatch: 'smoke.spec.ts',
  workers: 1,
  timeout: 60_000,
  reporter: 'line',
});
