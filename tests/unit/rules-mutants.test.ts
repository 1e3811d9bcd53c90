// The rules across entries (src/lib/validator/rules.ts), each run on a small site built in memory: entries
// are parsed from YAML written here (so problems carry real lines) and MDX bodies go through the same body
// check the reader uses. No files are copied, so each case is quick and says exactly which input is wrong.
import { describe, expect, it } from 'vitest';
import type { Entry, Problem, SiteContent } from '../../src/lib/integrity.ts';
import { checkMdxBody } from '../../src/lib/validator/mdx.ts';
import type { EntrySource, ReadResult, SvgInfo } from '../../src/lib/validator/read.ts';
import { FIRST_CAMPAIGN_YEAR, RULES, runRules, type Rule } from '../../src/lib/validator/rules.ts';
import { parseYamlText } from '../../src/lib/validator/yaml.ts';

type Any = Entry<never>;

/** Where each entry made here came from, for the rules that report at a field's line. */
const SOURCES = new Map<Entry<unknown>, EntrySource>();
const BODIES = new Map<Entry<unknown>, ReturnType<typeof checkMdxBody>>();

function parse(text: string, file: string, firstLine = 1) {
  const parsed = parseYamlText(text, file, firstLine);
  if ('problems' in parsed) throw new Error(`test YAML does not parse: ${parsed.problems[0]?.message}`);
  return parsed.yaml;
}

/** A YAML file holding one entry (a sign, a scene, campaign.yaml, checklist.yaml). */
function yamlEntry(id: string, file: string | undefined, text: string): Any {
  const yaml = parse(text, file ?? id);
  const entry = { id, filePath: file, data: yaml.value } as Any;
  SOURCES.set(entry, { yaml, yamlPath: [], prefix: '' });
  return entry;
}

/** A YAML list file (quiz, phone numbers, ask): every item is an entry named by `idField`. */
function yamlList(file: string, text: string, idField = 'id'): Any[] {
  const yaml = parse(text, file);
  return (yaml.value as Record<string, unknown>[]).map((item, index) => {
    const id = String(item[idField]);
    const entry = { id, filePath: file, data: item } as Any;
    SOURCES.set(entry, { yaml, yamlPath: [index], prefix: `${id}.` });
    return entry;
  });
}

/** An MDX file: frontmatter (YAML from line 2) and a body, checked as the reader checks it. */
function mdxEntry(id: string, file: string, frontmatter: string, body: string): Any {
  const yaml = parse(frontmatter, file, 2);
  const text = `---\n${frontmatter}---\n${body}`;
  const entry = { id, filePath: file, data: yaml.value, body } as Any;
  SOURCES.set(entry, { yaml, yamlPath: [], prefix: '' });
  BODIES.set(entry, checkMdxBody(text, file));
  return entry;
}

const LAW = '{ title: 《消防法》, publisher: 全国人大常委会, year: 2021, clause: 第四十四条, kind: law }';
const OFFICIAL = '{ title: 通报, publisher: 应急管理部, year: 2024, kind: official }';

const topic = (id: string, more = '', body = '<h2 id="smoke">浓烟</h2>\n\n正文。\n') =>
  mdxEntry(id, `content/topics/${id}.mdx`, `title: 主题\nmyths: []\nrules: []\ncall: ['119']\n${more}sources:\n  - ${LAW}\n`, body);
const caseEntry = (id: string, more = '', body = '经过。\n') =>
  mdxEntry(id, `content/cases/${id}.mdx`, `title: 案例\n${more}sources:\n  - { title: 调查报告, publisher: 应急管理部, year: 2023, kind: report }\n`, body);
const lesson = (id: string, more: string, body = '教师备注。\n') => {
  const [folder, audience] = id.split('/');
  return mdxEntry(id, `content/lessons/${id}.mdx`, `title: 课\ntopic: ${folder}\naudience: ${audience}\n${more}`, body);
};

const PHONE_NUMBERS = `- number: '119'
  name: 火警
  callable: true
  sources:
    - ${LAW}
- number: '120'
  name: 急救
  callable: true
  sources:
    - ${OFFICIAL}
- number: '12345'
  name: 政务服务热线
  callable: false
  sources:
    - ${OFFICIAL}
`;

interface SiteParts extends Partial<Omit<SiteContent, 'checklist'>> {
  checklist?: Any;
  campaign?: Any;
  svgs?: Partial<ReadResult['svgs']>;
  pictureNames?: string[];
  rejected?: string[];
}

/** What the reader would return for these entries, with the phone-number list above unless one is given. */
function site(parts: SiteParts): ReadResult {
  const content = {
    topics: [],
    signs: [],
    cases: [],
    lessons: [],
    quiz: [],
    scenes: [],
    ask: [],
    ...parts,
    phoneNumbers: parts.phoneNumbers ?? yamlList('content/phone-numbers.yaml', PHONE_NUMBERS, 'number'),
  } as unknown as SiteContent;
  if (parts.checklist) content.checklist = parts.checklist as never;
  const all = [
    ...content.topics,
    ...content.signs,
    ...content.cases,
    ...content.lessons,
    ...content.quiz,
    ...content.phoneNumbers,
    ...content.scenes,
    ...content.ask,
    ...(parts.checklist ? [parts.checklist] : []),
    ...(parts.campaign ? [parts.campaign] : []),
  ] as Entry<unknown>[];
  const empty = () => new Map<string, SvgInfo>();
  return {
    content,
    campaign: parts.campaign as never,
    problems: [],
    sources: new Map(all.flatMap((entry) => (SOURCES.has(entry) ? [[entry, SOURCES.get(entry)!] as const] : []))),
    bodies: new Map(all.flatMap((entry) => (BODIES.has(entry) ? [[entry, BODIES.get(entry)!] as const] : []))),
    svgs: { signs: empty(), scenes: empty(), illustrations: empty(), pictures: empty(), ...parts.svgs },
    files: [],
    rejected: new Set(parts.rejected ?? []),
    pictureNames: new Set(parts.pictureNames ?? []),
  };
}

