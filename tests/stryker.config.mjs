// @ts-check
/**
 * Mutation testing of src/lib (`npm run mutation`; not part of `npm test`): StrykerJS makes small breaking
 * changes to the code, one at a time, and runs the unit tests against each. A change no test notices is a
 * rule nobody has tested. One file at a time while writing tests:
 * `npm run mutation -- --mutate src/lib/search.ts`. The report is written to reports/mutation/.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/vitest.mutation.config.ts' },
  // Each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  mutate: [
    'src/lib/**/*.ts',
    // Only wires Astro's content collections (astro:content) to the pure functions beside it; it cannot be
    // imported outside an Astro build, and what it computes is tested by the browser tests.
    '!src/lib/site-data.ts',
    // Both import values from site-data.ts (must, the SVG maps, numbersToPrint), so they cannot be loaded
    // outside an Astro build either: the class pages, their PowerPoint and the print pictures they feed are
    // checked by the browser tests and the build.
    '!src/lib/lesson-view.ts',
    '!src/lib/print-pictures.ts',
  ],
  ignorePatterns: ['dist', '.astro', 'test-results', 'playwright-report', 'tests/.output', 'reports'],
  // Static mutants (changes to module-level values: the search synonym table, the report paths, string tables)
  // are left out: each one reruns every test that imports the module, which made a whole run take 9–12 hours here,
  // and those tables are content, checked by the tests that read them. The scores in the issue-12 note are
  // measured this way.
  ignoreStatic: true,
  // The machine is shared: two test processes at most.
  concurrency: 2,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
