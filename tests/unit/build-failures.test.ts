// The real build, run on a small fixture site, stops on bad content and says which file and field.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sanitizeSvg } from '../../src/lib/validator/svg.ts';
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
  it('builds the good fixture site, serving each sign as the SVG allowlist printed it', () => {
    const { status, output } = buildFixture('good');
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
    const served = readFileSync(join(OUTPUT, 'good/dist/signs/exit.svg'), 'utf8');
    expect(served).toBe(sanitizeSvg(readFileSync(join(FIXTURE_CONTENT, 'signs/exit.svg'), 'utf8'), 'content/signs/exit.svg'));
  });

  it('stops on a topic saved in GBK, naming the file', () => {
    const { status, output } = buildFixture('gbk', (root) => {
      const file = join(root, 'content/topics/fire.mdx');
      const bytes = readFileSync(file);
      const at = bytes.indexOf(Buffer.from('火灾逃生'));
      writeFileSync(file, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xbb, 0xf0, 0xd4, 0xd6, 0xcc, 0xd3, 0xc9, 0xfa]), bytes.subarray(at + 12)]));
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/topics/fire.mdx 第2行');
    expect(output).toContain('UTF-8');
  });

  it('stops on an empty sign file, naming it', () => {
    const { status, output } = buildFixture('empty-sign', (root) => writeFileSync(join(root, 'content/signs/exit.yaml'), ''));
    expect(status).not.toBe(0);
    expect(output).toContain('content/signs/exit.yaml → (file): 文件是空的');
  });

  it('stops on an unclosed quote, at the line where the quote opens', () => {
    const { status, output } = buildFixture('unclosed-quote', (root) =>
      edit(root, 'topics/fire.mdx', (text) => text.replace('summary: 测试主题的一句话要点。', 'summary: "测试主题的一句话要点。')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/topics/fire.mdx 第5行第10列 (line 5, column 10)');
  });

  it('stops on 30 February instead of publishing 1 March', () => {
    const { status, output } = buildFixture('impossible-date', (root) =>
      edit(root, 'topics/gas.mdx', (text) => text.replace('reviewed: 2026-11-24', 'reviewed: 2024-02-30')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/topics\/gas\.mdx 第\d+行第\d+列 .*→ reviewed: 日历上没有这一天/);
  });

  it('stops on a script in a sign SVG, naming the file and the element', () => {
    const { status, output } = buildFixture('svg-script', (root) =>
      edit(root, 'signs/exit.svg', (text) => text.replace('</svg>', '<script>alert(document.domain)</script></svg>')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/signs/exit.svg');
    expect(output).toContain('<script>');
  });

  it('stops when a built page shows an unverified number the content check could not see', () => {
    // Each option is checked on its own; on the page "…热线" and "114" stand side by side.
    const { status, output } = buildFixture('page-number', (root) =>
      edit(root, 'quiz/fire.yaml', (text) =>
        text.replace('options: [坐电梯, 走疏散楼梯, 跳楼, 躲进电梯间]', "options: [坐电梯, 走疏散楼梯, 打这条求助热线, '114']"),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('lifeline-html-checks');
    expect(output).toMatch(/dist\/quiz\/fire\/index\.html .*电话号码 114/);
  });

  it('stops when a topic misses a required field, naming the file and the field', () => {
    const { status, output } = buildFixture('missing-title', (root) => edit(root, 'topics/fire.mdx', (text) => text.replace('title: 火灾逃生\n', '')));
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
