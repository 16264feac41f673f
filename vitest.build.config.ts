import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Tests of the built extension's files (manifests, where code lands, web-ext lint): run after `wxt build` for both browsers.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
