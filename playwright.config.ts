import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './test/e2e/support/browser';

// An uncommon port, so a developer's own preview server (4173) does not collide with the test run.
const PORT = Number(process.env.NEAR_DESK_E2E_PORT ?? 4791);

export default defineConfig({
  testDir: 'test/e2e',
  // Whole user flows (load the sample, set up a laptop, exchange bundles) on a shared 2-core machine
  // with two workers: 30 s was reached by a flow that takes 9 s alone. Speed is measured by the
  // benchmarks, not by these timeouts.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  // Every test has its own fresh profile, so tests of one file may run on both workers: the long
  // screenshot flows no longer queue behind each other at the end of the run.
  fullyParallel: true,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1280, height: 820 },
    locale: 'en-GB',
    // The app honours the system's reduced-motion setting (no dropdown, dialog or notification
    // animations), so steps do not wait for transitions to settle.
    reducedMotion: 'reduce',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    // Every test gets a new browser context: a fresh profile with an empty IndexedDB.
    { name: 'browser', testDir: 'test/e2e/browser' },
    { name: 'electron', testDir: 'test/e2e/electron' },
  ],
  webServer: {
    // The production build of the renderer, exactly what Electron loads from app://.
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
