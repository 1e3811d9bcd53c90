// The content validator as a whole (src/lib/validator/index.ts) and the readContent wrapper the tools use
// (src/lib/content-files.ts), on copies of the small fixture site: a fault is reported once (not again by
// every reference to the entry it broke), cross-reference problems are placed in the right file, and the
// build's cached reading notices every kind of change.
import { mkdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import type { Problem } from '../../src/lib/integrity.ts';
import { validateContent, validatedContent } from '../../src/lib/validator/index.ts';
import { copyFixture, edit } from './helpers.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A fresh copy of the fixture site, removed after the test. */
function site(): string {
  const root = copyFixture();
  roots.push(root);
  return root;
}
const contentPath = (root: string, file: string) => join(root, 'content', file);
const replace = (root: string, file: string, from: string, to: string) =>
  edit(root, file, (text) => {
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`fixture edit did nothing: ${file} ${from}`);
    return changed;
  });
const brief = (problems: Problem[]) => problems.map(({ file, field, line, column }) => ({ file, field, line, column }));
const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><title>楼梯</title><desc>楼梯</desc></svg>';

describe('the project folder', () => {
  it('may be given with any number of slashes at its end', () => {
    const root = site();
    replace(root, 'topics/fire.mdx', 'related: [gas]', 'related: [gass]');
    expect(brief(validateContent(`${root}//`).problems)).toEqual([{ file: 'content/topics/fire.mdx', field: 'related[0]', line: 16, column: 11 }]);
  });
});

describe('one fault, one problem', () => {
  it('a scene picture that broke the allowlist is not reported as missing too, and its boxes are not checked against it', () => {
    const root = site();
    replace(root, 'scenes/hall.svg', '</svg>', '<script>alert(1)</script></svg>');
    replace(root, 'scenes/hall.yaml', 'x: 300, y: 10', 'x: 5000, y: 10');
    const result = validateContent(root);
    expect(result.problems.map((problem) => [problem.file, problem.field])).toEqual([['content/scenes/hall.svg', '<script>']]);
    // The site serves nothing for it.
    expect(result.svgs.scenes.get('hall')).toBe('');
  });

  it('references to entries rejected by their schema are not reported again, for any of them', () => {
    const root = site();
    replace(root, 'topics/fire.mdx', 'tier: core', 'tier: top');
    replace(root, 'topics/gas.mdx', 'tier: core', 'tier: top');
    // The quiz, the case, the sign, the scene, the lesson, the consultation desk and the self-check all
    // point at one topic or the other.
    expect(validateContent(root).problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['content/topics/fire.mdx', 'tier'],
      ['content/topics/gas.mdx', 'tier'],
    ]);
  });

  it('while an entry is rejected, faults that have nothing to do with it are still reported', () => {
    const root = site();
    replace(root, 'topics/gas.mdx', 'tier: core', 'tier: top');
    replace(root, 'signs/exit.yaml', 'topics: [fire]', 'topics: [fire, flood]');
    edit(root, 'topics/fire.mdx', (text) => `${text}\n见[水灾](../flood/)。\n`);
    expect(validateContent(root).problems.map((problem) => [problem.file, problem.field, problem.message])).toEqual([
      ['content/topics/gas.mdx', 'tier', expect.any(String)],
      ['content/signs/exit.yaml', 'topics[1]', '“flood” 不存在 (no topics entry with this id)'],
      ['content/topics/fire.mdx', 'body', expect.stringMatching(/没有主题“flood”/)],
    ]);
  });

  it('a link in a body to a topic rejected by its schema is not reported again', () => {
    const root = site();
    replace(root, 'topics/gas.mdx', 'tier: core', 'tier: top');
    edit(root, 'topics/fire.mdx', (text) => `${text}\n见[燃气](../gas/#leak)。\n`);
    expect(validateContent(root).problems.map((problem) => [problem.file, problem.field])).toEqual([['content/topics/gas.mdx', 'tier']]);
  });

  it('a link in a body to a topic that does not exist at all is still reported', () => {
    const root = site();
    edit(root, 'topics/fire.mdx', (text) => `${text}\n见[燃气](../gass/)。\n`);
    expect(validateContent(root).problems).toEqual([
      expect.objectContaining({ file: 'content/topics/fire.mdx', field: 'body', message: expect.stringMatching(/没有主题“gass”/) }),
    ]);
  });
  it('the same mistake is listed once, even when it is made twice under one name', () => {
    const root = site();
    // Both questions are now fire-001, for a topic that does not exist: the editor sees the duplicate id,
    // and the missing topic once.
    edit(root, 'quiz/fire.yaml', (text) => text.replace('id: fire-002', 'id: fire-001').replaceAll('topic: fire', 'topic: flood'));
    expect(validateContent(root).problems.map((problem) => [problem.field, problem.line, problem.message])).toEqual([
      ['fire-001.id', 11, 'id “fire-001” 重复，已在 content/quiz/fire.yaml 中使用 (duplicate id, also in content/quiz/fire.yaml)'],
      ['fire-001.topic', 2, '“flood” 不存在 (no topics entry with this id)'],
      // The class quiz still lists the renamed question.
      ['quiz[1]', 28, '题库里没有题目“fire-002” (no such question)'],
    ]);
  });
});

