// How the content validator reads a content folder (src/lib/validator/read.ts), on tiny sites written
// into a temporary folder by each test: what is read and what is left alone, how big each kind of file
// may be, what a file must look like before its schema is even tried, and which entries count as
// rejected (so the references to them are not reported a second time). Only the reading runs here:
// the cross-references and the rules are tested with the whole validator (content-validator.test.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAll } from '../../src/lib/validator/read.ts';
import { FIXTURE_CONTENT } from './helpers.ts';

const fixture = (file: string) => readFileSync(join(FIXTURE_CONTENT, file), 'utf8');
/** The two files every site must have; with only these, a site is empty but valid. */
const REQUIRED = { 'campaign.yaml': fixture('campaign.yaml'), 'phone-numbers.yaml': fixture('phone-numbers.yaml') };

const made: string[] = [];
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A temporary folder holding `files` (paths relative to it); removed after the test. */
function folder(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'lifeline-read-'));
  made.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

/** A project whose content/ holds the required files and `files`; read with the default folders. */
function readSite(files: Record<string, string | Buffer> = {}) {
  const content = Object.fromEntries(Object.entries({ ...REQUIRED, ...files }).map(([file, text]) => [`content/${file}`, text]));
  const root = folder(content);
  return readAll(root);
}

const brief = (problems: { file: string; field: string; line?: number | undefined; column?: number | undefined }[]) =>
  problems.map(({ file, field, line, column }) => ({ file, field, line, column }));
const at = (file: string, field: string, message?: RegExp) =>
  expect.objectContaining({ file, field, ...(message ? { message: expect.stringMatching(message) } : {}) });

describe('a site with only its required files', () => {
  it('is empty but has no problems, even without any of the content folders', () => {
    const read = readSite();
    expect(read.problems).toEqual([]);
    // No self-check: the key is not there at all (not there with an empty value).
    expect(read.content).toStrictEqual({ topics: [], signs: [], cases: [], lessons: [], quiz: [], phoneNumbers: expect.any(Array), scenes: [], ask: [] });
    expect(read.content.phoneNumbers.map((entry) => entry.id)).toEqual(['119', '120', '110', '12350', '12345']);
    expect(read.campaign).toMatchObject({ id: 'campaign', filePath: 'content/campaign.yaml' });
    expect([...read.svgs.signs.keys(), ...read.svgs.scenes.keys(), ...read.svgs.illustrations.keys(), ...read.svgs.pictures.keys()]).toEqual([]);
    expect(read.pictureNames).toEqual(new Set());
    expect(read.rejected).toEqual(new Set());
    // Every file read is listed once, in the order read.
    expect(read.files).toEqual(['content/phone-numbers.yaml', 'content/campaign.yaml']);
  });

  it('without the campaign it is told so, and has no campaign', () => {
    const root = folder({ 'content/phone-numbers.yaml': REQUIRED['phone-numbers.yaml'] });
    const read = readAll(root);
    expect(read.problems).toEqual([{ file: 'content/campaign.yaml', field: '(file)', message: '找不到这个文件 (file is missing)' }]);
    expect(read.campaign).toBeUndefined();
  });
});

describe('files the site would ignore', () => {
  it('a file of the wrong kind is reported once, and not read as content', () => {
    const read = readSite({ 'quiz/notes.txt': '- id: fire-009\n', 'topics/notes.txt': '---\ntitle: 笔记\n---\n' });
    expect(read.problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['content/quiz/notes.txt', '(file name)'],
      ['content/topics/notes.txt', '(file name)'],
    ]);
    expect(read.files).toEqual(['content/phone-numbers.yaml', 'content/campaign.yaml']);
  });

  it('a file of the wrong kind in a folder names the kinds that folder takes, in both languages', () => {
    expect(readSite({ 'scenes/hall.png': 'x' }).problems).toEqual([
      {
        file: 'content/scenes/hall.png',
        field: '(file name)',
        message: '网站不会读取这个文件：scenes/ 里只放 .yaml、.svg 文件（是不是扩展名写错了？） (unexpected file: only .yaml, .svg here)',
      },
    ]);
  });
});

