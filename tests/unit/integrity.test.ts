// The checks across files that a schema cannot make, because it sees one file at a time
// (src/lib/integrity.ts): references that lead somewhere, sections that exist, pictures on disk, lesson
// times that add up, hazard boxes inside their picture. Run on the small fixture site, changed in memory.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent, type ContentOnDisk } from '../../src/lib/content-files.ts';
import {
  findProblems,
  fixedTopicSections,
  formatProblem,
  formatProblems,
  problemLocation,
  topicSectionIds,
  type Entry,
  type Pictures,
  type Problem,
  type SiteContent,
} from '../../src/lib/integrity.ts';
import { PROJECT_ROOT } from './helpers.ts';

let fixture: ContentOnDisk | undefined;
/** The fixture site as read from disk, once (inside a test, so the read counts for that test). */
function fixtureContent(): ContentOnDisk {
  fixture ??= readContent(join(PROJECT_ROOT, 'tests/fixtures'));
  return fixture;
}

/** The fixture scene's picture is 600 × 400. */
const sceneSvg = (viewBox = '0 0 600 400') => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}"><title>门厅</title></svg>`;

/** The problems in the fixture site after `change`, made to a copy in memory. */
function problemsAfter(change: (content: SiteContent, pictures: Pictures) => void = () => {}): Problem[] {
  const { content, signSvgs } = fixtureContent();
  const copy = structuredClone(content);
  const pictures: Pictures = { signs: new Set(signSvgs.keys()), illustrations: new Set(), pictures: new Set(), scenes: new Map([['hall', sceneSvg()]]) };
  change(copy, pictures);
  return findProblems(copy, pictures);
}

function only<T>(entries: Entry<T>[], id: string): Entry<T> {
  const entry = entries.find((item) => item.id === id);
  if (!entry) throw new Error(`fixture has no ${id}`);
  return entry;
}
const at = (file: string, field: string, message?: RegExp) =>
  expect.objectContaining({ file, field, ...(message ? { message: expect.stringMatching(message) } : {}) });

describe('the fixture site', () => {
  it('has no cross-file problems', () => {
    expect(problemsAfter()).toEqual([]);
  });
});

describe('a topic page’s sections', () => {
  it('are the fixed ones in page order, then the body’s headings', () => {
    const fire = only(fixtureContent().content.topics, 'fire');
    expect(topicSectionIds(fire)).toEqual(['key-actions', 'do-dont', 'myths', 'law', 'related', 'sources', 'smoke']);
  });

  it('have no myths or law section when the topic has no myths or rules', () => {
    const gas = only(fixtureContent().content.topics, 'gas');
    expect(fixedTopicSections(gas.data)).toEqual(['key-actions', 'do-dont', 'related', 'sources']);
  });

  it('a body heading that repeats a section id is reported once, naming the id', () => {
    const problems = problemsAfter(({ topics }) => {
      only(topics, 'gas').body += '\n<h2 id="sources">来源</h2>\n<h2 id="leak">又一节</h2>\n<h3 id="leak">再一节</h3>\n';
    });
    expect(problems).toEqual([at('content/topics/gas.mdx', 'body', /^小节 id 重复：sources, leak \(duplicate section ids\)$/)]);
  });

  it('a topic without a body has only the fixed sections', () => {
    const fire = only(fixtureContent().content.topics, 'fire');
    expect(topicSectionIds({ ...fire, body: undefined })).toEqual(fixedTopicSections(fire.data));
  });
});

