import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/setup.ts'],
    environment: 'node',
    // Property tests and 10 MB hostile bundles take a few seconds alone and four times that on a shared
    // 2-core machine running the e2e suite beside them; speed is measured by the benchmarks, not here.
    testTimeout: 30_000,
    // Every core: Vitest 4 leaves one free by default, which on CI's two cores ran the files one at a time.
    maxWorkers: availableParallelism(),
  },
});