describe('where a cross-reference problem is placed', () => {
  it('in the file of the entry it belongs to, not in another entry’s file that has the same field', () => {
    const root = site();
    // fire.mdx (read first) has related: [gas] on its line 16; gas.mdx gets its own on line 5.
    replace(root, 'topics/gas.mdx', 'tier: core\n', 'tier: core\nrelated: [fire, gass]\n');
    expect(brief(validateContent(root).problems)).toEqual([{ file: 'content/topics/gas.mdx', field: 'related[1]', line: 5, column: 17 }]);
  });

  it('far into a list: the eleventh item', () => {
    const root = site();
    replace(root, 'topics/fire.mdx', 'related: [gas]', `related: [${'gas, '.repeat(10)}gass]`);
    expect(brief(validateContent(root).problems)).toEqual([{ file: 'content/topics/fire.mdx', field: 'related[10]', line: 16, column: 61 }]);
  });

  it('in a quiz file, in the question it belongs to, not in the one before it that has the same field', () => {
    const root = site();
    replace(root, 'quiz/fire.yaml', 'section: key-actions', 'section: smog');
    expect(brief(validateContent(root).problems)).toEqual([{ file: 'content/quiz/fire.yaml', field: 'fire-002.section', line: 13, column: 12 }]);
  });

  it('a field the entry does not have (its picture on disk) has no line', () => {
    const root = site();
    rmSync(contentPath(root, 'scenes/hall.svg'));
    expect(brief(validateContent(root).problems)).toEqual([{ file: 'content/scenes/hall.yaml', field: 'svg', line: undefined, column: undefined }]);
  });
});

describe('the build’s cached reading notices every change', () => {
  const fire = (root: string) => contentPath(root, 'topics/fire.mdx');
  /** Rewrites fire.mdx, then sets its modification time to `mtime` (seconds). */
  const rewrite = (root: string, from: string, to: string, mtime: number) => {
    replace(root, 'topics/fire.mdx', from, to);
    utimesSync(fire(root), mtime, mtime);
  };

  it('a file whose size changed but whose time did not', () => {
    const root = site();
    // A whole second, so the time set again after the edit is exactly the same.
    const time = Math.floor(statSync(fire(root)).mtimeMs / 1000) - 60;
    utimesSync(fire(root), time, time);
    const first = validatedContent(root);
    rewrite(root, 'related: [gas]', 'related: [gass]', time);
    expect(statSync(fire(root)).mtimeMs).toBe(time * 1000);
    const second = validatedContent(root);
    expect(second).not.toBe(first);
    expect(second.problems.map((problem) => problem.field)).toEqual(['related[0]']);
  });

  it('a file whose time changed but whose size did not', () => {
    const root = site();
    const { mtimeMs } = statSync(fire(root));
    const first = validatedContent(root);
    rewrite(root, 'related: [gas]', 'related: [gaz]', mtimeMs / 1000 + 5);
    const second = validatedContent(root);
    expect(second).not.toBe(first);
    expect(second.problems.map((problem) => problem.field)).toEqual(['related[0]']);
  });

  it('a file added to a folder that did not exist when it was last read', () => {
    const root = site();
    const first = validatedContent(root);
    mkdirSync(join(root, 'src/assets/pictures'), { recursive: true });
    writeFileSync(join(root, 'src/assets/pictures/stairs.svg'), PICTURE);
    const second = validatedContent(root);
    expect(second).not.toBe(first);
    expect([...second.svgs.pictures.keys()]).toEqual(['stairs']);
  });

  it('a project path with slashes at its end is the same project', () => {
    const root = site();
    const first = validatedContent(root);
    expect(validatedContent(`${root}//`)).toBe(first);
  });

  it('files outside content/ and the picture folders are not content: changing them does not read again', () => {
    const root = site();
    const first = validatedContent(root);
    writeFileSync(join(root, 'README.md'), '# 项目');
    expect(validatedContent(root)).toBe(first);
  });

  it('two projects are cached apart', () => {
    const one = site();
    const two = site();
    replace(two, 'topics/fire.mdx', 'related: [gas]', 'related: [gass]');
    expect(validatedContent(one).problems).toEqual([]);
    expect(validatedContent(two).problems.map((problem) => problem.field)).toEqual(['related[0]']);
    expect(validatedContent(one).problems).toEqual([]);
  });
});

describe('readContent, for the tools that run outside Astro', () => {
  it('reads the content folder it is given, with the picture folders it is given', () => {
    const root = site();
    const elsewhere = site();
    replace(elsewhere, 'topics/fire.mdx', 'related: [gas]', 'related: [gass]');
    mkdirSync(join(root, 'art/drawings'), { recursive: true });
    mkdirSync(join(root, 'art/actions'), { recursive: true });
    writeFileSync(join(root, 'art/drawings/stairs.svg'), PICTURE);
    writeFileSync(join(root, 'art/actions/call.svg'), PICTURE.replace('楼梯', '打电话'));
    const read = readContent(root, join(elsewhere, 'content'), { illustrationsDir: join(root, 'art/drawings'), picturesDir: join(root, 'art/actions') });
    expect(read.problems.map((problem) => [problem.file, problem.field])).toEqual([[join(elsewhere, 'content/topics/fire.mdx'), 'related[0]']]);
    expect(read.content.topics.map((topic) => topic.id)).toEqual(['fire', 'gas']);
    expect([...read.signSvgs.keys()]).toEqual(['exit']);
    expect(read.signSvgs.get('exit')).toMatch(/^<svg [^>]*viewBox="0 0 100 100"/);
    expect([...read.illustrationSvgs.keys()]).toEqual(['stairs']);
    expect([...read.pictureSvgs.keys()]).toEqual(['call']);
    expect(read.pictureSvgs.get('call')).toContain('<title>打电话</title>');
  });

  it('reads <project>/content by default', () => {
    const root = site();
    replace(root, 'topics/fire.mdx', 'related: [gas]', 'related: [gass]');
    expect(readContent(root).problems.map((problem) => [problem.file, problem.field])).toEqual([['content/topics/fire.mdx', 'related[0]']]);
  });
});
