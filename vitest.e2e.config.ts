import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Real-browser tests: the built extension in Debian's Chromium. One browser at a time.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // `npm run screenshots` runs the README screenshot script through the same harness.
    include: process.env.SCREENSHOTS ? ['scripts/*.shots.ts'] : ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
