import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts'],
    // The build-failure tests run real Astro builds in child processes.
    testTimeout: 120_000,
  },
});
