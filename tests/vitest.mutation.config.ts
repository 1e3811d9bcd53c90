import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The unit suite as StrykerJS runs it (tests/stryker.config.mjs): every fast unit test, without the real
// Astro builds of build-failures.test.ts, which take minutes and would run again for every mutant.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['tests/unit/build-failures.test.ts'],
    },
  }),
);
