// One fault at a time in a copy of the small fixture site: the content validator (the same one the build
// loads its collections from) must reject each, naming the file and the field (or line), in a message that
// starts in Chinese. Each fixture that belongs to a rule in src/lib/validator/rules.ts is run again with
// that rule taken out, to prove the rule is what catches it.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lib/validator/rules.ts';
import { validateContent } from '../../src/lib/validator/index.ts';
import { copyFixture, edit } from './helpers.ts';

type Change = (root: string) => void;

interface Fixture {
  /** What is wrong, in words. */
  name: string;
  /** The class of fault (issue 11). */
  kind: 'text' | 'date' | 'yaml' | 'schema' | 'campaign' | 'sources' | 'phone' | 'body' | 'svg' | 'files' | 'references' | 'lessons';
  change: Change;
  /** The file and field the problem must name. */
  file: string;
  field: string;
  /** The line it must point at, where that matters. */
  line?: number;
  /** What the message must say, where more than one check could name the same field. */
  message?: RegExp;
  /** The rule in RULES that catches it, when it is one of those. */
  rule?: keyof typeof RULES;
}

const path = (root: string, file: string) => join(root, 'content', file);
const write =
  (file: string, text: string | Buffer): Change =>
  (root) =>
    writeFileSync(path(root, file), text);
const replace =
  (file: string, from: string | RegExp, to: string): Change =>
  (root) =>
    edit(root, file, (text) => {
      const changed = text.replace(from, to);
      if (changed === text) throw new Error(`fixture edit did nothing: ${file} ${String(from)}`);
      return changed;
    });
const append =
  (file: string, more: string): Change =>
  (root) =>
    edit(root, file, (text) => `${text}${more}`);
/** Puts `svg` in place of the fixture sign's picture. */
const signSvg = (inner: string, attributes = ''): Change =>
  write(
    'signs/exit.svg',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"${attributes}><title>安全出口</title><desc>绿色方形</desc>${inner}</svg>\n`,
  );
/** Adds a second sign, `id`, copied from the fixture's sign with `change` applied to its YAML. */
const copySign =
  (id: string, change: (text: string) => string): Change =>
  (root) => {
    const text = readFileSync(path(root, 'signs/exit.yaml'), 'utf8');
    const changed = change(text);
    if (changed === text) throw new Error(`fixture edit did nothing: signs/${id}.yaml`);
    writeFileSync(path(root, `signs/${id}.yaml`), changed);
    writeFileSync(path(root, `signs/${id}.svg`), readFileSync(path(root, 'signs/exit.svg')));
  };
/** Re-encodes 火灾逃生 in a file as GBK bytes, as an editor saving in GBK would. */
const gbk =
  (file: string): Change =>
  (root) => {
    const bytes = readFileSync(path(root, file));
    const utf8 = Buffer.from('火灾逃生');
    const at = bytes.indexOf(utf8);
    if (at < 0) throw new Error('fixture text not found');
    writeFileSync(
      path(root, file),
      Buffer.concat([bytes.subarray(0, at), Buffer.from([0xbb, 0xf0, 0xd4, 0xd6, 0xcc, 0xd3, 0xc9, 0xfa]), bytes.subarray(at + utf8.length)]),
    );
  };
const illustration =
  (svg: string): Change =>
  (root) => {
    mkdirSync(join(root, 'src/assets/illustrations'), { recursive: true });
    writeFileSync(join(root, 'src/assets/illustrations/test-picture.svg'), svg);
  };
/** Gives the fixture topic's first key action a picture, and writes that picture's file unless `svg` is undefined. */
const keyActionPicture =
  (svg: string | undefined): Change =>
  (root) => {
    replace(
      'topics/fire.mdx',
      '  - text: 低姿弯腰捂口鼻\n',
      '  - text: 低姿弯腰捂口鼻\n    picture: { file: fire-low-smoke, alt: 弯腰捂住口鼻的人走在烟层下面 }\n',
    )(root);
    if (svg === undefined) return;
    mkdirSync(join(root, 'src/assets/pictures'), { recursive: true });
    writeFileSync(join(root, 'src/assets/pictures/fire-low-smoke.svg'), svg);
  };