describe('where the files are named from', () => {
  it('a content folder inside the project is named from the project', () => {
    const root = folder({ 'content/phone-numbers.yaml': REQUIRED['phone-numbers.yaml'] });
    expect(readAll(root).problems.map((problem) => problem.file)).toEqual(['content/campaign.yaml']);
  });

  it('a content folder outside the project is named by its full path', () => {
    const base = folder({ 'elsewhere/content/phone-numbers.yaml': REQUIRED['phone-numbers.yaml'] });
    const contentDir = join(base, 'elsewhere/content');
    expect(readAll(join(base, 'project'), contentDir).problems.map((problem) => problem.file)).toEqual([join(contentDir, 'campaign.yaml')]);
  });

  it('a folder beside the project whose name merely starts with the project’s is outside it too', () => {
    const base = folder({ 'site-copy/content/phone-numbers.yaml': REQUIRED['phone-numbers.yaml'] });
    const contentDir = join(base, 'site-copy/content');
    expect(readAll(join(base, 'site'), contentDir).problems.map((problem) => problem.file)).toEqual([join(contentDir, 'campaign.yaml')]);
  });
});

describe('each kind of file has its own size limit', () => {
  it('a file one byte over its limit is refused, naming the limit of its kind', () => {
    const over = (kilobytes: number) => 'x'.repeat(kilobytes * 1024 + 1);
    const root = folder({
      'content/topics/gas.mdx': over(64),
      'content/cases/sample.mdx': over(32),
      'content/lessons/fire/junior.mdx': over(32),
      'content/quiz/fire.yaml': over(128),
      'content/ask.yaml': over(128),
      'content/signs/exit.yaml': over(16),
      'content/signs/exit.svg': over(16),
      'content/scenes/hall.yaml': over(32),
      'content/scenes/hall.svg': over(96),
      'content/checklist.yaml': over(64),
      'content/campaign.yaml': over(64),
      'content/phone-numbers.yaml': over(64),
      'src/assets/illustrations/stairs.svg': over(48),
      'src/assets/pictures/call.svg': over(16),
    });
    const limits = readAll(root).problems.map((problem) => [problem.file, problem.field, /上限是 (\d+ KB)。/.exec(problem.message)?.[1]]);
    expect(limits).toEqual([
      ['content/topics/gas.mdx', '(file)', '64 KB'],
      ['content/signs/exit.yaml', '(file)', '16 KB'],
      ['content/cases/sample.mdx', '(file)', '32 KB'],
      ['content/lessons/fire/junior.mdx', '(file)', '32 KB'],
      ['content/quiz/fire.yaml', '(file)', '128 KB'],
      ['content/phone-numbers.yaml', '(file)', '64 KB'],
      ['content/scenes/hall.yaml', '(file)', '32 KB'],
      ['content/ask.yaml', '(file)', '128 KB'],
      ['content/checklist.yaml', '(file)', '64 KB'],
      ['content/campaign.yaml', '(file)', '64 KB'],
      ['content/signs/exit.svg', '(file)', '16 KB'],
      ['content/scenes/hall.svg', '(file)', '96 KB'],
      ['src/assets/illustrations/stairs.svg', '(file)', '48 KB'],
      ['src/assets/pictures/call.svg', '(file)', '16 KB'],
    ]);
  });

  it('a file refused for its size is rejected, so references to it are not reported again', () => {
    const read = readSite({ 'topics/gas.mdx': 'x'.repeat(64 * 1024 + 1), 'signs/exit.yaml': 'x'.repeat(16 * 1024 + 1) });
    expect(read.rejected).toEqual(new Set(['gas', 'exit']));
    expect(read.content.topics).toEqual([]);
  });
});

