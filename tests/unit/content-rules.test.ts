import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { copyFixture, edit, MUTATION_RUN, PROJECT_ROOT, problemsAfter } from './helpers.ts';

const problem = (file: string, field: string) => expect.objectContaining({ file, field });

describe('content that follows the schemas', () => {
  it.skipIf(MUTATION_RUN)('the site’s own content has no problems', () => {
    const { problems } = readContent(PROJECT_ROOT);
    expect(problems).toEqual([]);
  });

  it('the small fixture site has no problems', () => {
    expect(readContent(copyFixture()).problems).toEqual([]);
  });
});

describe('bad content is rejected, naming the file and the field', () => {
  it('a topic without a title', () => {
    const problems = problemsAfter((root) => edit(root, 'topics/fire.mdx', (text) => text.replace('title: 火灾逃生\n', '')));
    expect(problems).toContainEqual(problem('content/topics/fire.mdx', 'title'));
  });

  it('a key action longer than 14 characters', () => {
    const problems = problemsAfter((root) =>
      edit(root, 'topics/fire.mdx', (text) => text.replace('低姿弯腰捂口鼻', '在浓烟里一定要低姿弯腰并用湿毛巾捂住口鼻')),
    );
    expect(problems).toContainEqual(problem('content/topics/fire.mdx', 'keyActions.0.text'));
  });

  it('a topic without sources', () => {
    const problems = problemsAfter((root) => edit(root, 'topics/gas.mdx', (text) => text.replace(/sources:\n {2}- .*\n/, 'sources: []\n')));
    expect(problems).toContainEqual(problem('content/topics/gas.mdx', 'sources'));
  });

  it('a review date that is not a date', () => {
    const problems = problemsAfter((root) => edit(root, 'topics/gas.mdx', (text) => text.replace('reviewed: 2026-11-24', 'reviewed: 去年')));
    expect(problems).toContainEqual(problem('content/topics/gas.mdx', 'reviewed'));
  });

  it('a body heading without a stable id', () => {
    const problems = problemsAfter((root) => edit(root, 'topics/gas.mdx', (text) => `${text}\n## 没有 id 的小节\n`));
    expect(problems).toContainEqual(problem('content/topics/gas.mdx', 'body'));
  });

  it('a related topic that does not exist', () => {
    const problems = problemsAfter((root) => edit(root, 'topics/fire.mdx', (text) => text.replace('related: [gas]', 'related: [gass]')));
    expect(problems).toContainEqual(problem('content/topics/fire.mdx', 'related[0]'));
  });

  it('a tel: link to a number that is not on the confirmed list', () => {
    const problems = problemsAfter((root) => edit(root, 'topics/fire.mdx', (text) => text.replace('tel:119', 'tel:96333')));
    expect(problems).toContainEqual(problem('content/topics/fire.mdx', 'body'));
  });

  it('a number to call that is not on the confirmed list', () => {
    const problems = problemsAfter((root) => edit(root, 'topics/fire.mdx', (text) => text.replace("call: ['119']", "call: ['12119']")));
    expect(problems).toContainEqual(problem('content/topics/fire.mdx', 'call[0]'));
  });

  it('a quiz answer out of range', () => {
    const problems = problemsAfter((root) => edit(root, 'quiz/fire.yaml', (text) => text.replace('answer: B', 'answer: E')));
    expect(problems).toContainEqual(problem('content/quiz/fire.yaml', 'fire-001.answer'));
  });

  it('a quiz question with two identical options', () => {
    const problems = problemsAfter((root) => edit(root, 'quiz/fire.yaml', (text) => text.replace('跳楼', '坐电梯')));
    expect(problems).toContainEqual(problem('content/quiz/fire.yaml', 'fire-001.options'));
  });

  it('a quiz question with three options', () => {
    const problems = problemsAfter((root) => edit(root, 'quiz/fire.yaml', (text) => text.replace(', 躲进电梯间]', ']')));
    expect(problems).toContainEqual(problem('content/quiz/fire.yaml', 'fire-001.options'));
  });

  it('a quiz question linking to a section the topic page does not have', () => {
    const problems = problemsAfter((root) => edit(root, 'quiz/fire.yaml', (text) => text.replace('section: smoke', 'section: smog')));
    expect(problems).toContainEqual(problem('content/quiz/fire.yaml', 'fire-001.section'));
  });

  it('a quiz question showing a sign that does not exist', () => {
    const problems = problemsAfter((root) => edit(root, 'quiz/fire.yaml', (text) => text.replace('sign: exit', 'sign: exitt')));
    expect(problems).toContainEqual(problem('content/quiz/fire.yaml', 'fire-002.sign'));
  });

  it('two quiz questions with the same id', () => {
    const problems = problemsAfter((root) => edit(root, 'quiz/fire.yaml', (text) => text.replace('id: fire-002', 'id: fire-001')));
    expect(problems).toContainEqual(problem('content/quiz/fire.yaml', 'fire-001.id'));
  });

  it('a case linked to a topic that does not exist', () => {
    const problems = problemsAfter((root) => edit(root, 'cases/sample.mdx', (text) => text.replace('topics: [fire]', 'topics: [firee]')));
    expect(problems).toContainEqual(problem('content/cases/sample.mdx', 'topics[0]'));
  });

  it('a case without the lessons it teaches', () => {
    const problems = problemsAfter((root) => edit(root, 'cases/sample.mdx', (text) => text.replace('lessons: [保持通道畅通]', 'lessons: []')));
    expect(problems).toContainEqual(problem('content/cases/sample.mdx', 'lessons'));
  });

  it('a sign in an unknown category', () => {
    const problems = problemsAfter((root) => edit(root, 'signs/exit.yaml', (text) => text.replace('category: escape', 'category: green')));
    expect(problems).toContainEqual(problem('content/signs/exit.yaml', 'category'));
  });

  it('a sign without its SVG', () => {
    const problems = problemsAfter((root) => rmSync(join(root, 'content/signs/exit.svg')));
    expect(problems).toContainEqual(problem('content/signs/exit.yaml', 'svg'));
  });

  it('a lesson for a topic that does not exist', () => {
    const problems = problemsAfter((root) => edit(root, 'lessons/fire/primary-upper.mdx', (text) => text.replace('topic: fire', 'topic: flood')));
    expect(problems).toContainEqual(problem('content/lessons/fire/primary-upper.mdx', 'topic'));
  });

  it('a YAML syntax error, with its line', () => {
    const problems = problemsAfter((root) => writeFileSync(join(root, 'content/signs/exit.yaml'), 'name: [安全出口\n'));
    expect(problems).toContainEqual(problem('content/signs/exit.yaml', '(file)'));
    expect(problems.find((item) => item.file === 'content/signs/exit.yaml')).toMatchObject({ line: 1, column: 7 });
  });

  it('a campaign edition without a theme', () => {
    const problems = problemsAfter((root) => edit(root, 'campaign.yaml', (text) => text.replace('    theme: 人人讲安全、个个会应急——畅通生命通道\n', '')));
    expect(problems).toContainEqual(problem('content/campaign.yaml', 'editions.0.theme'));
  });
});
