import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `npm run bench` (scripts/bench.mjs): measurements, not tests.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['bench/**/*.measure.ts'],
    environment: 'node',
    // checkDraft is also timed in Node, where its messages come from locales/en.yml.
    setupFiles: ['tests/unit/setup-i18n.ts'],
    testTimeout: 600_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
