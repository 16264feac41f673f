import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Real-Firefox tests: the built add-on (.output/firefox-mv2) in Debian's firefox-esr, driven by puppeteer-core.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