/** The problems one rule finds (and, as a check on the rule's name, the same through RULES). */
function check(rule: Rule, parts: SiteParts): Problem[] {
  const read = site(parts);
  const name = Object.entries(RULES).find(([, each]) => each === rule)?.[0];
  if (!name) throw new Error('rule not in RULES');
  return runRules(read, { [name]: rule }).problems;
}
const where = (problems: Problem[]) => problems.map((problem) => `${problem.file} ${problem.field}${problem.line ? ` :${problem.line}` : ''}`);

describe('law, regulation and standard sources name their clause', () => {
  const source = (kind: string, clause = '') => `{ title: 来源, publisher: 机关, year: 2020, ${clause}kind: ${kind} }`;

  it('reports each kind that has numbered parts, with its Chinese name, at the source’s line', () => {
    const sign = yamlEntry(
      'exit',
      'content/signs/exit.yaml',
      `name: 安全出口\nsources:\n  - ${source('law')}\n  - ${source('regulation')}\n  - ${source('standard')}\n  - ${source('standard', "clause: ' ', ")}\n`,
    );
    const problems = check(RULES['sourceClause']!, { signs: [sign] });
    expect(where(problems)).toEqual([
      'content/signs/exit.yaml sources.0.clause :3',
      'content/signs/exit.yaml sources.1.clause :4',
      'content/signs/exit.yaml sources.2.clause :5',
      'content/signs/exit.yaml sources.3.clause :6',
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([
      '这条来源是法律，要写出事实所在的条款：clause: 第二十八条、表1、第10.3.5条…… (a law source needs its clause)',
      expect.stringMatching(/^这条来源是法规、规章或规范性文件，.*\(a regulation source needs its clause\)$/),
      expect.stringMatching(/^这条来源是标准，.*\(a standard source needs its clause\)$/),
      expect.stringMatching(/^这条来源是标准，/),
    ]);
  });

  it('lets off reports, releases, guidelines and references, and any source that gives its clause', () => {
    const sign = yamlEntry(
      'exit',
      'content/signs/exit.yaml',
      `sources:\n  - ${source('report')}\n  - ${source('official')}\n  - ${source('guideline')}\n  - ${source('reference')}\n  - ${source('standard', 'clause: 表1, ')}\n`,
    );
    expect(check(RULES['sourceClause']!, { signs: [sign] })).toEqual([]);
  });

  it('looks at every kind of entry, naming quiz fields after the question and campaign editions by number', () => {
    const bare = `sources:\n  - ${source('law')}\n`;
    const read = {
      topics: [mdxEntry('fire', 'content/topics/fire.mdx', bare, '正文。\n')],
      cases: [mdxEntry('sample', 'content/cases/sample.mdx', bare, '正文。\n')],
      lessons: [mdxEntry('fire/junior', 'content/lessons/fire/junior.mdx', bare, '正文。\n')],
      signs: [yamlEntry('exit', 'content/signs/exit.yaml', bare)],
      scenes: [yamlEntry('hall', 'content/scenes/hall.yaml', bare)],
      quiz: yamlList('content/quiz/fire.yaml', `- id: fire-001\n  sources:\n    - ${source('law')}\n`),
      ask: yamlList('content/ask.yaml', `- id: stairs\n  sources:\n    - ${source('law')}\n`),
      phoneNumbers: yamlList('content/phone-numbers.yaml', `- number: '119'\n  sources:\n    - ${source('law')}\n`, 'number'),
      checklist: yamlEntry('checklist', 'content/checklist.yaml', bare),
      campaign: yamlEntry(
        'campaign',
        'content/campaign.yaml',
        `sources:\n  - ${source('official')}\neditions:\n  - year: 2024\n    sources:\n      - ${source('official')}\n  - year: 2025\n    sources:\n      - ${source('official')}\n      - ${source('standard')}\n`,
      ),
    };
    expect(where(check(RULES['sourceClause']!, read))).toEqual([
      'content/topics/fire.mdx sources.0.clause :3',
      'content/signs/exit.yaml sources.0.clause :2',
      'content/cases/sample.mdx sources.0.clause :3',
      'content/lessons/fire/junior.mdx sources.0.clause :3',
      'content/quiz/fire.yaml fire-001.sources.0.clause :3',
      'content/phone-numbers.yaml 119.sources.0.clause :3',
      'content/scenes/hall.yaml sources.0.clause :2',
      'content/ask.yaml stairs.sources.0.clause :3',
      'content/checklist.yaml sources.0.clause :2',
      'content/campaign.yaml editions.1.sources.1.clause :10',
    ]);
  });

  it('names an entry by its id when it has no file', () => {
    const sign = yamlEntry('exit', undefined, `sources:\n  - ${source('law')}\n`);
    expect(check(RULES['sourceClause']!, { signs: [sign] })).toMatchObject([{ file: 'exit', field: 'sources.0.clause' }]);
  });

  it('names the field without a prefix or a line when the entry’s place in its file is not known, and skips entries without sources', () => {
    const sign = { id: 'exit', filePath: 'content/signs/exit.yaml', data: { sources: [{ title: '法', publisher: '人大', year: 2021, kind: 'law' }] } } as Any;
    const scene = yamlEntry('hall', 'content/scenes/hall.yaml', 'title: 楼道\n');
    expect(check(RULES['sourceClause']!, { signs: [sign], scenes: [scene] })).toEqual([
      { file: 'content/signs/exit.yaml', field: 'sources.0.clause', message: expect.stringMatching(/^这条来源是法律/) },
    ]);
  });
});

describe('a case starts from the official report or release', () => {
  const withFirst = (kind: string) =>
    mdxEntry(
      'sample',
      'content/cases/sample.mdx',
      `title: 案例\nsources:\n  - { title: 甲, publisher: 乙, year: 2020, kind: ${kind} }\n  - ${LAW}\n`,
      '经过。\n',
    );

  it('reports a first source of another kind, naming that kind', () => {
    const problems = check(RULES['caseFirstSource']!, { cases: [withFirst('guideline')] });
    expect(problems).toEqual([
      {
        file: 'content/cases/sample.mdx',
        field: 'sources.0.kind',
        line: 4,
        column: 49,
        message: expect.stringMatching(/^案例的第一条来源必须是官方事故调查报告（report）或官方通报（official），这里是 guideline \(/),
      },
    ]);
  });

  it('accepts a report or an official release first, whatever follows', () => {
    expect(check(RULES['caseFirstSource']!, { cases: [withFirst('report'), withFirst('official')] })).toEqual([]);
  });

  it('does not trip over a case with no sources (the schema reports that)', () => {
    const bare = mdxEntry('bare', 'content/cases/bare.mdx', 'title: 案例\nsources: []\n', '经过。\n');
    expect(check(RULES['caseFirstSource']!, { cases: [bare] })).toEqual([]);
  });
});

describe('topics, cases and lessons have a body that says something', () => {
  it('reports an empty body on each, and not a body with text', () => {
    const problems = check(RULES['bodyNotEmpty']!, {
      topics: [topic('fire', '', ''), topic('gas')],
      cases: [caseEntry('sample', '', '\n\n')],
      lessons: [lesson('fire/junior', '', '<h2 id="notes"> </h2>\n'), lesson('gas/adult', '')],
    });
    expect(problems).toEqual([
      { file: 'content/topics/fire.mdx', field: 'body', message: 'frontmatter 后面的正文是空的：请写出正文各节 (the body after the frontmatter is empty)' },
      expect.objectContaining({ file: 'content/cases/sample.mdx', field: 'body' }),
      expect.objectContaining({ file: 'content/lessons/fire/junior.mdx', field: 'body' }),
    ]);
  });

  it('names an entry without a file by its id, and skips an entry whose body was not read', () => {
    const empty = topic('fire', '', '');
    const unnamed = { ...empty, filePath: undefined };
    BODIES.set(unnamed, BODIES.get(empty)!);
    const unread = { ...empty };
    expect(check(RULES['bodyNotEmpty']!, { topics: [unnamed, unread] })).toEqual([expect.objectContaining({ file: 'fire', field: 'body' })]);
  });
});

describe('the campaign’s editions', () => {
  const campaign = (editions: string, focusYear = 2024, day = '{ month: 6, day: 16 }') =>
    yamlEntry('campaign', 'content/campaign.yaml', `focusYear: ${focusYear}\nconsultationDay: ${day}\neditions:\n${editions}`);
  const edition = (year: number, number: number, launched?: string) =>
    `  - year: ${year}\n    number: ${number}\n${launched ? `    launched: ${launched}\n` : ''}    sources: []\n`;
  const campaignRule = RULES['campaign']!;

  it('accepts editions numbered from 2002, each year once, with the focus year among them', () => {
    expect(FIRST_CAMPAIGN_YEAR).toBe(2002);
    expect(check(campaignRule, { campaign: campaign(edition(2002, 1) + edition(2024, 23, '2024-06-01') + edition(2025, 24)) })).toEqual([]);
  });

  it('reports a wrong number with the number it should be, at its line', () => {
    const problems = check(campaignRule, { campaign: campaign(edition(2024, 23) + edition(2025, 23)) });
    expect(problems).toEqual([
      {
        file: 'content/campaign.yaml',
        field: 'editions.1.number',
        line: 8,
        column: 13,
        message: '2025年是第24个“安全生产月”（2002年是第1个），这里写的是第23个 (edition number must be year − 2001 = 24)',
      },
    ]);
  });

  it('reports a year written twice, pointing at the other one', () => {
    const problems = check(campaignRule, { campaign: campaign(edition(2023, 22) + edition(2024, 23) + edition(2024, 23)) });
    expect(problems).toEqual([
      expect.objectContaining({ field: 'editions.2.year', line: 10, column: 11, message: '2024年写了两次（另一处是 editions.1） (duplicate year)' }),
    ]);
  });

  it('reports a launch date in another year', () => {
    const problems = check(campaignRule, { campaign: campaign(edition(2024, 23, '2023-05-31')) });
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'editions.0.launched',
        line: 6,
        message: "启动日期 2023-05-31 不在 2024 年 (launch date is not in the edition's year)",
      }),
    ]);
  });

  it('reports a focus year that has no edition', () => {
    const problems = check(campaignRule, { campaign: campaign(edition(2024, 23), 2026) });
    expect(problems).toEqual([
      { file: 'content/campaign.yaml', field: 'focusYear', line: 1, column: 12, message: 'editions 里没有 2026 年这一届 (no edition for the focus year)' },
    ]);
  });

  it('reports a consultation day not on the calendar, and accepts 29 February and the last day of a month', () => {
    expect(check(campaignRule, { campaign: campaign(edition(2024, 23), 2024, '{ month: 6, day: 31 }') })).toEqual([
      expect.objectContaining({ field: 'consultationDay', line: 2, message: '日历上没有6月31日 (not a real day)' }),
    ]);
    expect(check(campaignRule, { campaign: campaign(edition(2024, 23), 2024, '{ month: 2, day: 30 }') })).toHaveLength(1);
    for (const day of ['{ month: 2, day: 29 }', '{ month: 1, day: 31 }', '{ month: 12, day: 31 }', '{ month: 6, day: 30 }'])
      expect(check(campaignRule, { campaign: campaign(edition(2024, 23), 2024, day) }), day).toEqual([]);
  });

  it('has nothing to say when there is no campaign file', () => {
    expect(check(campaignRule, {})).toEqual([]);
  });
});

