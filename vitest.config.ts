import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Several tests run the content check as a command; on a busy 2-core machine that outlasts the 5 s default.
    testTimeout: 30_000,
  },
});
