import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContent } from '../../src/lib/content-files.ts';

export const PROJECT_ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const FIXTURE_CONTENT = join(PROJECT_ROOT, 'tests/fixtures/content');

/**
 * True under mutation testing (tests/vitest.mutation.config.ts). Tests that read the whole of the real
 * content/ (seconds each, and run again for every mutant they reach) are skipped there: they check the
 * content, and the fixture tests check the code.
 */
export const MUTATION_RUN = process.env['LIFELINE_MUTATION'] === '1';

/** A fresh copy of the small fixture site's content/ in a temporary project folder. */
export function copyFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'lifeline-fixture-'));
  cpSync(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
  return root;
}

/** Rewrites one file of a fixture copy. */
export function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, 'content', file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** Reads a fixture copy after applying `change`, and returns the problems found. */
export function problemsAfter(change: (root: string) => void) {
  const root = copyFixture();
  try {
    change(root);
    return readContent(root).problems;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
