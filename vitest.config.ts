import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// A zone with DST, so date tests cover the changeover whatever the machine's zone.
process.env.TZ = 'America/New_York';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/unit/setup-i18n.ts'],
    // Property tests run thousands of cases by design; on a busy 2-core machine that can pass 5 s.
    testTimeout: 30_000,
    // DOM tests opt in with a `// @vitest-environment happy-dom` line.
  },
});
