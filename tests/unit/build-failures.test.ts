// The real build, run on a small fixture site, stops on bad content and says which file and field.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { edit, FIXTURE_CONTENT, PROJECT_ROOT } from './helpers.ts';

// Inside the project so that the fixture's MDX finds the project's node_modules.
const OUTPUT = join(PROJECT_ROOT, 'tests/.output/build-failures');

function buildFixture(name: string, change: (root: string) => void = () => {}) {
  const root = join(OUTPUT, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import config from ${JSON.stringify(join(PROJECT_ROOT, 'astro.config.mjs'))};
export default { ...config, srcDir: ${JSON.stringify(join(PROJECT_ROOT, 'src'))}, publicDir: ${JSON.stringify(join(PROJECT_ROOT, 'public'))} };
`,
  );
  change(root);
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => rmSync(OUTPUT, { recursive: true, force: true }));

describe('the build on bad content', () => {
  it('builds the good fixture site', () => {
    const { status, output } = buildFixture('good');
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
  });

  it('stops when a topic misses a required field, naming the file and the field', () => {
    const { status, output } = buildFixture('missing-title', (root) =>
      edit(root, 'topics/fire.mdx', (text) => text.replace('title: 火灾逃生\n', '')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('topics/fire.mdx');
    expect(output).toMatch(/\btitle\b/);
  });

  it('stops when a quiz question links to a missing section, naming the file and the field', () => {
    const { status, output } = buildFixture('missing-section', (root) =>
      edit(root, 'quiz/fire.yaml', (text) => text.replace('section: smoke', 'section: smog')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/quiz/fire.yaml');
    expect(output).toContain('fire-001.section');
  });

  it('stops on a YAML syntax error in a quiz file, naming the file and line', () => {
    const { status, output } = buildFixture('broken-yaml', (root) => edit(root, 'quiz/fire.yaml', (text) => `${text}\n- id: [broken\n`));
    expect(status).not.toBe(0);
    expect(output).toContain('content/quiz/fire.yaml');
    expect(output).toMatch(/line \d+/);
  });
});