describe('a YAML file must be a set of fields before its schema is tried', () => {
  it('a sign file holding only a null, a sentence or a number', () => {
    for (const text of ['~\n', '安全出口\n', '42\n']) {
      const read = readSite({ 'signs/exit.yaml': text });
      expect(brief(read.problems)).toEqual([{ file: 'content/signs/exit.yaml', field: '(file)', line: 1, column: 1 }]);
      expect(read.problems[0]?.message).toMatch(/^文件应为一组“字段: 值”（不是列表，也不是一句话） \(the file must be a YAML mapping of fields\)$/);
      expect(read.rejected).toEqual(new Set(['exit']));
    }
  });

  it('a file of comments and blank lines is empty', () => {
    const read = readSite({ 'scenes/hall.yaml': '# 待写\n\n   \n  # 以后再写\n' });
    expect(read.problems).toEqual([
      { file: 'content/scenes/hall.yaml', field: '(file)', message: '文件是空的：请按 content/README.md 填写内容，或删掉这个文件 (the file is empty)' },
    ]);
    expect(read.rejected).toEqual(new Set(['hall']));
  });

  it('a file that starts with a comment and then has its fields is read', () => {
    const read = readSite({ 'signs/exit.yaml': `# 安全出口标志\n${fixture('signs/exit.yaml')}`, 'signs/exit.svg': fixture('signs/exit.svg') });
    expect(read.problems).toEqual([]);
    expect(read.content.signs.map((sign) => [sign.id, sign.filePath])).toEqual([['exit', 'content/signs/exit.yaml']]);
  });

  it('the self-check and the campaign must be sets of fields too', () => {
    const read = readSite({ 'checklist.yaml': '- 楼道\n', 'campaign.yaml': '安全生产月\n' });
    expect(brief(read.problems)).toEqual([
      { file: 'content/checklist.yaml', field: '(file)', line: 1, column: 1 },
      { file: 'content/campaign.yaml', field: '(file)', line: 1, column: 1 },
    ]);
    expect(read.content.checklist).toBeUndefined();
    expect(read.campaign).toBeUndefined();
  });

  it('an empty campaign file is reported once, as empty', () => {
    const read = readSite({ 'campaign.yaml': '' });
    expect(read.problems).toEqual([at('content/campaign.yaml', '(file)', /^文件是空的/)]);
    expect(read.campaign).toBeUndefined();
  });

  it('a sign the schema refuses is rejected; the fields it got wrong are named at their line', () => {
    const read = readSite({ 'signs/exit.yaml': fixture('signs/exit.yaml').replace('category: escape', 'category: green') });
    expect(brief(read.problems)).toEqual([{ file: 'content/signs/exit.yaml', field: 'category', line: 2, column: 11 }]);
    expect(read.rejected).toEqual(new Set(['exit']));
    expect(read.content.signs).toEqual([]);
  });
});

describe('a list file (quiz, telephone numbers, consultation desk)', () => {
  const quiz = fixture('quiz/fire.yaml');

  it('each question is an entry of its own, named after its id, and the file is listed once', () => {
    const read = readSite({ 'quiz/fire.yaml': quiz });
    expect(read.problems).toEqual([]);
    expect(read.content.quiz.map((entry) => [entry.id, entry.filePath])).toEqual([
      ['fire-001', 'content/quiz/fire.yaml'],
      ['fire-002', 'content/quiz/fire.yaml'],
    ]);
    expect(read.files.filter((file) => file === 'content/quiz/fire.yaml')).toHaveLength(1);
  });

  it('a question its schema refuses is rejected by its id; the others are still read', () => {
    const read = readSite({ 'quiz/fire.yaml': quiz.replace('answer: B', 'answer: E') });
    expect(brief(read.problems)).toEqual([{ file: 'content/quiz/fire.yaml', field: 'fire-001.answer', line: 7, column: 11 }]);
    expect(read.rejected).toEqual(new Set(['fire-001']));
    expect(read.content.quiz.map((entry) => entry.id)).toEqual(['fire-002']);
  });

  it('the same id twice in one file names the file it was first used in, and both are kept', () => {
    const read = readSite({ 'quiz/fire.yaml': quiz.replace('id: fire-002', 'id: fire-001') });
    expect(read.problems).toEqual([
      {
        file: 'content/quiz/fire.yaml',
        field: 'fire-001.id',
        line: 11,
        column: 7,
        message: 'id “fire-001” 重复，已在 content/quiz/fire.yaml 中使用 (duplicate id, also in content/quiz/fire.yaml)',
      },
    ]);
    expect(read.content.quiz.map((entry) => entry.id)).toEqual(['fire-001', 'fire-001']);
  });

  it('an empty quiz file is reported, and so is one that is a single question rather than a list', () => {
    expect(readSite({ 'quiz/fire.yaml': '\n' }).problems).toEqual([at('content/quiz/fire.yaml', '(file)', /^文件是空的/)]);
    expect(readSite({ 'quiz/fire.yaml': 'id: fire-001\n' }).problems).toEqual([
      {
        file: 'content/quiz/fire.yaml',
        field: '(file)',
        line: 1,
        column: 1,
        message: '文件应为一个列表，每一项以“- ”开头 (the file must be a YAML list of entries)',
      },
    ]);
  });

  it('an item that is empty, a list, or has an id that is neither text nor a number, names the item', () => {
    const read = readSite({ 'quiz/fire.yaml': `${quiz}- ~\n- [fire-003]\n- id: [fire-004]\n` });
    expect(read.problems.map((problem) => [problem.field, problem.line, problem.message])).toEqual([
      ['[2].id', 22, '第3项缺少 id (item 3 has no "id")'],
      ['[3].id', 23, '第4项缺少 id (item 4 has no "id")'],
      ['[4].id', 24, '第5项缺少 id (item 5 has no "id")'],
    ]);
    expect(read.content.quiz).toHaveLength(2);
  });

  it('the consultation desk is read when it is there, named by each answer’s id', () => {
    const read = readSite({ 'ask.yaml': fixture('ask.yaml') });
    expect(read.problems).toEqual([]);
    expect(read.content.ask.map((entry) => [entry.id, entry.filePath])).toEqual([['stairs-blocked', 'content/ask.yaml']]);
  });
});