describe('references between entries', () => {
  it('a related topic or a number to call that does not exist is named with its place in the list', () => {
    const problems = problemsAfter(({ topics }) => {
      only(topics, 'fire').data.related = ['gas', 'gass'];
      only(topics, 'fire').data.call = ['119', '12119'];
    });
    expect(problems).toEqual([
      at('content/topics/fire.mdx', 'related[1]', /^“gass” 不存在 \(no topics entry with this id\)$/),
      at('content/topics/fire.mdx', 'call[1]', /^“12119” 不存在 \(no phoneNumbers entry with this id\)$/),
    ]);
  });

  it('an illustration whose file is missing is named by its file', () => {
    const problems = problemsAfter(({ topics }, pictures) => {
      only(topics, 'fire').data.illustrations = [
        { file: 'stairs', alt: '楼梯间里的人沿着扶手向下走' },
        { file: 'smoke', alt: '浓烟从门缝里冒出来的样子' },
      ];
      pictures.illustrations.add('stairs');
    });
    expect(problems).toEqual([at('content/topics/fire.mdx', 'illustrations[1].file', /src\/assets\/illustrations\/smoke\.svg/)]);
  });

  it('a key-action picture whose file is missing is named, when the pictures folder was read', () => {
    const withPicture = (content: SiteContent) => {
      const actions = only(content.topics, 'fire').data.keyActions;
      actions[1]!.picture = { file: 'stairs', alt: '一个人走楼梯下楼的样子' };
      actions[2]!.picture = { file: 'phone', alt: '一个人拿着电话报警的样子' };
    };
    expect(
      problemsAfter((content, pictures) => {
        withPicture(content);
        pictures.pictures!.add('phone');
      }),
    ).toEqual([at('content/topics/fire.mdx', 'keyActions[1].picture.file', /src\/assets\/pictures\/stairs\.svg/)]);
    expect(
      problemsAfter((content, pictures) => {
        withPicture(content);
        delete pictures.pictures;
      }),
    ).toEqual([]);
  });

  it('a quiz question names its missing topic, sign or section, with the sections the topic has', () => {
    const problems = problemsAfter(({ quiz }) => {
      only(quiz, 'fire-001').data.section = 'smog';
      only(quiz, 'fire-002').data.sign = 'exitt';
    });
    expect(problems).toEqual([
      at(
        'content/quiz/fire.yaml',
        'fire-001.section',
        /^“smog” 不是 \/topics\/fire\/ 上的小节 \(no such section; it has: key-actions, do-dont, myths, law, related, sources, smoke\)$/,
      ),
      at('content/quiz/fire.yaml', 'fire-002.sign', /“exitt” 不存在/),
    ]);
    const moved = problemsAfter(({ quiz }) => {
      only(quiz, 'fire-001').data.topic = 'flood';
    });
    // A topic that does not exist is reported once: its sections are not checked on top.
    expect(moved).toEqual([at('content/quiz/fire.yaml', 'fire-001.topic', /“flood” 不存在/)]);
  });

  it('a quiz question may point at the myths section only on a topic that has myths', () => {
    expect(problemsAfter(({ quiz }) => void (only(quiz, 'fire-001').data.section = 'myths'))).toEqual([]);
    const problems = problemsAfter(({ quiz }) => {
      only(quiz, 'fire-001').data.topic = 'gas';
      only(quiz, 'fire-001').data.section = 'myths';
    });
    expect(problems).toEqual([at('content/quiz/fire.yaml', 'fire-001.section')]);
  });

  it('the quiz rules over the whole bank run too, knowing the signs’ names', () => {
    const problems = problemsAfter(({ quiz }) => {
      only(quiz, 'fire-002').data.signAlt = '标志图形：绿色正方形，写着安全出口。';
    });
    expect(problems).toEqual([at('content/quiz/fire.yaml', 'fire-002.signAlt', /安全出口/)]);
  });

  it('a case names its missing topics and signs', () => {
    const problems = problemsAfter(({ cases }) => {
      only(cases, 'sample').data.topics = ['fire', 'firee'];
      only(cases, 'sample').data.signs = ['exitt'];
    });
    expect(problems).toEqual([at('content/cases/sample.mdx', 'topics[1]', /firee/), at('content/cases/sample.mdx', 'signs[0]', /exitt/)]);
  });

  it('a sign names its missing topics', () => {
    const problems = problemsAfter(({ signs }) => void (only(signs, 'exit').data.topics = ['fire', 'flood']));
    expect(problems).toEqual([at('content/signs/exit.yaml', 'topics[1]', /flood/)]);
  });

  it('a lesson for a topic that does not exist', () => {
    const problems = problemsAfter(({ lessons }) => void (only(lessons, 'fire/primary-upper').data.topic = 'flood'));
    expect(problems).toEqual(expect.arrayContaining([at('content/lessons/fire/primary-upper.mdx', 'topic', /flood/)]));
  });

  it('an entry without a file is named by its id', () => {
    const problems = problemsAfter(({ signs }) => {
      const exit = only(signs, 'exit');
      delete exit.filePath;
      exit.data.topics = ['flood'];
    });
    expect(problems).toEqual([at('exit', 'topics[0]')]);
  });
});

