import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `npm run bench` (scripts/bench.mjs): measurements, not tests.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['bench/**/*.measure.ts'],
    environment: 'node',
    // The in-page UI's wording comes from locales/en.yml in Node.
    setupFiles: ['tests/unit/setup-i18n.ts'],
    testTimeout: 1_800_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