describe('topic, case and lesson files: frontmatter, then the body', () => {
  const gas = fixture('topics/gas.mdx');

  it('the body is what follows the closing ---, which may have spaces after it', () => {
    const read = readSite({ 'topics/gas.mdx': gas.replace('2026-11-24\n---\n', '2026-11-24\n---  \n') });
    expect(read.problems).toEqual([]);
    expect(read.content.topics).toEqual([
      expect.objectContaining({
        id: 'gas',
        filePath: 'content/topics/gas.mdx',
        data: expect.objectContaining({ title: '燃气安全' }),
        body: '\n<h2 id="leak">闻到燃气味</h2>\n\n正文。\n',
      }),
    ]);
    expect(read.bodies.get(read.content.topics[0]!)?.headingIds).toEqual(['leak']);
  });

  it('a --- line in the body (a dividing line) belongs to the body, not the frontmatter', () => {
    const read = readSite({ 'topics/gas.mdx': `${gas}\n---\n\n更多正文。\n` });
    expect(read.problems).toEqual([]);
    expect(read.content.topics[0]?.body).toBe('\n<h2 id="leak">闻到燃气味</h2>\n\n正文。\n\n---\n\n更多正文。\n');
  });

  it('the frontmatter must start on the very first line', () => {
    const read = readSite({ 'topics/gas.mdx': `\n${gas}` });
    expect(read.problems).toEqual([
      {
        file: 'content/topics/gas.mdx',
        field: '(frontmatter)',
        line: 1,
        message: '文件开头要有用 --- 包起来的 frontmatter（第一行就是 ---） (the file must start with --- frontmatter ---)',
      },
    ]);
    expect(read.content.topics).toEqual([]);
  });

  it('frontmatter of nothing but spaces is empty', () => {
    const read = readSite({ 'topics/gas.mdx': '---\n   \n---\n\n正文。\n' });
    expect(read.problems).toEqual([
      { file: 'content/topics/gas.mdx', field: '(frontmatter)', line: 1, message: 'frontmatter 是空的 (the frontmatter is empty)' },
    ]);
  });

  it('frontmatter that is not a set of fields is named at its line in the file', () => {
    const read = readSite({ 'topics/gas.mdx': '---\n\n- 燃气\n---\n\n正文。\n' });
    expect(brief(read.problems)).toEqual([{ file: 'content/topics/gas.mdx', field: '(file)', line: 3, column: 1 }]);
  });

  it('a topic, a case and a lesson its schema refuses are rejected by their ids', () => {
    const read = readSite({
      'topics/gas.mdx': gas.replace('tier: core', 'tier: top'),
      'cases/sample.mdx': fixture('cases/sample.mdx').replace('date: 2020-01-01', 'date: 去年'),
      'lessons/fire/primary-upper.mdx': fixture('lessons/fire/primary-upper.mdx').replace('audience: primary-upper', 'audience: 五年级'),
    });
    expect(brief(read.problems)).toEqual([
      { file: 'content/topics/gas.mdx', field: 'tier', line: 4, column: 7 },
      { file: 'content/cases/sample.mdx', field: 'date', line: 3, column: 7 },
      { file: 'content/lessons/fire/primary-upper.mdx', field: 'audience', line: 4, column: 11 },
    ]);
    expect(read.rejected).toEqual(new Set(['gas', 'sample', 'fire/primary-upper']));
  });

  it('a file that is not UTF-8 is rejected by its id', () => {
    const read = readSite({ 'topics/gas.mdx': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xb0, 0xb2, 0x0a]) });
    expect(brief(read.problems)).toEqual([{ file: 'content/topics/gas.mdx', field: '(file)', line: 2, column: undefined }]);
    expect(read.rejected).toEqual(new Set(['gas']));
  });
});