describe('sign pictures and their entries', () => {
  it('a sign without its SVG', () => {
    const problems = problemsAfter((_, pictures) => pictures.signs.delete('exit'));
    expect(problems).toEqual([at('content/signs/exit.yaml', 'svg', /content\/signs\/exit\.svg/)]);
  });

  it('an SVG without its sign entry (YAML) is named by the SVG’s file', () => {
    const problems = problemsAfter((_, pictures) => pictures.signs.add('no-smoking'));
    expect(problems).toEqual([{ file: 'content/signs/no-smoking.svg', field: 'yaml', message: '没有对应的 no-smoking.yaml (SVG without its sign entry)' }]);
  });
});

describe('a scene’s hazard boxes lie inside its picture', () => {
  /** Moves the fixture scene's third hazard (100 × 100 at 300, 10) and gives the picture a viewBox. */
  const withBox = (box: Partial<Record<'x' | 'y' | 'width' | 'height', number>>, viewBox?: string) =>
    problemsAfter(({ scenes }, pictures) => {
      Object.assign(only(scenes, 'hall').data.hazards[2]!.box, box);
      if (viewBox !== undefined) pictures.scenes.set('hall', sceneSvg(viewBox));
    });
  const outside = [at('content/scenes/hall.yaml', 'hazards[2].box', /^超出图片范围 .*viewBox="0 0 600 400".* \(box outside the picture\)$/)];

  it('a box that touches every edge of the picture is inside', () => {
    expect(withBox({ x: 0, y: 0, width: 600, height: 400 })).toEqual([]);
  });

  it('a box past the right edge is reported', () => {
    expect(withBox({ x: 501 })).toEqual(outside);
  });

  it('a box past the bottom edge is reported', () => {
    expect(withBox({ y: 301 })).toEqual(outside);
  });

  it('a box past the left or the top edge of a picture whose viewBox does not start at 0', () => {
    const field = 'hazards[2].box';
    expect(withBox({ x: 4, y: 50 }, '5 5 600 400')).toEqual([at('content/scenes/hall.yaml', field)]);
    expect(withBox({ x: 50, y: 4 }, '5 5 600 400')).toEqual([at('content/scenes/hall.yaml', field)]);
    expect(withBox({ x: 505, y: 305 }, '5 5 600 400')).toEqual([]);
    expect(withBox({ x: 506, y: 305 }, '5 5 600 400')).toEqual([at('content/scenes/hall.yaml', field)]);
    expect(withBox({ x: 505, y: 306 }, '5 5 600 400')).toEqual([at('content/scenes/hall.yaml', field)]);
  });

  it('a viewBox written with commas or extra spaces is read the same', () => {
    expect(withBox({ x: 501 }, ' 0, 0, 600, 400 ')).toEqual([at('content/scenes/hall.yaml', 'hazards[2].box')]);
    expect(withBox({ x: 499 }, '0,0,600,400')).toEqual([]);
  });

  it('a picture without a viewBox has its boxes left alone', () => {
    const problems = problemsAfter(({ scenes }, pictures) => {
      only(scenes, 'hall').data.hazards[2]!.box.x = 5000;
      pictures.scenes.set('hall', '<svg xmlns="http://www.w3.org/2000/svg"><title>门厅</title></svg>');
    });
    expect(problems).toEqual([]);
  });

  it('every hazard is checked, and each names the topic that teaches it', () => {
    const problems = problemsAfter(({ scenes }) => {
      const [first, second] = only(scenes, 'hall').data.hazards;
      first!.box.y = 350;
      second!.topic = 'flood';
    });
    expect(problems).toEqual([at('content/scenes/hall.yaml', 'hazards[0].box'), at('content/scenes/hall.yaml', 'hazards[1].topic', /flood/)]);
  });

  it('a scene without its picture is reported once, without checking its boxes', () => {
    const problems = problemsAfter(({ scenes }, pictures) => {
      pictures.scenes.delete('hall');
      only(scenes, 'hall').data.hazards[0]!.topic = 'flood';
    });
    expect(problems).toEqual([at('content/scenes/hall.yaml', 'svg', /content\/scenes\/hall\.svg/)]);
  });

  it('two hazards with the same id', () => {
    const problems = problemsAfter(({ scenes }) => {
      const hazards = only(scenes, 'hall').data.hazards;
      hazards[2]!.id = hazards[0]!.id;
    });
    expect(problems).toEqual([at('content/scenes/hall.yaml', 'hazards', /隐患 id 重复/)]);
  });
});

