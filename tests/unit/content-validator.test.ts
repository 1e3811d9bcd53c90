// The content validator over a whole folder (src/lib/validator/index.ts, read.ts, rules.ts), on copies of
// the small fixture site: files the site would ignore, files that cannot be read, links in bodies that
// work and links that do not, and where each problem is.
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/integrity.ts';
import { validateContent, validatedContent } from '../../src/lib/validator/index.ts';
import { copyFixture, edit } from './helpers.ts';

type Change = (root: string) => void;
const path = (root: string, file: string) => join(root, 'content', file);
const append =
  (file: string, more: string): Change =>
  (root) =>
    edit(root, file, (text) => `${text}${more}`);
const replace =
  (file: string, from: string | RegExp, to: string): Change =>
  (root) =>
    edit(root, file, (text) => {
      const changed = text.replace(from, to);
      if (changed === text) throw new Error(`fixture edit did nothing: ${file} ${String(from)}`);
      return changed;
    });

/** The validator's verdict on a copy of the fixture site after `changes`. */
function validate(...changes: Change[]) {
  const root = copyFixture();
  try {
    for (const change of changes) change(root);
    return validateContent(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
const problemsAfter = (...changes: Change[]) => validate(...changes).problems;
const brief = (problems: Problem[]) => problems.map(({ file, field, line, column }) => ({ file, field, line, column }));
const at = (file: string, field: string, message?: RegExp) =>
  expect.objectContaining({ file, field, ...(message ? { message: expect.stringMatching(message) } : {}) });

describe('what the validator reads', () => {
  it('every entry of the fixture site, its pictures, and the count of files', () => {
    const result = validate();
    expect(result.problems).toEqual([]);
    expect(result.content.topics.map((topic) => topic.id)).toEqual(['fire', 'gas']);
    expect(result.content.topics[0]).toMatchObject({
      id: 'fire',
      filePath: 'content/topics/fire.mdx',
      data: { title: '火灾逃生' },
      body: expect.stringMatching(/^\n<h2 id="smoke">/),
    });
    expect(result.content.signs.map((sign) => sign.id)).toEqual(['exit']);
    expect(result.content.cases.map((entry) => entry.id)).toEqual(['sample']);
    expect(result.content.lessons.map((entry) => entry.id)).toEqual(['fire/primary-upper']);
    expect(result.content.quiz.map((entry) => [entry.id, entry.filePath])).toEqual([
      ['fire-001', 'content/quiz/fire.yaml'],
      ['fire-002', 'content/quiz/fire.yaml'],
    ]);
    expect(result.content.phoneNumbers.map((entry) => entry.id)).toEqual(['119', '120', '110', '12350', '12345']);
    expect(result.content.scenes.map((entry) => entry.id)).toEqual(['hall']);
    expect(result.content.ask.map((entry) => entry.id)).toEqual(['stairs-blocked']);
    expect(result.content.checklist).toMatchObject({ id: 'checklist', filePath: 'content/checklist.yaml' });
    expect(result.campaign).toMatchObject({ id: 'campaign', filePath: 'content/campaign.yaml', data: { focusYear: 2024 } });
    expect(result.svgs.signs.get('exit')).toMatch(/^<svg [^>]*viewBox="0 0 100 100"/);
    expect(result.svgs.scenes.get('hall')).toMatch(/^<svg /);
    expect(result.fileCount).toBe(13);
    expect(result.read.files).toContain('content/topics/fire.mdx');
  });

  it('a project path with a trailing slash names files the same way', () => {
    const root = copyFixture();
    try {
      edit(root, 'topics/fire.mdx', (text) => text.replace('related: [gas]', 'related: [gass]'));
      expect(brief(validateContent(`${root}/`).problems)).toEqual([{ file: 'content/topics/fire.mdx', field: 'related[0]', line: 16, column: 11 }]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a site without a consultation desk or a self-check is fine', () => {
    const result = validate(
      (root) => rmSync(path(root, 'ask.yaml')),
      (root) => rmSync(path(root, 'checklist.yaml')),
    );
    expect(result.problems).toEqual([]);
    expect(result.content.ask).toEqual([]);
    expect(result.content.checklist).toBeUndefined();
  });

  it('hidden files and folders are left alone', () => {
    expect(
      problemsAfter(
        (root) => writeFileSync(path(root, '.DS_Store'), 'x'),
        (root) => writeFileSync(path(root, 'topics/.fire.mdx.swp'), 'x'),
        (root) => mkdirSync(path(root, '.git')),
      ),
    ).toEqual([]);
  });
});

describe('files the site would ignore, or cannot read', () => {
  it('a folder the site does not read, naming the ones it does', () => {
    expect(problemsAfter((root) => mkdirSync(path(root, 'videos')))).toEqual([
      { file: 'content/videos', field: '(folder)', message: '网站不读取这个文件夹；内容放在 topics、cases、quiz、signs、scenes、lessons 里 (unknown folder)' },
    ]);
  });

  it('a folder inside a content folder', () => {
    expect(problemsAfter((root) => mkdirSync(path(root, 'topics/old')))).toEqual([
      at('content/topics/old', '(file name)', /topics\/ 里只放 \.mdx 文件.*\(unexpected file: only \.mdx here\)$/),
    ]);
  });

  it('a picture in the scenes folder may be YAML or SVG, nothing else', () => {
    expect(problemsAfter((root) => writeFileSync(path(root, 'scenes/hall.png'), 'x'))).toEqual([
      at('content/scenes/hall.png', '(file name)', /只放 \.yaml、\.svg 文件/),
    ]);
  });

  it('a file at the top of content/ that the site does not read, naming the ones it does', () => {
    expect(problemsAfter((root) => writeFileSync(path(root, 'notes.txt'), 'x'))).toEqual([
      at(
        'content/notes.txt',
        '(file name)',
        /^网站不会读取这个文件；content\/ 根目录只放 README\.md、ask\.yaml、campaign\.yaml、checklist\.yaml、phone-numbers\.yaml \(unexpected file\)$/,
      ),
    ]);
    expect(problemsAfter((root) => writeFileSync(path(root, 'README.md'), '# 内容'))).toEqual([]);
  });

  it('no content folder at all', () => {
    const root = copyFixture();
    try {
      rmSync(join(root, 'content'), { recursive: true });
      expect(validateContent(root).problems).toContainEqual({ file: 'content', field: '(folder)', message: '找不到 content 文件夹 (content/ is missing)' });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the campaign file is required, the phone list too', () => {
    expect(problemsAfter((root) => rmSync(path(root, 'campaign.yaml')))).toEqual([
      { file: 'content/campaign.yaml', field: '(file)', message: '找不到这个文件 (file is missing)' },
    ]);
    expect(problemsAfter((root) => rmSync(path(root, 'phone-numbers.yaml')))).toContainEqual({
      file: 'content/phone-numbers.yaml',
      field: '(file)',
      message: '找不到这个文件 (file is missing)',
    });
  });

  it('a file name that is not kebab-case, in every folder', () => {
    const problems = problemsAfter(
      (root) => writeFileSync(path(root, 'signs/No_Exit.yaml'), readFileSync(path(root, 'signs/exit.yaml'))),
      (root) => writeFileSync(path(root, 'signs/No_Exit.svg'), readFileSync(path(root, 'signs/exit.svg'))),
      (root) => writeFileSync(path(root, 'quiz/Fire2.yaml'), '- id: fire-003\n'),
    );
    expect(
      problems
        .filter((problem) => problem.field === '(file name)')
        .map((problem) => problem.file)
        .sort(),
    ).toEqual(['content/quiz/Fire2.yaml', 'content/signs/No_Exit.svg', 'content/signs/No_Exit.yaml']);
  });

  it('a topic whose frontmatter is empty, or is not a mapping', () => {
    expect(problemsAfter(replace('topics/gas.mdx', /^---\n[\s\S]*?\n---\n/, '---\n\n---\n'))).toContainEqual({
      file: 'content/topics/gas.mdx',
      field: '(frontmatter)',
      line: 1,
      message: 'frontmatter 是空的 (the frontmatter is empty)',
    });
    expect(problemsAfter(replace('topics/gas.mdx', /^---\n[\s\S]*?\n---\n/, '---\n---\n'))).toContainEqual(
      at('content/topics/gas.mdx', '(frontmatter)', /frontmatter 是空的/),
    );
    expect(problemsAfter(replace('topics/gas.mdx', /^---\n[\s\S]*?\n---\n/, '---\n- 燃气\n---\n'))).toContainEqual({
      file: 'content/topics/gas.mdx',
      field: '(file)',
      line: 2,
      column: 1,
      message: expect.stringMatching(/^文件应为一组“字段: 值”/),
    });
  });

  it('a topic file that ends right after its frontmatter has an empty body', () => {
    const result = validate(replace('topics/gas.mdx', /\n---\n[\s\S]*$/, '\n---'));
    expect(brief(result.problems)).toEqual([{ file: 'content/topics/gas.mdx', field: 'body', line: undefined, column: undefined }]);
  });

  it('a quiz item without an id, or that is not a mapping, names the item', () => {
    const problems = problemsAfter(append('quiz/fire.yaml', '- topic: fire\n- 一句话\n'));
    expect(problems).toEqual([
      { file: 'content/quiz/fire.yaml', field: '[2].id', line: 22, column: 3, message: '第3项缺少 id (item 3 has no "id")' },
      { file: 'content/quiz/fire.yaml', field: '[3].id', line: 23, column: 3, message: '第4项缺少 id (item 4 has no "id")' },
    ]);
  });

  it('the same quiz id in two files names the first file', () => {
    const problems = problemsAfter((root) =>
      writeFileSync(path(root, 'quiz/more.yaml'), readFileSync(path(root, 'quiz/fire.yaml'), 'utf8').replace('id: fire-002', 'id: fire-003')),
    );
    expect(problems).toContainEqual({
      file: 'content/quiz/more.yaml',
      field: 'fire-001.id',
      line: 1,
      column: 7,
      message: 'id “fire-001” 重复，已在 content/quiz/fire.yaml 中使用 (duplicate id, also in content/quiz/fire.yaml)',
    });
  });

  it('a phone number written as a number, not text, still has its id', () => {
    const problems = problemsAfter(replace('phone-numbers.yaml', "number: '110'", 'number: 110'));
    expect(problems).toEqual([at('content/phone-numbers.yaml', '110.number', /应为文字/)]);
  });

  it('an entry rejected by its schema is not reported again by every reference to it', () => {
    const problems = problemsAfter(replace('topics/gas.mdx', 'tier: core', 'tier: top'));
    expect(brief(problems)).toEqual([{ file: 'content/topics/gas.mdx', field: 'tier', line: 4, column: 7 }]);
    const sign = problemsAfter(replace('signs/exit.yaml', 'category: escape', 'category: green'));
    expect(brief(sign)).toContainEqual({ file: 'content/signs/exit.yaml', field: 'category', line: 2, column: 11 });
    expect(sign.map((problem) => problem.field)).not.toContain('signs[0]');
    expect(sign.map((problem) => problem.field)).not.toContain('fire-002.sign');
  });

  it('a reference to a file that does not exist at all is still reported', () => {
    const problems = problemsAfter((root) => rmSync(path(root, 'topics/gas.mdx')), replace('quiz/fire.yaml', 'section: smoke', 'section: smog'));
    expect(problems.map((problem) => problem.field)).toEqual(['related[0]', 'fire-001.section', 'hazards[2].topic']);
  });

  it('a quiz file rejected as a whole, and a sign rejected as a whole, do not hide other problems', () => {
    const problems = problemsAfter(
      (root) => writeFileSync(path(root, 'quiz/fire.yaml'), 'id: x\n'),
      replace('cases/sample.mdx', 'topics: [fire]', 'topics: [flood]'),
    );
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['content/quiz/fire.yaml', '(file)'],
      ['content/cases/sample.mdx', 'topics[0]'],
      // The lesson's class quiz names questions of the rejected file.
      ['content/lessons/fire/primary-upper.mdx', 'quiz[0]'],
      ['content/lessons/fire/primary-upper.mdx', 'quiz[1]'],
    ]);
  });
});

describe('where a cross-reference problem is in its file', () => {
  it('a quiz question’s field, found inside its item', () => {
    const problems = problemsAfter(replace('quiz/fire.yaml', 'sign: exit', 'sign: exitt'));
    expect(brief(problems)).toEqual([{ file: 'content/quiz/fire.yaml', field: 'fire-002.sign', line: 18, column: 9 }]);
  });

  it('a link of a consultation-desk answer', () => {
    const problems = problemsAfter(replace('ask.yaml', 'section: smoke', 'section: smog'));
    expect(brief(problems)).toEqual([{ file: 'content/ask.yaml', field: 'stairs-blocked.links[0].section', line: 8, column: 31 }]);
  });

  it('a field of an entry in a file of its own', () => {
    const problems = problemsAfter(replace('cases/sample.mdx', 'signs: [exit]', 'signs: [exitt]'));
    expect(brief(problems)).toEqual([{ file: 'content/cases/sample.mdx', field: 'signs[0]', line: 10, column: 9 }]);
  });

  it('a problem about the file as a whole has no line', () => {
    const problems = problemsAfter((root) => rmSync(path(root, 'signs/exit.svg')));
    expect(brief(problems)).toEqual([{ file: 'content/signs/exit.yaml', field: 'svg', line: undefined, column: undefined }]);
  });
});

describe('links in a body', () => {
  const linkProblems = (file: string, markdown: string) => problemsAfter(append(file, `\n${markdown}\n`)).map((problem) => problem.message);

  it('links that work pass: other sites, mail, files, sections, signs, cases and scenes that exist', () => {
    const ok =
      '[a](https://www.mem.gov.cn/) [b](http://example.cn/) [c](mailto:a@example.cn) [d](../gas/) [e](../gas/#leak) [f](#smoke) [g](../../signs/exit/) [h](../../cases/sample/) [i](../../scenes/hall/) [j](../../downloads/plan.pdf) [k](../../about/) [l](../gas/extra/)';
    expect(problemsAfter(append('topics/fire.mdx', `\n${ok}\n`))).toEqual([]);
  });

  it('a lesson’s links are read from its page, /class/<topic>/<audience>/plan/', () => {
    expect(problemsAfter(append('lessons/fire/primary-upper.mdx', '\n见[燃气](../../../../topics/gas/#leak)和[出口](../../../../signs/exit/)。\n'))).toEqual(
      [],
    );
    expect(linkProblems('lessons/fire/primary-upper.mdx', '见[燃气](../../../../topics/gass/)。')).toEqual([expect.stringMatching(/没有主题“gass”/)]);
  });

  it('a case’s links are read from its page, /cases/<id>/', () => {
    expect(problemsAfter(append('cases/sample.mdx', '\n见[燃气](../../topics/gas/#leak)。\n'))).toEqual([]);
  });

  it('an empty link', () => {
    expect(linkProblems('topics/fire.mdx', '[空](<>)')).toEqual(['链接地址是空的 (empty link)']);
  });

  it('a link that runs code or leaves for another scheme, however it is spelt', () => {
    expect(linkProblems('topics/fire.mdx', '[x](javascript:alert(1))')).toEqual([
      expect.stringMatching(/^不允许的链接 javascript:alert\(1\)：只能用 https:\/\/、http:\/\/、mailto: 或 tel: \(link scheme javascript: is not allowed\)$/),
    ]);
    expect(linkProblems('topics/fire.mdx', '<a href="JaVa&#x09;Script:alert(1)">x</a>')).toEqual([
      expect.stringMatching(/link scheme javascript: is not allowed/),
    ]);
    expect(linkProblems('topics/fire.mdx', '[x](ftp://example.cn/a)')).toEqual([expect.stringMatching(/link scheme ftp: is not allowed/)]);
  });

  it('an address without its scheme', () => {
    expect(linkProblems('topics/fire.mdx', '[x](//evil.example/)')).toEqual([
      expect.stringMatching(/^链接 \/\/evil\.example\/：外部网址请写完整的 https:\/\/ 地址/),
    ]);
  });

  it('a link to a case, sign or scene that does not exist names the kind of page', () => {
    expect(linkProblems('topics/fire.mdx', '[x](../../cases/nope/)')).toEqual(['链接 ../../cases/nope/：没有“nope”这一页 (no such case)']);
    expect(linkProblems('topics/fire.mdx', '[x](../../scenes/nope/)')).toEqual(['链接 ../../scenes/nope/：没有“nope”这一页 (no such scene)']);
    expect(linkProblems('topics/fire.mdx', '[x](../../signs/nope/)')).toEqual(['链接 ../../signs/nope/：没有“nope”这一页 (no such sign)']);
  });

  it('a link to a missing section lists the sections the page has', () => {
    expect(linkProblems('topics/fire.mdx', '[x](../gas/#nope)')).toEqual([
      '链接 ../gas/#nope：/topics/gas/ 上没有小节“nope”（有：key-actions, do-dont, related, sources, leak） (no such section)',
    ]);
  });

  it('a link to a page without its trailing slash, unless it is a file', () => {
    expect(linkProblems('topics/fire.mdx', '[x](../gas#leak)')).toEqual(['站内链接 ../gas#leak 末尾要加 /（例如 ../gas/） (links to pages end with /)']);
  });

  it('a telephone link to a number not on the list, or not written plainly', () => {
    expect(linkProblems('topics/fire.mdx', '[x](tel:96333)')).toEqual([expect.stringMatching(/^链接 tel:96333：电话号码 96333 不在已核实号码表/)]);
    expect(linkProblems('topics/fire.mdx', '[x](tel:1-1-9)')).toEqual(['电话链接请写成 tel:119（小写 tel:，只写数字） (write telephone links as tel:119)']);
  });

  it('each problem is at the link’s line and column', () => {
    const problems = problemsAfter(append('topics/fire.mdx', '\n第一行，\n然后是[坏链接](../gass/)。\n'));
    expect(brief(problems)).toEqual([{ file: 'content/topics/fire.mdx', field: 'body', line: 28, column: 4 }]);
  });

  it('links are checked on topics, cases and lessons only', () => {
    expect(problemsAfter(replace('ask.yaml', '请把东西搬走。', '请把东西搬走，见 [燃气](../gass/)。'))).toEqual([]);
  });
});

describe('telephone numbers in the text', () => {
  it('in a body, at the number’s own line and column, however far into the paragraph', () => {
    const problems = problemsAfter(append('topics/gas.mdx', '\n闻到燃气味，\n先离开，再拨打96777报修。\n'));
    expect(brief(problems)).toEqual([{ file: 'content/topics/gas.mdx', field: 'body', line: 23, column: 8 }]);
  });

  it('on the first line of a paragraph that starts part-way along its line', () => {
    const problems = problemsAfter(append('topics/gas.mdx', '\n> 提示：拨打96777报修。\n'));
    expect(brief(problems)).toEqual([{ file: 'content/topics/gas.mdx', field: 'body', line: 22, column: 8 }]);
  });

  it('in a field, at the field', () => {
    const problems = problemsAfter(replace('signs/exit.yaml', 'action: 朝它走。', 'action: 朝它走，或拨打96777。'));
    expect(brief(problems)).toEqual([{ file: 'content/signs/exit.yaml', field: 'action', line: 6, column: 9 }]);
  });

  it('web addresses are not text', () => {
    expect(problemsAfter(replace('signs/exit.yaml', 'clause: 表1,', 'clause: 表1, url: "https://example.cn/96777/13812345678",'))).toEqual([]);
  });

  it('numbers on the list, and the list itself, pass', () => {
    expect(problemsAfter(append('topics/gas.mdx', '\n拨打119，或拨打12345。\n'))).toEqual([]);
  });

  it('in a scene picture’s text', () => {
    const problems = problemsAfter(replace('scenes/hall.svg', '</svg>', '<text x="1" y="1">拨打96777</text></svg>'));
    expect(problems).toEqual([at('content/scenes/hall.svg', '<text>', /96777/)]);
  });
});

describe('the campaign’s editions', () => {
  it('a launch date in the edition’s year, and a consultation day on the calendar, pass', () => {
    expect(
      problemsAfter(replace('campaign.yaml', '    number: 23\n', '    number: 23\n    launched: 2024-06-01\n'), replace('campaign.yaml', 'day: 16', 'day: 30')),
    ).toEqual([]);
  });

  it('each mistake names its edition and what was expected', () => {
    const problems = problemsAfter(replace('campaign.yaml', 'number: 24', 'number: 21'));
    expect(problems).toEqual([
      {
        file: 'content/campaign.yaml',
        field: 'editions.1.number',
        line: 14,
        column: 13,
        message: '2025年是第24个“安全生产月”（2002年是第1个），这里写的是第21个 (edition number must be year − 2001 = 24)',
      },
    ]);
    const twice = problemsAfter(replace('campaign.yaml', 'year: 2025\n    number: 24', 'year: 2024\n    number: 23'));
    expect(twice).toContainEqual(expect.objectContaining({ field: 'editions.1.year', message: '2024年写了两次（另一处是 editions.0） (duplicate year)' }));
    const day = problemsAfter(replace('campaign.yaml', 'consultationDay: { month: 6, day: 16 }', 'consultationDay: { month: 2, day: 30 }'));
    expect(day).toEqual([at('content/campaign.yaml', 'consultationDay', /^日历上没有2月30日 \(not a real day\)$/)]);
  });
});

describe('sources', () => {
  it('a case may start from an official release', () => {
    expect(problemsAfter(replace('cases/sample.mdx', 'kind: report', 'kind: official'))).toEqual([]);
  });

  it('a missing clause names the kind of source', () => {
    const [problem] = problemsAfter(replace('topics/gas.mdx', 'clause: 第一条, ', ''));
    expect(problem?.message).toMatch(/^这条来源是法规、规章或规范性文件，要写出事实所在的条款.*\(a regulation source needs its clause\)$/);
    const [law] = problemsAfter(replace('topics/fire.mdx', 'clause: 第四十四条, kind: law', 'kind: law'));
    expect(law?.message).toMatch(/^这条来源是法律，/);
  });

  it('a guideline or an official release needs no clause', () => {
    expect(problemsAfter(replace('topics/gas.mdx', 'clause: 第一条, kind: regulation', 'kind: guideline'))).toEqual([]);
  });
});

describe('the build’s cached reading', () => {
  it('reads once while nothing changes, and again when a file changes', () => {
    const root = copyFixture();
    try {
      const first = validatedContent(root);
      expect(validatedContent(root)).toBe(first);
      expect(validatedContent(`${root}/`)).toBe(first);
      const file = path(root, 'topics/fire.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('related: [gas]', 'related: [gass]'));
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      const second = validatedContent(root);
      expect(second).not.toBe(first);
      expect(second.problems.map((problem) => problem.field)).toEqual(['related[0]']);
      mkdirSync(join(root, 'src/assets/illustrations'), { recursive: true });
      writeFileSync(
        join(root, 'src/assets/illustrations/stairs.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><title>楼梯</title><desc>楼梯</desc></svg>',
      );
      const third = validatedContent(root);
      expect(third).not.toBe(second);
      expect(third.svgs.illustrations.has('stairs')).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('finds the key-action pictures beside the illustrations folder it is given', () => {
    const root = copyFixture();
    try {
      mkdirSync(join(root, 'art/pictures'), { recursive: true });
      mkdirSync(join(root, 'art/drawings'), { recursive: true });
      writeFileSync(
        join(root, 'art/pictures/stairs.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><title>楼梯</title><desc>楼梯</desc></svg>',
      );
      expect([...validatedContent(root, join(root, 'art/drawings')).svgs.pictures.keys()]).toEqual(['stairs']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
