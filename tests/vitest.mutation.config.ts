import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

/**
 * Quickest test files first (Vitest's own order is the slowest first): Stryker stops a mutant's run at its
 * first failing test, so a mutant the small unit tests catch never waits for the fixture-site tests.
 */
class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await super.sort(files)).reverse();
  }
}

/**
 * The unit suite as StrykerJS runs it (tests/stryker.config.mjs): the fast tests of src/lib, run again for
 * every mutant they reach. Left out: the real Astro builds (build-failures.test.ts, minutes), and the
 * tests that read the whole of the real content/ (seconds each; they check the content, not the code):
 * three files that read it when loaded, and single tests that skip themselves on LIFELINE_MUTATION.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'tests/unit/build-failures.test.ts',
        'tests/unit/pictures.test.ts',
        'tests/unit/signs-and-cases.test.ts',
        'tests/unit/topics-published.test.ts',
      ],
      env: { LIFELINE_MUTATION: '1' },
      sequence: { sequencer: QuickestFirst },
    },
  }),
);