describe('the consultation desk links to sections that exist', () => {
  it('a link to a missing topic or section is named by the question’s id and the link', () => {
    const problems = problemsAfter(({ ask }) => {
      only(ask, 'stairs-blocked').data.links = [
        { topic: 'fire', section: 'smoke' },
        { topic: 'fire', section: 'smog' },
        { topic: 'flood', section: 'smoke' },
      ];
    });
    expect(problems).toEqual([
      at('content/ask.yaml', 'stairs-blocked.links[1].section', /^“smog” 不是 \/topics\/fire\/ 上的小节/),
      at('content/ask.yaml', 'stairs-blocked.links[2].topic', /flood/),
    ]);
  });
});

describe('the home self-check links to sections that exist', () => {
  const addItem = (content: SiteContent, item: { id: string; topic: string; section: string }) =>
    content.checklist!.data.groups[0]!.items.push({ ...item, text: '门口没有杂物', tip: '清走杂物。', risk: 'high' });

  it('an item linking to a missing section, with the item’s place', () => {
    const problems = problemsAfter((content) => addItem(content, { id: 'door', topic: 'fire', section: 'smog' }));
    expect(problems).toEqual([at('content/checklist.yaml', 'groups[0].items[1].section', /^“smog” 不是 \/topics\/fire\/ 上的小节 \(no such section\)$/)]);
  });

  it('an item linking to a missing topic', () => {
    const problems = problemsAfter((content) => addItem(content, { id: 'door', topic: 'flood', section: 'smoke' }));
    expect(problems).toEqual([at('content/checklist.yaml', 'groups[0].items[1].topic', /flood/)]);
  });

  it('two items with the same id', () => {
    const problems = problemsAfter((content) => addItem(content, { id: 'corridor', topic: 'gas', section: 'leak' }));
    expect(problems).toEqual([at('content/checklist.yaml', 'groups[0].items[1].id', /“corridor” 重复/)]);
  });

  it('items in a second group are checked, and ids are unique across groups', () => {
    const problems = problemsAfter((content) => {
      content.checklist!.data.groups.push({
        area: 'gas',
        title: '厨房',
        items: [{ id: 'corridor', text: '燃气阀门关好', tip: '关好阀门。', risk: 'high', topic: 'gas', section: 'nope' }],
      });
    });
    expect(problems).toEqual([at('content/checklist.yaml', 'groups[1].items[0].id'), at('content/checklist.yaml', 'groups[1].items[0].section')]);
  });

  it('two groups for the same area, naming the second', () => {
    const problems = problemsAfter((content) => {
      content.checklist!.data.groups.push({
        area: 'life-passage',
        title: '楼道',
        items: [{ id: 'stairs', text: '楼梯没有杂物', tip: '清走杂物。', risk: 'high', topic: 'fire', section: 'smoke' }],
      });
    });
    expect(problems).toEqual([{ file: 'content/checklist.yaml', field: 'groups[1].area', message: '“life-passage” 重复：每个方面只写一组 (duplicate area)' }]);
  });

  it('a site without a self-check has nothing to check', () => {
    expect(problemsAfter((content) => delete content.checklist)).toEqual([]);
  });
});

describe('how a problem is shown to an editor', () => {
  const problem: Problem = { file: 'content/topics/gas.mdx', field: 'related[0]', message: '“gass” 不存在' };

  it('names the file, and the line and column when known', () => {
    expect(problemLocation(problem)).toBe('content/topics/gas.mdx');
    expect(problemLocation({ ...problem, line: 12 })).toBe('content/topics/gas.mdx 第12行 (line 12)');
    expect(problemLocation({ ...problem, line: 12, column: 3 })).toBe('content/topics/gas.mdx 第12行第3列 (line 12, column 3)');
  });

  it('one line per problem: where, which field, what is wrong', () => {
    expect(formatProblem({ ...problem, line: 12 })).toBe('content/topics/gas.mdx 第12行 (line 12) → related[0]: “gass” 不存在');
  });

  it('a block for the build log: the count, then every problem indented on its own line', () => {
    expect(formatProblems([problem, { ...problem, field: 'call[0]' }])).toBe(
      [
        '内容检查发现 2 处问题 (content check found 2 problem(s)):',
        '  content/topics/gas.mdx → related[0]: “gass” 不存在',
        '  content/topics/gas.mdx → call[0]: “gass” 不存在',
      ].join('\n'),
    );
  });
});
