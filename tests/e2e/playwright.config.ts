import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // Two cores: each worker runs a Chromium and a core doing real scrypt.
  workers: 2,
  retries: 0,
  reporter: [['list']],
});