describe('telephone numbers in the text are on the verified list', () => {
  const phoneText = RULES['phoneText']!;

  it('reports a number in any string of an entry, at its field and line, and not numbers on the list', () => {
    const sign = yamlEntry(
      'exit',
      'content/signs/exit.yaml',
      'name: 安全出口\nyear: 2024\nnote: null\nchecked: true\naction: 朝它走，或打13812345678问物业。\nsteps:\n  - 先打119\n  - { say: 热线12345, then: 再拨96777报修 }\nsources:\n  - { title: 来源, url: "https://example.cn/拨打96333", kind: official }\n',
    );
    const problems = check(phoneText, { signs: [sign] });
    expect(problems).toEqual([
      {
        file: 'content/signs/exit.yaml',
        field: 'action',
        line: 5,
        column: 9,
        message: '电话号码 13812345678 不在已核实号码表 content/phone-numbers.yaml 里：核实后加进号码表（附来源），或删掉 (unverified phone number)',
      },
      expect.objectContaining({ field: 'steps.1.then', line: 8, message: expect.stringMatching(/^电话号码 96777 不在/) }),
    ]);
  });

  it('names a quiz question’s fields after the question, and looks at every kind of entry but the number list', () => {
    const text = (field: string) => `${field}: 可拨打热线96110咨询。\n`;
    const problems = check(phoneText, {
      topics: [mdxEntry('fire', 'content/topics/fire.mdx', text('summary'), '正文。\n')],
      cases: [mdxEntry('sample', 'content/cases/sample.mdx', text('cause'), '正文。\n')],
      lessons: [mdxEntry('fire/junior', 'content/lessons/fire/junior.mdx', text('title'), '正文。\n')],
      scenes: [yamlEntry('hall', 'content/scenes/hall.yaml', text('title'))],
      quiz: yamlList('content/quiz/fire.yaml', '- id: fire-002\n  explanation: 可拨打热线12315咨询。\n'),
      ask: yamlList('content/ask.yaml', '- id: stairs\n  answer: 请打96110举报。\n'),
      checklist: yamlEntry('checklist', 'content/checklist.yaml', text('intro')),
      campaign: yamlEntry('campaign', 'content/campaign.yaml', text('name')),
      phoneNumbers: yamlList('content/phone-numbers.yaml', "- number: '119'\n  use: 别的城市是96119。\n", 'number'),
    });
    expect(where(problems)).toEqual([
      'content/topics/fire.mdx summary :2',
      'content/cases/sample.mdx cause :2',
      'content/lessons/fire/junior.mdx title :2',
      'content/quiz/fire.yaml fire-002.explanation :2',
      'content/scenes/hall.yaml title :1',
      'content/ask.yaml stairs.answer :2',
      'content/checklist.yaml intro :1',
      'content/campaign.yaml name :1',
    ]);
  });

  it('reports a number in a body at its own line and column, also on the second line of a paragraph', () => {
    const gas = topic('gas', '', '<h2 id="leak">漏气</h2>\n\n闻到燃气味，拨打96777报修。\n\n第一句。\n再打12315投诉，或打120。\n');
    const problems = check(phoneText, { topics: [gas] });
    // The frontmatter takes lines 1–8; the body starts on line 9.
    expect(problems).toEqual([
      { file: 'content/topics/gas.mdx', field: 'body', line: 11, column: 9, message: expect.stringMatching(/^电话号码 96777 不在/) },
      { file: 'content/topics/gas.mdx', field: 'body', line: 14, column: 3, message: expect.stringMatching(/^电话号码 12315 不在/) },
    ]);
  });

  it('counts the column from the start of the line on a piece’s second line, even when the piece starts mid-line', () => {
    const gas = topic('gas', '', '**先关阀**，再开窗\n再打12315投诉。\n');
    // Body from line 9: the text after the bold words starts mid-line; the number is at column 3 of line 10.
    expect(check(phoneText, { topics: [gas] })).toEqual([expect.objectContaining({ field: 'body', line: 10, column: 3 })]);
  });

  it('reports a number in a code block or on a list item’s second line where it stands, not at the fence or indent', () => {
    const gas = topic('gas', '', '```\n拨打96777报修\n```\n\n- 第一句\n  再打12315投诉\n');
    // Body from line 9: the fence, then the number on line 10; the list item's second line is line 14, indented 2.
    expect(check(phoneText, { topics: [gas] })).toEqual([
      expect.objectContaining({ field: 'body', line: 10, column: 3 }),
      expect.objectContaining({ field: 'body', line: 14, column: 5 }),
    ]);
  });

  it('names a body without a file by the entry’s id', () => {
    const gas = topic('gas', '', '拨打96777报修。\n');
    const unnamed = { ...gas, filePath: undefined };
    BODIES.set(unnamed, BODIES.get(gas)!);
    SOURCES.set(unnamed, SOURCES.get(gas)!);
    expect(check(phoneText, { topics: [unnamed] })).toEqual([expect.objectContaining({ file: 'gas', field: 'body' })]);
  });

  it('reports a number in the text of any picture, at its place in the SVG', () => {
    const picture = (file: string, text: string): SvgInfo => ({ file, svg: '', texts: [{ text, line: 3, column: 7 }] });
    const problems = check(phoneText, {
      svgs: {
        signs: new Map([
          ['exit', picture('content/signs/exit.svg', '报警电话 96119')],
          ['ok', picture('content/signs/ok.svg', '火警 119')],
        ]),
        scenes: new Map([['hall', picture('content/scenes/hall.svg', '物业电话 96111')]]),
        illustrations: new Map([['stairs', picture('src/assets/illustrations/stairs.svg', '热线 12315')]]),
        pictures: new Map([['call', picture('src/assets/pictures/call.svg', '拨打 96777')]]),
      },
    });
    expect(problems).toEqual([
      { file: 'content/signs/exit.svg', field: '<text>', line: 3, column: 7, message: expect.stringMatching(/^电话号码 96119 不在/) },
      expect.objectContaining({ file: 'content/scenes/hall.svg', field: '<text>' }),
      expect.objectContaining({ file: 'src/assets/illustrations/stairs.svg', field: '<text>' }),
      expect.objectContaining({ file: 'src/assets/pictures/call.svg', field: '<text>' }),
    ]);
  });
});