describe('lessons: lessons/<topic>/<audience>.mdx', () => {
  const lesson = fixture('lessons/fire/primary-upper.mdx');

  it('a lesson is named <topic>/<audience>', () => {
    const read = readSite({ 'lessons/fire/primary-upper.mdx': lesson });
    expect(read.problems).toEqual([]);
    expect(read.content.lessons.map((entry) => [entry.id, entry.filePath])).toEqual([['fire/primary-upper', 'content/lessons/fire/primary-upper.mdx']]);
  });

  it('hidden files, in lessons/ or in a topic’s folder, are left alone', () => {
    const read = readSite({ 'lessons/.DS_Store': 'x', 'lessons/fire/.primary-upper.mdx.swp': 'x', 'lessons/fire/primary-upper.mdx': lesson });
    expect(read.problems).toEqual([]);
    expect(read.content.lessons).toHaveLength(1);
  });

  it('a folder, a file that is not .mdx, or an audience that does not exist, inside a topic’s folder', () => {
    const read = readSite({ 'lessons/fire/old/junior.mdx': lesson, 'lessons/fire/junior.md': lesson, 'lessons/fire/teacher.mdx': lesson });
    const message = '教案文件名就是对象：只能是 primary-lower.mdx、primary-upper.mdx、junior.mdx、adult.mdx (a lesson file is named after its audience)';
    expect(read.problems).toEqual([
      { file: 'content/lessons/fire/junior.md', field: '(file name)', message },
      { file: 'content/lessons/fire/old', field: '(file name)', message },
      { file: 'content/lessons/fire/teacher.mdx', field: '(file name)', message },
    ]);
    expect(read.content.lessons).toEqual([]);
  });

  it('a lesson file without its .mdx is reported, not read, even when named after an audience', () => {
    const read = readSite({ 'lessons/fire/junior': lesson });
    expect(read.problems).toEqual([at('content/lessons/fire/junior', '(file name)', /^教案文件名就是对象/)]);
    expect(read.content.lessons).toEqual([]);
  });

  it('a folder named like a lesson file is reported, not read', () => {
    const root = folder({ ...Object.fromEntries(Object.entries(REQUIRED).map(([file, text]) => [`content/${file}`, text])) });
    mkdirSync(join(root, 'content/lessons/fire/junior.mdx'), { recursive: true });
    const read = readAll(root);
    expect(read.problems).toEqual([at('content/lessons/fire/junior.mdx', '(file name)', /^教案文件名就是对象/)]);
    expect(read.content.lessons).toEqual([]);
  });

  it('a folder named like a topic, sign or scene file is reported once, not read (it crashed the read)', () => {
    const root = folder({ ...Object.fromEntries(Object.entries(REQUIRED).map(([file, text]) => [`content/${file}`, text])) });
    for (const path of ['content/topics/old.mdx', 'content/signs/x.yaml', 'content/signs/x.svg']) mkdirSync(join(root, path), { recursive: true });
    const read = readAll(root);
    // Once each, as a file the site would not read.
    expect(read.problems.map((problem) => problem.file).sort()).toEqual(['content/signs/x.svg', 'content/signs/x.yaml', 'content/topics/old.mdx']);
    expect(read.problems.every((problem) => problem.field === '(file name)' && problem.message.startsWith('网站不会读取这个文件'))).toBe(true);
    expect(read.content.topics.map((topic) => topic.id)).not.toContain('old');
  });

  it('a lesson file straight in lessons/ names the layout and the audiences', () => {
    expect(readSite({ 'lessons/fire.mdx': lesson }).problems).toEqual([
      {
        file: 'content/lessons/fire.mdx',
        field: '(file name)',
        message:
          '教案放在 lessons/<主题>/<对象>.mdx，例如 lessons/ebike/junior.mdx（对象：primary-lower、primary-upper、junior、adult） (lessons go in lessons/<topic>/<audience>.mdx)',
      },
    ]);
  });
});