const PICTURE_SVG = (inner: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240" role="img"${attributes}><title>低姿弯腰捂口鼻</title><desc>弯腰捂住口鼻的人</desc>${inner}</svg>\n`;

// biome-ignore format: a table, one fixture per line
const FIXTURES: Fixture[] = [
  // Strict text: encoding, invisible characters, size.
  { name: 'a topic saved in GBK', kind: 'text', change: gbk('topics/fire.mdx'), file: 'content/topics/fire.mdx', field: '(file)', line: 2, message: /UTF-8/ },
  { name: 'a quiz file saved in GBK', kind: 'text', change: (root) => { replace('quiz/fire.yaml', 'question:', 'question: 火灾逃生')(root); gbk('quiz/fire.yaml')(root); }, file: 'content/quiz/fire.yaml', field: '(file)', message: /UTF-8/ },
  { name: 'a sign saved in UTF-16', kind: 'text', change: (root) => writeFileSync(path(root, 'signs/exit.yaml'), Buffer.from(`\uFEFF${readFileSync(path(root, 'signs/exit.yaml'), 'utf8')}`, 'utf16le')), file: 'content/signs/exit.yaml', field: '(file)', message: /UTF-8/ },
  { name: 'a replacement character left by a bad conversion', kind: 'text', change: replace('signs/exit.yaml', '朝它走', '朝它\uFFFD走'), file: 'content/signs/exit.yaml', field: '(file)', message: /乱码/ },
  { name: 'an invisible control character', kind: 'text', change: replace('cases/sample.mdx', '测试原因', '测试\u0007原因'), file: 'content/cases/sample.mdx', field: '(file)', message: /控制字符/ },
  { name: 'a 5 MB topic', kind: 'text', change: append('topics/gas.mdx', `\n${'很长的正文。'.repeat(300_000)}\n`), file: 'content/topics/gas.mdx', field: '(file)', message: /文件太大/ },
  { name: 'a sign picture over its size limit', kind: 'text', change: signSvg(`<rect width="1" height="1" fill="#FFFFFF"/>${'\n'.repeat(20_000)}`), file: 'content/signs/exit.svg', field: '(file)', message: /文件太大/ },

  // Dates that do not exist, and dates not written as dates.
  { name: 'a review date of 30 February', kind: 'date', change: replace('topics/gas.mdx', 'reviewed: 2026-11-24', 'reviewed: 2024-02-30'), file: 'content/topics/gas.mdx', field: 'reviewed', line: 15, message: /日历上没有这一天/ },
  { name: 'a case dated 29 February in a common year', kind: 'date', change: replace('cases/sample.mdx', 'date: 2020-01-01', 'date: 2023-02-29'), file: 'content/cases/sample.mdx', field: 'date', line: 3, message: /日历上没有这一天/ },
  { name: 'a launch date of 31 April', kind: 'date', change: replace('campaign.yaml', '    number: 23\n', '    number: 23\n    launched: 2024-04-31\n'), file: 'content/campaign.yaml', field: 'editions.0.launched', message: /日历上没有这一天/ },
  { name: 'a date written with slashes', kind: 'date', change: replace('topics/gas.mdx', 'reviewed: 2026-11-24', 'reviewed: 2026/11/24'), file: 'content/topics/gas.mdx', field: 'reviewed', message: /YYYY-MM-DD/ },
  { name: 'a date written as words', kind: 'date', change: replace('topics/gas.mdx', 'reviewed: 2026-11-24', 'reviewed: 去年'), file: 'content/topics/gas.mdx', field: 'reviewed' },

  // YAML mistakes, reported where they are.
  { name: 'an unclosed quote in a sign', kind: 'yaml', change: replace('signs/exit.yaml', 'meaning: 通往安全场所的出口。', 'meaning: "通往安全场所的出口。'), file: 'content/signs/exit.yaml', field: '(file)', line: 4, message: /引号没有配对/ },
  { name: 'an unclosed quote in a topic’s frontmatter', kind: 'yaml', change: replace('topics/fire.mdx', 'summary: 测试主题的一句话要点。', "summary: '测试主题的一句话要点。"), file: 'content/topics/fire.mdx', field: '(file)', line: 5, message: /引号没有配对/ },
  { name: 'an unclosed bracket in a quiz file', kind: 'yaml', change: replace('quiz/fire.yaml', 'options: [', 'options: [[ '), file: 'content/quiz/fire.yaml', field: '(file)', message: /括号没有配对/ },
  { name: 'the same field twice', kind: 'yaml', change: replace('signs/exit.yaml', 'category: escape\n', 'category: escape\ncategory: escape\n'), file: 'content/signs/exit.yaml', field: '(file)', line: 3, message: /写了两次/ },
  { name: 'a tab used for indentation', kind: 'yaml', change: replace('checklist.yaml', '  - title: 门外', '\t- title: 门外'), file: 'content/checklist.yaml', field: '(file)', message: /Tab/ },
  { name: 'an empty sign file', kind: 'yaml', change: write('signs/exit.yaml', ''), file: 'content/signs/exit.yaml', field: '(file)', message: /文件是空的/ },
  { name: 'an empty scene file', kind: 'yaml', change: write('scenes/hall.yaml', '# 待写\n'), file: 'content/scenes/hall.yaml', field: '(file)', message: /文件是空的/ },
  { name: 'a sign written as a list', kind: 'yaml', change: write('signs/exit.yaml', '- name: 安全出口\n'), file: 'content/signs/exit.yaml', field: '(file)', message: /字段: 值/ },
  { name: 'a quiz file that is not a list', kind: 'yaml', change: write('quiz/fire.yaml', 'id: fire-001\n'), file: 'content/quiz/fire.yaml', field: '(file)', message: /列表/ },
  { name: 'a topic without frontmatter', kind: 'yaml', change: replace('topics/gas.mdx', /^---\n/, ''), file: 'content/topics/gas.mdx', field: '(frontmatter)' },
  { name: 'a YAML tag that could run code elsewhere', kind: 'yaml', change: replace('signs/exit.yaml', 'action: 朝它走。', 'action: !!js/function "function(){}"'), file: 'content/signs/exit.yaml', field: '(file)', message: /标签/ },

  // Schema: missing, unknown, wrong.
  { name: 'a topic without a title', kind: 'schema', change: replace('topics/fire.mdx', 'title: 火灾逃生\n', ''), file: 'content/topics/fire.mdx', field: 'title' },
  { name: 'a misspelt field', kind: 'schema', change: replace('signs/exit.yaml', 'placement:', 'placment:'), file: 'content/signs/exit.yaml', field: 'placment', line: 5, message: /不认识的字段/ },
  { name: 'a number written as words', kind: 'schema', change: replace('topics/gas.mdx', /order: \d+/, 'order: 第一'), file: 'content/topics/gas.mdx', field: 'order' },
  { name: 'a tier that does not exist', kind: 'schema', change: replace('topics/fire.mdx', 'tier: core', 'tier: top'), file: 'content/topics/fire.mdx', field: 'tier', line: 4 },
  { name: 'a key action longer than 14 characters', kind: 'schema', change: replace('topics/fire.mdx', '低姿弯腰捂口鼻', '在浓烟里一定要低姿弯腰并用湿毛巾捂住口鼻'), file: 'content/topics/fire.mdx', field: 'keyActions.0.text', line: 7 },
  { name: 'a summary over 80 characters', kind: 'schema', change: replace('topics/fire.mdx', 'summary: 测试主题的一句话要点。', `summary: ${'很长的一句话。'.repeat(13)}`), file: 'content/topics/fire.mdx', field: 'summary' },
  { name: 'a quiz answer out of range', kind: 'schema', change: replace('quiz/fire.yaml', 'answer: B', 'answer: E'), file: 'content/quiz/fire.yaml', field: 'fire-001.answer' },
  { name: 'a quiz question with three options', kind: 'schema', change: replace('quiz/fire.yaml', ', 躲进电梯间]', ']'), file: 'content/quiz/fire.yaml', field: 'fire-001.options' },
  { name: 'a sign in an unknown category', kind: 'schema', change: replace('signs/exit.yaml', 'category: escape', 'category: green'), file: 'content/signs/exit.yaml', field: 'category' },
  { name: 'a source address that runs a script', kind: 'schema', change: replace('signs/exit.yaml', 'clause: 表1,', 'clause: 表1, url: "javascript:alert(1)",'), file: 'content/signs/exit.yaml', field: 'sources.0.url' },
  { name: 'a phone number with letters', kind: 'schema', change: replace('phone-numbers.yaml', "number: '120'", "number: '12O'"), file: 'content/phone-numbers.yaml', field: '12O.number' },
  { name: 'a scene hazard without its box', kind: 'schema', change: replace('scenes/hall.yaml', '    box: { x: 10, y: 10, width: 100, height: 100 }\n', ''), file: 'content/scenes/hall.yaml', field: 'hazards.0.box' },

  // Campaign numbering.
  { name: '2024 written as the 21st month', kind: 'campaign', change: replace('campaign.yaml', 'number: 23', 'number: 21'), file: 'content/campaign.yaml', field: 'editions.0.number', rule: 'campaign' },
  { name: 'the same year twice', kind: 'campaign', change: replace('campaign.yaml', 'year: 2025\n    number: 24', 'year: 2024\n    number: 23'), file: 'content/campaign.yaml', field: 'editions.1.year', rule: 'campaign' },
  { name: 'a focus year with no edition', kind: 'campaign', change: replace('campaign.yaml', 'focusYear: 2024', 'focusYear: 2026'), file: 'content/campaign.yaml', field: 'focusYear', rule: 'campaign' },
  { name: 'a launch date in another year', kind: 'campaign', change: replace('campaign.yaml', '    number: 23\n', '    number: 23\n    launched: 2023-05-31\n'), file: 'content/campaign.yaml', field: 'editions.0.launched', rule: 'campaign' },
  { name: 'a consultation day of 31 June', kind: 'campaign', change: replace('campaign.yaml', 'day: 16', 'day: 31'), file: 'content/campaign.yaml', field: 'consultationDay', rule: 'campaign' },

  // Sourcing.
  { name: 'a law cited without its clause', kind: 'sources', change: replace('topics/fire.mdx', 'clause: 第四十四条, kind: law', 'kind: law'), file: 'content/topics/fire.mdx', field: 'sources.0.clause', rule: 'sourceClause' },
  { name: 'a standard cited without its clause', kind: 'sources', change: replace('signs/exit.yaml', 'clause: 表1, ', ''), file: 'content/signs/exit.yaml', field: 'sources.0.clause', rule: 'sourceClause' },
  { name: 'a regulation cited without its clause', kind: 'sources', change: replace('topics/gas.mdx', 'clause: 第一条, ', ''), file: 'content/topics/gas.mdx', field: 'sources.0.clause', rule: 'sourceClause' },
  { name: 'a quiz source with a blank clause', kind: 'sources', change: replace('quiz/fire.yaml', 'clause: 第二条', "clause: ' '"), file: 'content/quiz/fire.yaml', field: 'fire-001.sources.0.clause', rule: 'sourceClause' },
  { name: 'a campaign edition citing a law without its clause', kind: 'sources', change: replace('campaign.yaml', '      - { title: 测试来源, publisher: 测试机关, year: 2024, kind: official }', '      - { title: 测试来源, publisher: 测试机关, year: 2024, kind: law }'), file: 'content/campaign.yaml', field: 'editions.0.sources.0.clause', rule: 'sourceClause' },
  // No source is let off: the titles once listed in CLAUSES_PENDING fail like any other.
  { name: 'a standard once let off the clause rule, still without its clause', kind: 'sources', change: copySign('safety-exit', (text) => text.replace('{ title: GB 13495.1-2015, publisher: 测试机关, year: 2015, clause: 表1, kind: standard }', '{ title: GB 15630-1995《消防安全标志设置要求》, publisher: 国家技术监督局, year: 1995, kind: standard }')), file: 'content/signs/safety-exit.yaml', field: 'sources.0.clause', rule: 'sourceClause' },
  { name: 'a case whose first source is a guideline', kind: 'sources', change: replace('cases/sample.mdx', 'kind: report', 'kind: guideline'), file: 'content/cases/sample.mdx', field: 'sources.0.kind', rule: 'caseFirstSource' },
  { name: 'a case with an empty body', kind: 'sources', change: replace('cases/sample.mdx', /\n---\n[\s\S]*$/, '\n---\n\n'), file: 'content/cases/sample.mdx', field: 'body', rule: 'bodyNotEmpty' },
  { name: 'a topic with an empty body', kind: 'sources', change: replace('topics/gas.mdx', /\n---\n[\s\S]*$/, '\n---\n'), file: 'content/topics/gas.mdx', field: 'body', rule: 'bodyNotEmpty' },
  { name: 'a lesson with only white space for a body', kind: 'sources', change: replace('lessons/fire/primary-upper.mdx', '教师备注。', '   '), file: 'content/lessons/fire/primary-upper.mdx', field: 'body', rule: 'bodyNotEmpty' },

  // Telephone numbers outside the verified list, however they are written.
  { name: 'a mobile number in a sign’s action', kind: 'phone', change: replace('signs/exit.yaml', 'action: 朝它走。', 'action: 朝它走，或打13812345678问物业。'), file: 'content/signs/exit.yaml', field: 'action', rule: 'phoneText' },
  { name: 'a local hotline in plain text in a topic', kind: 'phone', change: append('topics/gas.mdx', '\n闻到燃气味，拨打96777报修。\n'), file: 'content/topics/gas.mdx', field: 'body', rule: 'phoneText' },
  { name: 'a number with an area code in a case', kind: 'phone', change: replace('cases/sample.mdx', 'cause: 测试原因。', 'cause: 测试原因，咨询电话010-12345678。'), file: 'content/cases/sample.mdx', field: 'cause', rule: 'phoneText' },
  { name: 'a hotline in a quiz explanation', kind: 'phone', change: replace('quiz/fire.yaml', 'explanation: 着火时不能坐电梯。', 'explanation: 着火时不能坐电梯，可拨打热线12315咨询。'), file: 'content/quiz/fire.yaml', field: 'fire-002.explanation', rule: 'phoneText' },
  { name: 'a number in a picture’s text', kind: 'phone', change: signSvg('<text x="10" y="50">报警电话 96119</text>'), file: 'content/signs/exit.svg', field: '<text>', rule: 'phoneText' },
  { name: 'a TEL: link to an unverified number', kind: 'phone', change: replace('topics/fire.mdx', '(tel:119)', '(TEL:96333)'), file: 'content/topics/fire.mdx', field: 'body', rule: 'bodyLinks' },
  { name: 'a tel: link to an unverified number', kind: 'phone', change: replace('topics/fire.mdx', '(tel:119)', '(tel:96333)'), file: 'content/topics/fire.mdx', field: 'body', rule: 'bodyLinks' },
  { name: 'a TEL: link written in capitals', kind: 'phone', change: replace('topics/fire.mdx', '(tel:119)', '(TEL:119)'), file: 'content/topics/fire.mdx', field: 'body', rule: 'bodyLinks' },
  { name: 'a tel: link written with +86 and spaces', kind: 'phone', change: replace('topics/fire.mdx', '(tel:119)', '(tel:+86%20139%201234%205678)'), file: 'content/topics/fire.mdx', field: 'body', rule: 'bodyLinks' },
  { name: 'a tel: link built in JSX', kind: 'phone', change: append('topics/fire.mdx', "\n<a href={'tel:' + '96333'}>报修</a>\n"), file: 'content/topics/fire.mdx', field: '<a href>' },
  { name: 'a number to call that is not on the list', kind: 'phone', change: replace('topics/fire.mdx', "call: ['119']", "call: ['12119']"), file: 'content/topics/fire.mdx', field: 'call[0]' },
  { name: 'a number that may only be named, put in call', kind: 'phone', change: (root) => { replace('phone-numbers.yaml', "  name: 急救\n", "  name: 急救\n  callable: false\n")(root); replace('topics/fire.mdx', "call: ['119']", "call: ['120']")(root); }, file: 'content/topics/fire.mdx', field: 'call[0]', rule: 'callable' },
  { name: 'a tel: link to a number that may only be named', kind: 'phone', change: (root) => { replace('phone-numbers.yaml', "  name: 急救\n", "  name: 急救\n  callable: false\n")(root); replace('topics/fire.mdx', '(tel:119)', '(tel:120)')(root); }, file: 'content/topics/fire.mdx', field: 'body', rule: 'bodyLinks' },

  // MDX bodies: no code, no stray markup, links that lead somewhere.
  { name: 'a <script> in a topic body', kind: 'body', change: append('topics/fire.mdx', '\n<script>alert(1)</script>\n'), file: 'content/topics/fire.mdx', field: '<script>', message: /<script>/ },
  { name: 'an onClick attribute on a heading', kind: 'body', change: replace('topics/fire.mdx', '<h2 id="smoke">', '<h2 id="smoke" onClick="alert(1)">'), file: 'content/topics/fire.mdx', field: '<h2 onClick>', message: /事件属性/ },
  { name: 'a style attribute on a heading', kind: 'body', change: replace('topics/fire.mdx', '<h2 id="smoke">', '<h2 id="smoke" style="color:red">'), file: 'content/topics/fire.mdx', field: '<h2 style>', message: /style/ },
  { name: 'a javascript: link', kind: 'body', change: append('topics/fire.mdx', '\n[点我](javascript:alert(1))\n'), file: 'content/topics/fire.mdx', field: 'body', rule: 'bodyLinks' },
  { name: 'a { } expression', kind: 'body', change: append('topics/gas.mdx', '\n共有{1 + 1}条。\n'), file: 'content/topics/gas.mdx', field: 'body', message: /表达式/ },
  { name: 'an import line', kind: 'body', change: append('cases/sample.mdx', "\nimport X from '../../src/x.ts'\n"), file: 'content/cases/sample.mdx', field: 'body', message: /import/ },
  { name: 'a component', kind: 'body', change: append('cases/sample.mdx', '\n<Widget />\n'), file: 'content/cases/sample.mdx', field: '<Widget>', message: /组件/ },
  { name: 'an iframe', kind: 'body', change: append('lessons/fire/primary-upper.mdx', '\n<iframe src="https://example.com/"></iframe>\n'), file: 'content/lessons/fire/primary-upper.mdx', field: '<iframe>', message: /iframe/ },
  { name: 'a ## heading without an id', kind: 'body', change: append('topics/gas.mdx', '\n## 没有 id 的小节\n'), file: 'content/topics/gas.mdx', field: 'body', message: /不要用 #/ },
  { name: 'an <h2> without an id', kind: 'body', change: append('topics/gas.mdx', '\n<h2>没有 id 的小节</h2>\n'), file: 'content/topics/gas.mdx', field: '<h2>', message: /要有 id/ },
  { name: 'a picture in the body', kind: 'body', change: append('topics/gas.mdx', '\n![图](https://example.com/x.png)\n'), file: 'content/topics/gas.mdx', field: 'body', message: /不放图片/ },
  { name: 'an unclosed tag', kind: 'body', change: append('topics/gas.mdx', '\n<h2 id="x">没有结束\n'), file: 'content/topics/gas.mdx', field: 'body', line: 22, message: /写法有错/ },
  { name: 'a link to a topic that does not exist', kind: 'body', change: append('topics/fire.mdx', '\n见[燃气](../gass/)。\n'), file: 'content/topics/fire.mdx', field: 'body', rule: 'bodyLinks' },
  { name: 'a link to a section that does not exist', kind: 'body', change: append('topics/fire.mdx', '\n见[燃气](../gas/#nope)。\n'), file: 'content/topics/fire.mdx', field: 'body', rule: 'bodyLinks' },
  { name: 'a link to a section of its own page that does not exist', kind: 'body', change: append('topics/fire.mdx', '\n见[上文](#nope)。\n'), file: 'content/topics/fire.mdx', field: 'body', rule: 'bodyLinks' },
  { name: 'a link from a case to a sign that does not exist', kind: 'body', change: append('cases/sample.mdx', '\n见[标志](../../signs/exitt/)。\n'), file: 'content/cases/sample.mdx', field: 'body', rule: 'bodyLinks' },
  { name: 'a link from the site root that breaks under a sub-path', kind: 'body', change: append('topics/fire.mdx', '\n见[燃气](/topics/gas/)。\n'), file: 'content/topics/fire.mdx', field: 'body', rule: 'bodyLinks' },
  { name: 'a link without its trailing slash', kind: 'body', change: append('topics/fire.mdx', '\n见[燃气](../gas)。\n'), file: 'content/topics/fire.mdx', field: 'body', rule: 'bodyLinks' },

  // SVG allowlist: each dangerous construct, in signs, scenes and illustrations.
  { name: 'a <script> in a sign', kind: 'svg', change: signSvg('<script>alert(document.domain)</script>'), file: 'content/signs/exit.svg', field: '<script>', message: /不能有 <script>/ },
  { name: 'an onload attribute on a sign', kind: 'svg', change: signSvg('<rect width="1" height="1"/>', ' onload="alert(1)"'), file: 'content/signs/exit.svg', field: '<svg onload>', message: /事件属性/ },
  { name: 'an onclick attribute on a shape', kind: 'svg', change: signSvg('<rect width="1" height="1" onclick="alert(1)"/>'), file: 'content/signs/exit.svg', field: '<rect onclick>', message: /事件属性/ },
  { name: 'a foreignObject with onerror', kind: 'svg', change: signSvg('<foreignObject><img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="alert(1)"/></foreignObject>'), file: 'content/signs/exit.svg', field: '<foreignObject>', message: /foreignObject/ },
  { name: 'a javascript: link', kind: 'svg', change: signSvg('<a href="javascript:alert(1)"><rect width="9" height="9"/></a>'), file: 'content/signs/exit.svg', field: '<a>' },
  { name: 'a <use> of another site’s picture', kind: 'svg', change: signSvg('<use href="https://evil.example/x.svg#a"/>'), file: 'content/signs/exit.svg', field: '<use href>', message: /#id/ },
  { name: 'an xlink:href to javascript:', kind: 'svg', change: signSvg('<use xlink:href="javascript:alert(1)"/>', ' xmlns:xlink="http://www.w3.org/1999/xlink"'), file: 'content/signs/exit.svg', field: '<use xlink:href>', message: /#id/ },
  { name: 'a <style> that imports from another origin', kind: 'svg', change: signSvg('<style>@import url(https://evil.example/x.css);</style>'), file: 'content/signs/exit.svg', field: '<style>', message: /不用 <style>/ },
  { name: 'a fill that loads from another origin', kind: 'svg', change: signSvg('<rect width="9" height="9" fill="url(https://evil.example/p.svg#g)"/>'), file: 'content/signs/exit.svg', field: '<rect fill>', message: /url\(/ },
  { name: 'a style attribute', kind: 'svg', change: signSvg('<rect width="9" height="9" style="fill:red"/>'), file: 'content/signs/exit.svg', field: '<rect style>', message: /style 属性/ },
  { name: 'an embedded image', kind: 'svg', change: signSvg('<image href="data:image/png;base64,AAAA" width="9" height="9"/>'), file: 'content/signs/exit.svg', field: '<image>', message: /<image>/ },
  { name: 'an animation that sets an href', kind: 'svg', change: signSvg('<set attributeName="href" to="javascript:alert(1)"/>'), file: 'content/signs/exit.svg', field: '<set>', message: /动画/ },
  { name: 'a DOCTYPE with an entity', kind: 'svg', change: write('signs/exit.svg', '<!DOCTYPE svg [<!ENTITY x "y">]>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><title>安全出口</title><desc>绿色方形</desc></svg>\n'), file: 'content/signs/exit.svg', field: '<!DOCTYPE>', message: /DOCTYPE/ },
  { name: 'an xml-stylesheet instruction', kind: 'svg', change: write('signs/exit.svg', '<?xml-stylesheet href="https://evil.example/x.css"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><title>安全出口</title><desc>绿色方形</desc></svg>\n'), file: 'content/signs/exit.svg', field: '<?xml-stylesheet?>', message: /xml-stylesheet/ },
  { name: 'an SVG that is not well-formed', kind: 'svg', change: signSvg('<rect width="9" height="9">'), file: 'content/signs/exit.svg', field: '(file)', message: /XML/ },
  { name: 'a sign without a viewBox', kind: 'svg', change: write('signs/exit.svg', '<svg xmlns="http://www.w3.org/2000/svg"><title>安全出口</title><desc>绿色方形</desc></svg>\n'), file: 'content/signs/exit.svg', field: '<svg viewBox>', message: /viewBox/ },
  { name: 'a sign without a title', kind: 'svg', change: write('signs/exit.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><desc>绿色方形</desc></svg>\n'), file: 'content/signs/exit.svg', field: '<title>', message: /<title>/ },
  { name: 'an editor’s namespace left in', kind: 'svg', change: signSvg('<rect width="9" height="9"/>', ' xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"'), file: 'content/signs/exit.svg', field: '<svg xmlns:inkscape>', message: /xmlns:inkscape/ },
  { name: 'a <script> in a scene', kind: 'svg', change: replace('scenes/hall.svg', '</svg>', '<script>fetch("https://evil.example/")</script></svg>'), file: 'content/scenes/hall.svg', field: '<script>', message: /不能有 <script>/ },
  { name: 'an onload attribute in an illustration', kind: 'svg', change: illustration('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><title>图</title><desc>测试插图</desc></svg>\n'), file: 'src/assets/illustrations/test-picture.svg', field: '<svg onload>', message: /事件属性/ },
  { name: 'a <script> in a key-action picture', kind: 'svg', change: keyActionPicture(PICTURE_SVG('<circle cx="120" cy="120" r="60" fill="#D7000F"/><script>alert(document.cookie)</script>')), file: 'src/assets/pictures/fire-low-smoke.svg', field: '<script>', message: /不能有 <script>/ },
  { name: 'a key-action picture that loads a picture from another site', kind: 'svg', change: keyActionPicture(PICTURE_SVG('<use href="https://evil.example/p.svg#a"/>')), file: 'src/assets/pictures/fire-low-smoke.svg', field: '<use href>', message: /#id/ },
  { name: 'an unverified number drawn in a key-action picture', kind: 'phone', change: keyActionPicture(PICTURE_SVG('<text x="20" y="120" font-size="40">12349</text>')), file: 'src/assets/pictures/fire-low-smoke.svg', field: '<text>', rule: 'phoneText' },
  { name: 'a key-action picture without a description', kind: 'svg', change: keyActionPicture('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240"><title>低姿弯腰捂口鼻</title><rect width="9" height="9"/></svg>\n'), file: 'src/assets/pictures/fire-low-smoke.svg', field: '<desc>', message: /<desc>/ },

  // Files the site would silently ignore.
  { name: 'a sign saved as .yml', kind: 'files', change: (root) => { writeFileSync(path(root, 'signs/exit.yml'), readFileSync(path(root, 'signs/exit.yaml'))); rmSync(path(root, 'signs/exit.yaml')); }, file: 'content/signs/exit.yml', field: '(file name)', message: /扩展名/ },
  { name: 'a topic whose file name has capitals and spaces', kind: 'files', change: (root) => writeFileSync(path(root, 'topics/Gas Safety.mdx'), readFileSync(path(root, 'topics/gas.mdx'))), file: 'content/topics/Gas Safety.mdx', field: '(file name)', message: /文件名/ },

  // Cross-references (src/lib/integrity.ts), now with their line.
  { name: 'a related topic that does not exist', kind: 'references', change: replace('topics/fire.mdx', 'related: [gas]', 'related: [gass]'), file: 'content/topics/fire.mdx', field: 'related[0]' },
  { name: 'a consultation-desk answer linking to a missing section', kind: 'references', change: replace('ask.yaml', 'section: smoke', 'section: smog'), file: 'content/ask.yaml', field: 'stairs-blocked.links[0].section' },
  { name: 'a consultation-desk answer citing a law without its clause', kind: 'sources', change: replace('ask.yaml', 'clause: 第二条, kind: law', 'kind: law'), file: 'content/ask.yaml', field: 'stairs-blocked.sources.0.clause', rule: 'sourceClause' },
  { name: 'a consultation-desk answer with an unverified number', kind: 'phone', change: replace('ask.yaml', '请把东西搬走。', '请打96110举报。'), file: 'content/ask.yaml', field: 'stairs-blocked.answer', rule: 'phoneText' },
  { name: 'a consultation-desk question too long for a phone', kind: 'schema', change: replace('ask.yaml', 'question: 楼梯上堆了纸箱，算不算堵塞？', `question: ${'楼梯上堆了纸箱'.repeat(7)}？`), file: 'content/ask.yaml', field: 'stairs-blocked.question' },
  { name: 'a quiz question linking to a missing section', kind: 'references', change: replace('quiz/fire.yaml', 'section: smoke', 'section: smog'), file: 'content/quiz/fire.yaml', field: 'fire-001.section' },
  { name: 'a key action whose picture file is missing', kind: 'references', change: keyActionPicture(undefined), file: 'content/topics/fire.mdx', field: 'keyActions[0].picture.file', line: 8, message: /src\/assets\/pictures\/fire-low-smoke\.svg/ },
  { name: 'a key-action picture with a one-word text alternative', kind: 'schema', change: replace('topics/fire.mdx', '  - text: 低姿弯腰捂口鼻\n', '  - text: 低姿弯腰捂口鼻\n    picture: { file: fire-low-smoke, alt: 图 }\n'), file: 'content/topics/fire.mdx', field: 'keyActions.0.picture.alt', message: /图片说明太短/ },
  { name: 'a scene hazard outside the picture', kind: 'references', change: replace('scenes/hall.yaml', 'x: 300, y: 10', 'x: 580, y: 10'), file: 'content/scenes/hall.yaml', field: 'hazards[2].box' },

  // Lessons (content/lessons/<topic>/<audience>.mdx): place, shape, what they point at, and children's quizzes.
  { name: 'a lesson in the old flat layout', kind: 'lessons', change: (root) => writeFileSync(path(root, 'lessons/fire.mdx'), readFileSync(path(root, 'lessons/fire/primary-upper.mdx'))), file: 'content/lessons/fire.mdx', field: '(file name)', message: /lessons\/<主题>\/<对象>\.mdx/ },
  { name: 'a lesson file named after no audience', kind: 'lessons', change: (root) => writeFileSync(path(root, 'lessons/fire/grade-5.mdx'), readFileSync(path(root, 'lessons/fire/primary-upper.mdx'))), file: 'content/lessons/fire/grade-5.mdx', field: '(file name)', message: /primary-lower\.mdx/ },
  { name: 'a lesson whose audience is not its file name', kind: 'lessons', change: (root) => writeFileSync(path(root, 'lessons/fire/junior.mdx'), readFileSync(path(root, 'lessons/fire/primary-upper.mdx'))), file: 'content/lessons/fire/junior.mdx', field: 'audience', rule: 'lessonPlace' },
  { name: 'a lesson whose topic is not its folder', kind: 'lessons', change: replace('lessons/fire/primary-upper.mdx', 'topic: fire', 'topic: gas'), file: 'content/lessons/fire/primary-upper.mdx', field: 'topic', line: 3, rule: 'lessonPlace' },
  { name: 'an audience that does not exist', kind: 'lessons', change: replace('lessons/fire/primary-upper.mdx', 'audience: primary-upper', 'audience: 小学五年级'), file: 'content/lessons/fire/primary-upper.mdx', field: 'audience', line: 4 },
  { name: 'a 45-minute lesson', kind: 'lessons', change: replace('lessons/fire/primary-upper.mdx', 'objectives:', 'minutes: 45\nobjectives:'), file: 'content/lessons/fire/primary-upper.mdx', field: 'minutes' },
  { name: 'steps that do not add up to the lesson', kind: 'lessons', change: replace('lessons/fire/primary-upper.mdx', 'minutes: 30', 'minutes: 25'), file: 'content/lessons/fire/primary-upper.mdx', field: 'steps' },
  { name: 'a slide with five points', kind: 'lessons', change: replace('lessons/fire/primary-upper.mdx', 'points: [不坐电梯, 低姿弯腰]', 'points: [一, 二, 三, 四, 五]'), file: 'content/lessons/fire/primary-upper.mdx', field: 'steps.1.slide.points' },
  { name: 'a slide heading too long to read from the back row', kind: 'lessons', change: replace('lessons/fire/primary-upper.mdx', 'heading: 着火了', `heading: ${'着火了要怎么逃'.repeat(4)}`), file: 'content/lessons/fire/primary-upper.mdx', field: 'steps.0.slide.heading', message: /不超过24个字/ },
  { name: 'a picture written without its kind', kind: 'lessons', change: replace('lessons/fire/primary-upper.mdx', 'picture: sign/exit', 'picture: exit'), file: 'content/lessons/fire/primary-upper.mdx', field: 'steps.0.slide.picture' },
  { name: 'a picture that does not exist', kind: 'lessons', change: replace('lessons/fire/primary-upper.mdx', 'picture: sign/exit', 'picture: sign/exitt'), file: 'content/lessons/fire/primary-upper.mdx', field: 'steps[0].slide.picture', line: 14, rule: 'lessonReferences' },
  { name: 'an illustration that does not exist', kind: 'lessons', change: replace('lessons/fire/primary-upper.mdx', 'picture: scene/hall', 'picture: illustration/hall'), file: 'content/lessons/fire/primary-upper.mdx', field: 'steps[1].slide.picture', rule: 'lessonReferences' },
  { name: 'an opening case that does not exist', kind: 'lessons', change: replace('lessons/fire/primary-upper.mdx', 'case: sample', 'case: samples'), file: 'content/lessons/fire/primary-upper.mdx', field: 'case', rule: 'lessonReferences' },
  { name: 'a class quiz question that does not exist', kind: 'lessons', change: replace('lessons/fire/primary-upper.mdx', 'quiz: [fire-001, fire-002]', 'quiz: [fire-001, fire-009]'), file: 'content/lessons/fire/primary-upper.mdx', field: 'quiz[1]', rule: 'lessonReferences' },
  { name: 'a step running a question the lesson does not list', kind: 'lessons', change: replace('lessons/fire/primary-upper.mdx', 'quiz: [fire-001, fire-002]', 'quiz: [fire-002, fire-002]'), file: 'content/lessons/fire/primary-upper.mdx', field: 'steps[1].slide.quiz[0]', rule: 'lessonReferences' },
  { name: 'a home activity linking a tool that does not exist', kind: 'lessons', change: replace('lessons/fire/primary-upper.mdx', 'tool: escape-plan', 'tool: poster'), file: 'content/lessons/fire/primary-upper.mdx', field: 'home.tool' },
  { name: 'a date in a children’s class quiz', kind: 'lessons', change: replace('quiz/fire.yaml', 'explanation: 着火时电梯可能停电困人，应走疏散楼梯。', 'explanation: 2021年起，着火时应走疏散楼梯。'), file: 'content/lessons/fire/primary-upper.mdx', field: 'quiz[0]', message: /日期/, rule: 'childQuiz' },
  { name: 'a fine in a children’s class quiz', kind: 'lessons', change: replace('quiz/fire.yaml', '[坐电梯, 走疏散楼梯, 跳楼, 躲进电梯间]', '[坐电梯, 走疏散楼梯, 罚款200元, 躲进电梯间]'), file: 'content/lessons/fire/primary-upper.mdx', field: 'quiz[0]', message: /罚款/, rule: 'childQuiz' },
  { name: 'a standard number in a children’s class quiz', kind: 'lessons', change: replace('quiz/fire.yaml', 'question: 着火时可以坐电梯。', 'question: 按GB 50016，着火时可以坐电梯。'), file: 'content/lessons/fire/primary-upper.mdx', field: 'quiz[1]', message: /标准编号/, rule: 'childQuiz' },
  { name: 'a clause number in a children’s class quiz', kind: 'lessons', change: replace('quiz/fire.yaml', 'explanation: 着火时不能坐电梯。', 'explanation: 按第二十八条，着火时不能坐电梯。'), file: 'content/lessons/fire/primary-upper.mdx', field: 'quiz[1]', message: /条款号/, rule: 'childQuiz' },
  { name: 'a scene hazard below the picture', kind: 'references', change: replace('scenes/hall.yaml', 'x: 300, y: 10', 'x: 300, y: 301'), file: 'content/scenes/hall.yaml', field: 'hazards[2].box', message: /超出图片范围/ },
  { name: 'a scene hazard left of a picture whose viewBox starts at 20', kind: 'references', change: replace('scenes/hall.svg', 'viewBox="0 0 600 400"', 'viewBox="20 0 600 400"'), file: 'content/scenes/hall.yaml', field: 'hazards[0].box', message: /超出图片范围/ },
  { name: 'a scene hazard above a picture whose viewBox starts at 20', kind: 'references', change: replace('scenes/hall.svg', 'viewBox="0 0 600 400"', 'viewBox="0 20 600 400"'), file: 'content/scenes/hall.yaml', field: 'hazards[0].box', message: /超出图片范围/ },
  { name: 'two scene hazards with the same id', kind: 'references', change: replace('scenes/hall.yaml', 'id: gas-hose', 'id: ebike'), file: 'content/scenes/hall.yaml', field: 'hazards', message: /隐患 id 重复/ },
  { name: 'a scene hazard taught by a topic that does not exist', kind: 'references', change: replace('scenes/hall.yaml', 'topic: gas', 'topic: gass'), file: 'content/scenes/hall.yaml', field: 'hazards[2].topic', line: 22 },
  { name: 'a scene without its picture', kind: 'references', change: (root) => rmSync(path(root, 'scenes/hall.svg')), file: 'content/scenes/hall.yaml', field: 'svg', message: /找不到场景图/ },
  { name: 'a self-check item linking to a missing section', kind: 'references', change: replace('checklist.yaml', 'section: smoke', 'section: smog'), file: 'content/checklist.yaml', field: 'groups[0].items[0].section', line: 12, message: /不是 \/topics\/fire\/ 上的小节/ },
  { name: 'a self-check item for a topic that does not exist', kind: 'references', change: replace('checklist.yaml', 'topic: fire', 'topic: fier'), file: 'content/checklist.yaml', field: 'groups[0].items[0].topic', line: 11 },
  { name: 'two self-check items with the same id', kind: 'references', change: append('checklist.yaml', '      - id: corridor\n        text: 门口没有杂物\n        tip: 把杂物搬走。\n        risk: high\n        topic: fire\n        section: smoke\n'), file: 'content/checklist.yaml', field: 'groups[0].items[1].id', message: /“corridor” 重复/ },
  { name: 'a sign picture without its sign entry', kind: 'references', change: (root) => writeFileSync(path(root, 'signs/no-smoking.svg'), readFileSync(path(root, 'signs/exit.svg'))), file: 'content/signs/no-smoking.svg', field: 'yaml', message: /没有对应的 no-smoking\.yaml/ },
  { name: 'a body heading with the id of a section the page already has', kind: 'references', change: append('topics/fire.mdx', '\n<h2 id="sources">来源</h2>\n'), file: 'content/topics/fire.mdx', field: 'body', message: /小节 id 重复：sources/ },
  { name: 'two body headings with the same id', kind: 'references', change: append('topics/gas.mdx', '\n<h3 id="leak">又是漏气</h3>\n'), file: 'content/topics/gas.mdx', field: 'body', message: /小节 id 重复：leak/ },
  { name: 'a sign for a topic that does not exist', kind: 'references', change: replace('signs/exit.yaml', 'topics: [fire]', 'topics: [fire, flood]'), file: 'content/signs/exit.yaml', field: 'topics[1]', line: 7 },
  { name: 'a consultation-desk answer linking to a topic that does not exist', kind: 'references', change: replace('ask.yaml', 'topic: fire', 'topic: fier'), file: 'content/ask.yaml', field: 'stairs-blocked.links[0].topic' },
  { name: 'a topic illustration whose file is missing', kind: 'references', change: replace('topics/fire.mdx', 'related: [gas]\n', 'related: [gas]\nillustrations:\n  - { file: stairs-down, alt: 一个人扶着扶手沿楼梯向下走 }\n'), file: 'content/topics/fire.mdx', field: 'illustrations[0].file', message: /src\/assets\/illustrations\/stairs-down\.svg/ },
];

function problemsFor(fixture: Fixture, rules = RULES) {
  const root = copyFixture();
  try {
    fixture.change(root);
    return validateContent(root, { rules }).problems;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('the content validator', () => {
  it('passes the fixture site as it is', () => {
    expect(validateContent(copyFixture()).problems).toEqual([]);
  });

  it('accepts a byte-order mark and Windows line ends', () => {
    const root = copyFixture();
    const text = readFileSync(path(root, 'topics/fire.mdx'), 'utf8');
    writeFileSync(path(root, 'topics/fire.mdx'), `\uFEFF${text.replace(/\n/g, '\r\n')}`);
    writeFileSync(path(root, 'signs/exit.yaml'), `\uFEFF${readFileSync(path(root, 'signs/exit.yaml'), 'utf8').replace(/\n/g, '\r\n')}`);
    expect(validateContent(root).problems).toEqual([]);
  });

  it('accepts a key action whose picture exists and passes the allowlist', () => {
    const root = copyFixture();
    keyActionPicture(
      PICTURE_SVG('<rect width="240" height="240" rx="24" fill="#FFFFFF"/><text x="120" y="140" text-anchor="middle" font-size="60">119</text>'),
    )(root);
    const result = validateContent(root);
    expect(result.problems).toEqual([]);
    expect(result.content.topics.find((topic) => topic.id === 'fire')?.data.keyActions[0]?.picture?.file).toBe('fire-low-smoke');
    expect(result.svgs.pictures.get('fire-low-smoke')).toContain('<text');
  });

  it('has at least 60 bad-content fixtures covering every class of fault', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(FIXTURES.map((fixture) => fixture.kind));
    for (const kind of ['text', 'date', 'yaml', 'schema', 'campaign', 'sources', 'phone', 'body', 'svg', 'files', 'references', 'lessons'])
      expect(kinds, kind).toContain(kind);
  });
});

describe('bad content is rejected, naming the file and the field', () => {
  for (const fixture of FIXTURES) {
    it(`${fixture.kind}: ${fixture.name}`, () => {
      const problems = problemsFor(fixture);
      const match = problems.find((problem) => problem.file === fixture.file && problem.field === fixture.field);
      expect(match, `expected ${fixture.file} → ${fixture.field} in:\n${problems.map((p) => `${p.file} → ${p.field}: ${p.message}`).join('\n')}`).toBeDefined();
      if (fixture.line !== undefined) expect(match!.line).toBe(fixture.line);
      if (fixture.message)
        expect(
          problems
            .filter((problem) => problem.file === fixture.file && problem.field === fixture.field)
            .map((problem) => problem.message)
            .join('\n'),
        ).toMatch(fixture.message);
      for (const problem of problems) {
        expect(problem.field.trim()).not.toBe('');
        // Chinese first: the first Chinese character comes before the English in brackets.
        const chinese = problem.message.search(/\p{Script=Han}/u);
        const english = problem.message.indexOf(' (');
        expect(chinese >= 0 && (english < 0 || chinese < english), problem.message).toBe(true);
        expect(problem.message).not.toContain('**');
      }
    });
  }
});

describe('each rule is what catches its faults', () => {
  for (const [name] of Object.entries(RULES)) {
    const covered = FIXTURES.filter((fixture) => fixture.rule === name);
    it(`${name}: ${covered.length} fixture(s) pass when the rule is taken out`, () => {
      expect(covered.length).toBeGreaterThan(0);
      const without = Object.fromEntries(Object.entries(RULES).filter(([other]) => other !== name));
      for (const fixture of covered) {
        const problems = problemsFor(fixture, without);
        expect(
          problems.some((problem) => problem.file === fixture.file && problem.field === fixture.field),
          fixture.name,
        ).toBe(false);
      }
    });
  }
});