describe('a topic’s call list only has numbers the site may tell people to call', () => {
  it('reports a number on the list that may only be named, and leaves unlisted numbers to the reference check', () => {
    const fire = mdxEntry('fire', 'content/topics/fire.mdx', "title: 火\ncall: ['119', '12345', '96333', '120']\n", '正文。\n');
    expect(check(RULES['callable']!, { topics: [fire] })).toEqual([
      {
        file: 'content/topics/fire.mdx',
        field: 'call[1]',
        line: 3,
        column: 15,
        message: '12345 在号码表里标为只提及、不拨打（callable: false），不能放进 call (number not callable)',
      },
    ]);
  });
});

describe('links in bodies', () => {
  const bodyLinks = RULES['bodyLinks']!;
  const gas = topic('gas', '', '<h2 id="leak">漏气</h2>\n\n正文。\n');
  const fireData = "title: 火\nmyths: [{ myth: 甲, fact: 乙 }]\nrules: [{ cite: 丙, says: 丁 }]\ncall: ['119']\n";
  const others = {
    signs: [yamlEntry('exit', 'content/signs/exit.yaml', 'name: 安全出口\n')],
    cases: [caseEntry('sample')],
    scenes: [yamlEntry('hall', 'content/scenes/hall.yaml', 'title: 楼道\n')],
  };
  /** What the rule says about one link written in the fire topic's body (undefined: nothing). */
  const about = (link: string) => {
    const fire = mdxEntry('fire', 'content/topics/fire.mdx', fireData, `<h2 id="smoke">浓烟</h2>\n\n${link}\n`);
    const problems = check(bodyLinks, { topics: [fire, gas], ...others, cases: [...others.cases] });
    expect(problems.length).toBeLessThanOrEqual(1);
    return problems[0]?.message;
  };
  const md = (url: string) => `[链接](${url})`;

  it('reports a link at its line and column', () => {
    const fire = mdxEntry('fire', 'content/topics/fire.mdx', fireData, '正文。\n\n先看[这里](../nope/)。\n');
    expect(check(bodyLinks, { topics: [fire] })).toEqual([
      { file: 'content/topics/fire.mdx', field: 'body', line: 9, column: 3, message: '链接 ../nope/：没有主题“nope” (no such topic)' },
    ]);
  });

  it('an empty link', () => {
    expect(about(md(''))).toBe('链接地址是空的 (empty link)');
    expect(about('<a href=" ">空</a>')).toBe('链接地址是空的 (empty link)');
  });

  it('telephone links: to callable numbers on the list, written tel: and digits only', () => {
    expect(about(md('tel:119'))).toBeUndefined();
    expect(about(md('tel:96333'))).toBe(
      '链接 tel:96333：电话号码 96333 不在已核实号码表 content/phone-numbers.yaml 里：核实后加进号码表（附来源），或删掉 (unverified phone number)',
    );
    expect(about(md('tel:12345'))).toBe('链接 tel:12345：这个号码在号码表里标为只提及、不拨打（callable: false），不能做成拨号链接 (number not callable)');
    expect(about(md('TEL:119'))).toBe('电话链接请写成 tel:119（小写 tel:，只写数字） (write telephone links as tel:119)');
    expect(about('<a href=" tel:120 ">急救</a>')).toBeUndefined();
  });

  it('web and mail links are fine; any other scheme is refused, however it is disguised', () => {
    for (const url of ['https://www.mem.gov.cn/', 'http://example.cn/', 'mailto:a@example.cn', 'HTTPS://example.cn/'])
      expect(about(md(url)), url).toBeUndefined();
    expect(about(md('javascript:alert(1)'))).toBe(
      '不允许的链接 javascript:alert(1)：只能用 https://、http://、mailto: 或 tel: (link scheme javascript: is not allowed)',
    );
    expect(about('<a href="JavaScript:alert(1)">x</a>')).toMatch(/\(link scheme javascript: is not allowed\)$/);
    expect(about('<a href="java script:alert(1)">x</a>')).toMatch(/\(link scheme javascript: is not allowed\)$/);
    expect(about('<a href="java&#9;script:alert(1)">x</a>')).toMatch(/\(link scheme javascript: is not allowed\)$/);
    expect(about(md('data:text/html,x'))).toMatch(/\(link scheme data: is not allowed\)$/);
    expect(about(md(`javascript:${'a'.repeat(60)}`))).toBe(
      `不允许的链接 javascript:${'a'.repeat(29)}：只能用 https://、http://、mailto: 或 tel: (link scheme javascript: is not allowed)`,
    );
  });

  it('links inside the site are relative, end with a slash, and lead to a page that exists', () => {
    expect(about(md('//evil.example/'))).toBe('链接 //evil.example/：外部网址请写完整的 https:// 地址 (write external links in full)');
    expect(about(md('/topics/gas/'))).toBe('站内链接请写相对地址，例如 ../gas/#leak，网站可能放在子目录下 (write links inside the site as relative paths)');
    expect(about(md('../gas'))).toBe('站内链接 ../gas 末尾要加 /（例如 ../gas/） (links to pages end with /)');
    expect(about(md('../gas#leak'))).toMatch(/末尾要加 \//);
    expect(about(md('../../files/v1.2/guide'))).toMatch(/末尾要加 \//);
    for (const url of ['../../files/guide.pdf', '../../files/GUIDE.PDF', '../../files/a:b.pdf', '../gas/print/', '../../tools/', '../../', '../gas/?x=1'])
      expect(about(md(url)), url).toBeUndefined();
  });

  it('a topic link: the topic and the section must exist (fixed sections, body headings, written encoded)', () => {
    expect(about(md('../nope/'))).toBe('链接 ../nope/：没有主题“nope” (no such topic)');
    expect(about(md('../gas/#nope'))).toBe(
      '链接 ../gas/#nope：/topics/gas/ 上没有小节“nope”（有：key-actions, do-dont, related, sources, leak） (no such section)',
    );
    for (const url of ['../gas/', '../gas/#leak', '../gas/#%6Ceak', '../%67as/#sources', '#smoke', '../fire/#myths', '../fire/#law', '../gas/#'])
      expect(about(md(url)), url).toBeUndefined();
    expect(about(md('../gas/#myths'))).toMatch(/没有小节“myths”/);
    expect(about(md('#%E6%BC%8F'))).toMatch(/没有小节“漏”/);
  });

  it('a sign, case or scene link: the page must exist', () => {
    expect(about(md('../../signs/nope/'))).toBe('链接 ../../signs/nope/：没有“nope”这一页 (no such sign)');
    expect(about(md('../../cases/nope/'))).toBe('链接 ../../cases/nope/：没有“nope”这一页 (no such case)');
    expect(about(md('../../scenes/nope/'))).toBe('链接 ../../scenes/nope/：没有“nope”这一页 (no such scene)');
    for (const url of ['../../signs/exit/', '../../cases/sample/', '../../scenes/hall/', '../../signs/', '../../signs/exit/print/'])
      expect(about(md(url)), url).toBeUndefined();
    // A sign's id is not a case's, nor a scene's.
    expect(about(md('../../cases/exit/'))).toMatch(/no such case/);
    expect(about(md('../../scenes/sample/'))).toMatch(/no such scene/);
    expect(about(md('../../signs/hall/'))).toMatch(/no such sign/);
  });

  it('resolves each body’s links from the address it is published at', () => {
    const sample = caseEntry('sample', '', '[甲](../nope/) [乙](../../topics/nope/) [丙](../sample/)\n');
    const plan = lesson('fire/junior', '', '[甲](../../../../topics/nope/) [乙](../../topics/nope/)\n');
    const problems = check(bodyLinks, { cases: [sample], lessons: [plan] });
    expect(problems.map((problem) => `${problem.file} ${problem.message}`)).toEqual([
      'content/cases/sample.mdx 链接 ../nope/：没有“nope”这一页 (no such case)',
      'content/cases/sample.mdx 链接 ../../topics/nope/：没有主题“nope” (no such topic)',
      'content/lessons/fire/junior.mdx 链接 ../../../../topics/nope/：没有主题“nope” (no such topic)',
    ]);
  });

  it('leaves alone bodies of entries that are not published as pages, and names an entry without a file by its id', () => {
    const stray = mdxEntry('exit', 'content/signs/exit.yaml', 'name: 安全出口\n', '[甲](javascript:alert(1))\n');
    expect(check(bodyLinks, { signs: [stray], lessons: [lesson('fire/junior', '')] })).toEqual([]);
    const fire = mdxEntry('fire', 'content/topics/fire.mdx', fireData, '[甲](../nope/)\n');
    const unnamed = { ...fire, filePath: undefined };
    BODIES.set(unnamed, BODIES.get(fire)!);
    expect(check(bodyLinks, { topics: [unnamed] })).toEqual([expect.objectContaining({ file: 'fire', field: 'body' })]);
  });
});

describe('a lesson sits at lessons/<topic>/<audience>.mdx', () => {
  it('reports a topic or audience that differs from the folder or the file name, at its line', () => {
    const moved = mdxEntry('fire/junior', 'content/lessons/fire/junior.mdx', 'title: 课\ntopic: gas\naudience: adult\n', '备注。\n');
    expect(check(RULES['lessonPlace']!, { lessons: [moved, lesson('fire/primary-upper', '')] })).toEqual([
      {
        file: 'content/lessons/fire/junior.mdx',
        field: 'topic',
        line: 3,
        column: 8,
        message: '文件在 lessons/fire/ 里，topic 却写的是 gas：两者要一致 (topic must match the folder)',
      },
      {
        file: 'content/lessons/fire/junior.mdx',
        field: 'audience',
        line: 4,
        column: 11,
        message:
          '文件名是 junior.mdx，audience 却写的是 adult：两者要一致（对象：primary-lower、primary-upper、junior、adult） (audience must match the file name)',
      },
    ]);
  });
});

describe('what a lesson points at exists', () => {
  const lessonReferences = RULES['lessonReferences']!;
  const quiz = yamlList('content/quiz/fire.yaml', '- id: fire-001\n- id: fire-002\n- id: fire-003\n');
  const step = (slide: string) => `  - { minutes: 5, slide: { ${slide.includes('quiz:') ? slide : `${slide}, quiz: []`} } }\n`;
  const plan = (more: string) => lesson('fire/junior', more);

  it('accepts a lesson whose case, questions and pictures all exist', () => {
    const good = plan(
      `case: sample\nquiz: [fire-001, fire-002]\nsteps:\n${step('picture: sign/exit, quiz: [fire-001]')}${step('picture: scene/hall, quiz: [fire-002]')}${step('picture: illustration/stairs, quiz: []')}${step('picture: picture/call, quiz: []')}${step('quiz: []')}`,
    );
    const problems = check(lessonReferences, {
      lessons: [good],
      cases: [caseEntry('sample')],
      quiz,
      signs: [yamlEntry('no-smoking', 'content/signs/no-smoking.yaml', 'name: 禁止吸烟\n'), yamlEntry('exit', 'content/signs/exit.yaml', 'name: 出口\n')],
      scenes: [yamlEntry('kitchen', 'content/scenes/kitchen.yaml', 'title: 厨房\n'), yamlEntry('hall', 'content/scenes/hall.yaml', 'title: 楼道\n')],
      svgs: { illustrations: new Map([['stairs', { file: 'src/assets/illustrations/stairs.svg', svg: '', texts: [] }]]) },
      pictureNames: ['call'],
    });
    expect(problems).toEqual([]);
  });

  it('reports an opening case that does not exist, unless its file exists and was rejected', () => {
    expect(check(lessonReferences, { lessons: [plan('case: nope\nquiz: []\nsteps: []\n')] })).toEqual([
      {
        file: 'content/lessons/fire/junior.mdx',
        field: 'case',
        line: 5,
        column: 7,
        message: '没有案例“nope”：写 content/cases/ 里的文件名（不带 .mdx） (no such case)',
      },
    ]);
    expect(check(lessonReferences, { lessons: [plan('case: nope\nquiz: []\nsteps: []\n')], rejected: ['nope'] })).toEqual([]);
  });

  it('reports a class question that does not exist or is listed twice', () => {
    const problems = check(lessonReferences, { lessons: [plan('quiz: [fire-001, fire-009, fire-001, fire-008]\nsteps: []\n')], quiz, rejected: ['fire-008'] });
    expect(problems).toEqual([
      { file: 'content/lessons/fire/junior.mdx', field: 'quiz[1]', line: 5, column: 18, message: '题库里没有题目“fire-009” (no such question)' },
      { file: 'content/lessons/fire/junior.mdx', field: 'quiz[2]', line: 5, column: 28, message: '题目“fire-001”写了两次 (question listed twice)' },
    ]);
  });

  it('reports each kind of picture that does not exist, with the file it looked for', () => {
    const problems = check(lessonReferences, {
      lessons: [
        plan(
          `quiz: []\nsteps:\n${step('picture: sign/nope')}${step('picture: scene/nope')}${step('picture: illustration/nope')}${step('picture: picture/nope')}`,
        ),
      ],
      signs: [yamlEntry('exit', 'content/signs/exit.yaml', 'name: 出口\n')],
      scenes: [yamlEntry('hall', 'content/scenes/hall.yaml', 'title: 楼道\n')],
      pictureNames: ['call'],
    });
    expect(problems.map((problem) => [problem.field, problem.line, problem.message])).toEqual([
      ['steps[0].slide.picture', 7, '找不到图片 content/signs/nope.yaml (missing picture)'],
      ['steps[1].slide.picture', 8, '找不到图片 content/scenes/nope.yaml (missing picture)'],
      ['steps[2].slide.picture', 9, '找不到图片 src/assets/illustrations/nope.svg (missing picture)'],
      ['steps[3].slide.picture', 10, '找不到图片 src/assets/pictures/nope.svg (missing picture)'],
    ]);
  });

  it('leaves a picture of an unknown kind to the schema', () => {
    expect(check(lessonReferences, { lessons: [plan(`quiz: []\nsteps:\n${step('picture: poster')}${step('picture: poster/x')}`)] })).toEqual([]);
  });

  it('reports a step running a question the lesson does not list, or one an earlier step already ran', () => {
    const problems = check(lessonReferences, {
      lessons: [plan(`quiz: [fire-001, fire-002]\nsteps:\n${step('quiz: [fire-001, fire-003]')}${step('quiz: [fire-002, fire-001]')}`)],
      quiz,
    });
    expect(problems).toEqual([
      {
        file: 'content/lessons/fire/junior.mdx',
        field: 'steps[0].slide.quiz[1]',
        line: 7,
        column: 45,
        message: "题目“fire-003”不在这节课的 quiz 列表里：先加进 quiz (question not in the lesson's quiz)",
      },
      expect.objectContaining({ field: 'steps[1].slide.quiz[1]', line: 8, message: '题目“fire-001”已经在前面的环节里用过 (question run twice)' }),
    ]);
  });
});

describe('children’s class quizzes ask no fines, dates or standard numbers', () => {
  const childQuiz = RULES['childQuiz']!;
  const quiz = yamlList(
    'content/quiz/fire.yaml',
    `- { id: plain, type: choice, question: 着火了走哪里？, options: [楼梯, 电梯, 窗户, 阳台], explanation: 走楼梯。 }
- { id: fine-option, type: choice, question: 堵了通道会怎样？, options: [没事, 罚款200元, 表扬, 奖励], explanation: 会被处罚。 }
- { id: date-question, type: truefalse, question: 2021年起不能坐电梯。, answer: true, explanation: 对。 }
- { id: clause-explanation, type: truefalse, question: 着火时可以坐电梯。, answer: false, explanation: 按第二十八条，不能。 }
- { id: standard, type: truefalse, question: 按GB 50016，要走楼梯。, answer: true, explanation: 对。 }
`,
  );
  const forAudience = (audience: string, ids: string[]) =>
    mdxEntry(
      `fire/${audience}`,
      `content/lessons/fire/${audience}.mdx`,
      `title: 课\ntopic: fire\naudience: ${audience}\nquiz: [${ids.join(', ')}]\n`,
      '备注。\n',
    );

  it('reports each question with trivia in its question, options or explanation, for the lower and upper primary years', () => {
    const ids = ['plain', 'fine-option', 'date-question', 'clause-explanation', 'standard', 'missing'];
    const problems = check(childQuiz, { quiz, lessons: [forAudience('primary-lower', ids), forAudience('primary-upper', ['fine-option'])] });
    expect(problems.map((problem) => [problem.file, problem.field, problem.line])).toEqual([
      ['content/lessons/fire/primary-lower.mdx', 'quiz[1]', 5],
      ['content/lessons/fire/primary-lower.mdx', 'quiz[2]', 5],
      ['content/lessons/fire/primary-lower.mdx', 'quiz[3]', 5],
      ['content/lessons/fire/primary-lower.mdx', 'quiz[4]', 5],
      ['content/lessons/fire/primary-upper.mdx', 'quiz[0]', 5],
    ]);
    expect(problems[0]!.message).toBe(
      '小学生的课堂测验不考罚款、金额：题目“fine-option”的题干、选项或解析里有罚款、金额，换一道题 (no fines, dates or standard numbers for children)',
    );
    expect(problems[1]!.message).toMatch(/^小学生的课堂测验不考日期：题目“date-question”/);
    expect(problems[2]!.message).toMatch(/^小学生的课堂测验不考条款号：/);
    expect(problems[3]!.message).toMatch(/^小学生的课堂测验不考标准编号：/);
  });

  it('lets older classes have them', () => {
    const ids = ['fine-option', 'date-question', 'clause-explanation', 'standard'];
    expect(check(childQuiz, { quiz, lessons: [forAudience('junior', ids), forAudience('adult', ids)] })).toEqual([]);
  });
});

describe('running the rules', () => {
  it('runs every rule in RULES, in order, by default', () => {
    expect(Object.keys(RULES)).toEqual([
      'sourceClause',
      'caseFirstSource',
      'bodyNotEmpty',
      'campaign',
      'phoneText',
      'callable',
      'bodyLinks',
      'lessonPlace',
      'lessonReferences',
      'childQuiz',
    ]);
    const fire = mdxEntry(
      'fire',
      'content/topics/fire.mdx',
      "title: 火\nmyths: []\nrules: []\ncall: ['12345']\nsources:\n  - { title: 法, publisher: 人大, year: 2021, kind: law }\n",
      '',
    );
    expect(runRules(site({ topics: [fire] })).problems.map((problem) => problem.field)).toEqual(['sources.0.clause', 'body', 'call[0]']);
  });

  it('takes the verified and the callable numbers from the number list', () => {
    const numbers = yamlList('content/phone-numbers.yaml', "- { number: '96333', callable: true }\n- { number: '96777', callable: false }\n", 'number');
    const fire = mdxEntry(
      'fire',
      'content/topics/fire.mdx',
      "title: 火\nmyths: []\nrules: []\ncall: ['96333', '96777', '119']\n",
      '[甲](tel:96333) 报修电话96777。\n',
    );
    expect(runRules(site({ topics: [fire], phoneNumbers: numbers })).problems).toEqual([
      expect.objectContaining({ field: 'call[1]', message: expect.stringMatching(/^96777 在号码表里标为只提及/) }),
    ]);
  });
});