describe('pictures: signs, scenes, illustrations and key-action pictures', () => {
  const svg = (title: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>${title}</title><desc>测试图</desc></svg>`;

  it('each folder’s SVGs are read by name, and other files beside them are left alone', () => {
    const root = folder({
      ...Object.fromEntries(Object.entries(REQUIRED).map(([file, text]) => [`content/${file}`, text])),
      'art/drawings/stairs.svg': svg('楼梯'),
      'art/drawings/README.md': '# 插图',
      'art/actions/call.svg': svg('打电话'),
      'art/actions/call.png': 'x',
    });
    const read = readAll(root, join(root, 'content'), join(root, 'art/drawings'), join(root, 'art/actions'));
    expect(read.problems).toEqual([]);
    expect(read.svgs.illustrations.get('stairs')).toMatchObject({
      file: 'art/drawings/stairs.svg',
      svg: expect.stringMatching(/^<svg [^>]*><title>楼梯<\/title>/),
    });
    expect([...read.svgs.pictures.keys()]).toEqual(['call']);
    expect(read.pictureNames).toEqual(new Set(['call']));
    expect(read.files).toEqual(['content/phone-numbers.yaml', 'content/campaign.yaml', 'art/drawings/stairs.svg', 'art/actions/call.svg']);
  });

  it('the default folders are src/assets/illustrations and src/assets/pictures', () => {
    const root = folder({
      ...Object.fromEntries(Object.entries(REQUIRED).map(([file, text]) => [`content/${file}`, text])),
      'src/assets/illustrations/stairs.svg': svg('楼梯'),
      'src/assets/pictures/call.svg': svg('打电话'),
    });
    const read = readAll(root);
    expect([...read.svgs.illustrations.keys()]).toEqual(['stairs']);
    expect([...read.svgs.pictures.keys()]).toEqual(['call']);
  });

  it('every picture needs a title; one with problems is still listed, but empty', () => {
    const read = readSite({
      'scenes/hall.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><desc>门厅</desc></svg>',
      'signs/exit.svg': svg('安全出口'),
    });
    expect(read.problems).toEqual([at('content/scenes/hall.svg', '<title>')]);
    expect(read.svgs.scenes.get('hall')).toMatchObject({ file: 'content/scenes/hall.svg', svg: '' });
    expect(read.svgs.signs.get('exit')?.svg).toMatch(/<title>安全出口<\/title>/);
  });

  it('the text drawn in a picture is kept with its place, for the checks on numbers', () => {
    const read = readSite({ 'signs/exit.svg': svg('安全出口').replace('</svg>', '\n<text x="1" y="1">拨打119</text></svg>') });
    expect(read.svgs.signs.get('exit')?.texts).toEqual([
      { text: '安全出口', line: 1, column: 61 },
      { text: '测试图', line: 1, column: 80 },
      { text: '拨打119', line: 2, column: 1 },
    ]);
  });

  it('a picture that cannot be read is reported and not listed', () => {
    const read = readSite({ 'signs/exit.svg': Buffer.from([0x3c, 0xb0, 0xb2]) });
    expect(read.problems).toEqual([at('content/signs/exit.svg', '(file)', /UTF-8/)]);
    expect(read.svgs.signs.size).toBe(0);
  });

  it('a picture whose file name is not kebab-case is named', () => {
    const read = readSite({ 'scenes/Hall.svg': svg('门厅') });
    expect(read.problems).toEqual([at('content/scenes/Hall.svg', '(file name)', /^文件名就是网址/)]);
  });
});

describe('what each file of a YAML entry remembers about where its fields are', () => {
  it('a sign’s fields are found from the top of its file', () => {
    const read = readSite({ 'signs/exit.yaml': fixture('signs/exit.yaml') });
    const sign = read.content.signs[0]!;
    expect(read.sources.get(sign)).toMatchObject({ yamlPath: [], prefix: '' });
    expect(read.sources.get(sign)?.yaml.locate(['topics', 0])).toEqual({ line: 7, column: 10 });
  });

  it('a question’s fields are found inside its item, named after its id', () => {
    const read = readSite({ 'quiz/fire.yaml': fixture('quiz/fire.yaml') });
    const second = read.content.quiz[1]!;
    expect(read.sources.get(second)).toMatchObject({ yamlPath: [1], prefix: 'fire-002.' });
  });

  it('a topic’s fields are found from the line after its opening ---', () => {
    const read = readSite({ 'topics/gas.mdx': fixture('topics/gas.mdx') });
    const topic = read.content.topics[0]!;
    expect(read.sources.get(topic)).toMatchObject({ yamlPath: [], prefix: '' });
    expect(read.sources.get(topic)?.yaml.locate(['tier'])).toEqual({ line: 4, column: 7 });
  });

  it('the campaign and the self-check are found from the top of their files', () => {
    const read = readSite({ 'checklist.yaml': fixture('checklist.yaml') });
    expect(read.sources.get(read.content.checklist!)).toMatchObject({ yamlPath: [], prefix: '' });
    expect(read.sources.get(read.campaign!)?.yaml.locate(['focusYear'])).toEqual({ line: 4, column: 12 });
  });
});
