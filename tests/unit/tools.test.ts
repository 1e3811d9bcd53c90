import { describe, expect, it } from 'vitest';
import {
  COLS,
  LAYOUTS,
  ROWS,
  addMark,
  addRoom,
  addWall,
  commit,
  emptyPlan,
  eraseAt,
  isPlan,
  isSavedPlan,
  layout,
  missingRoutes,
  readPlan,
  rectFromCorners,
  redo,
  removeRoom,
  roomAt,
  setRoute,
  startHistory,
  undo,
  updateRoom,
  type Plan,
} from '../../src/lib/escape-plan.ts';
import { leadSentences, plainText, sectionItems, sectionParagraphs, sectionTitle } from '../../src/lib/topic-sections.ts';
import { wrapText } from '../../src/scripts/save-picture.ts';
import { edit, problemsAfter } from './helpers.ts';

const names = {
  bedroom: '卧室',
  master: '主卧',
  second: '次卧',
  third: '小卧室',
  living: '客厅',
  dining: '餐厅',
  kitchen: '厨房',
  bathroom: '卫生间',
  balcony: '阳台',
  corridor: '楼道',
  yard: '院子',
  hall: '堂屋',
};

function withBedroom(): { plan: Plan; id: string } {
  return addRoom(emptyPlan(), { name: '卧室', kind: 'bedroom', x: 0, y: 0, w: 4, h: 4 });
}

describe('the escape map as data', () => {
  it('draws a room from two corners in either order, kept inside the grid', () => {
    expect(rectFromCorners([4, 3], [1, 1])).toEqual({ x: 1, y: 1, w: 4, h: 3 });
    expect(rectFromCorners([-3, 2], [COLS + 5, ROWS + 9])).toEqual({ x: 0, y: 2, w: COLS, h: ROWS - 2 });
  });

  it('never changes the plan it was given', () => {
    const { plan } = withBedroom();
    const frozen = JSON.stringify(plan);
    addMark(plan, 'exit', 5, 5);
    setRoute(plan, plan.rooms[0]!.id, 1, [
      [1, 1],
      [5, 5],
    ]);
    removeRoom(plan, plan.rooms[0]!.id);
    expect(JSON.stringify(plan)).toBe(frozen);
  });

  it('removing a room removes the routes out of it', () => {
    const { plan, id } = withBedroom();
    const routed = setRoute(plan, id, 1, [
      [1, 1],
      [6, 6],
    ]);
    expect(routed.routes).toHaveLength(1);
    expect(removeRoom(routed, id).routes).toEqual([]);
  });

  it('a route needs a room and two different cells; drawing it again replaces it', () => {
    const { plan, id } = withBedroom();
    expect(
      setRoute(plan, id, 1, [
        [1, 1],
        [1, 1],
      ]).routes,
    ).toEqual([]);
    expect(
      setRoute(plan, 'r99', 1, [
        [1, 1],
        [2, 2],
      ]).routes,
    ).toEqual([]);
    const once = setRoute(plan, id, 1, [
      [1, 1],
      [2, 2],
    ]);
    const twice = setRoute(once, id, 1, [
      [1, 1],
      [3, 3],
    ]);
    expect(twice.routes).toHaveLength(1);
    expect(twice.routes[0]!.points).toEqual([
      [1, 1],
      [3, 3],
    ]);
  });

  it('says which routes each bedroom still needs', () => {
    const { plan, id } = withBedroom();
    expect(missingRoutes(plan)).toEqual([{ room: plan.rooms[0], missing: [1, 2] }]);
    expect(
      missingRoutes(
        setRoute(plan, id, 1, [
          [1, 1],
          [5, 5],
        ]),
      )[0]!.missing,
    ).toEqual([2]);
  });

  it('a wall runs straight along grid lines; a mark is not placed twice on one cell', () => {
    const { plan } = addWall(emptyPlan(), [1, 1], [5, 2]);
    expect(plan.walls[0]).toMatchObject({ x1: 1, y1: 1, x2: 5, y2: 1 });
    expect(addWall(emptyPlan(), [2, 2], [2, 2]).id).toBeUndefined();
    const marked = addMark(emptyPlan(), 'gas', 1, 1).plan;
    expect(addMark(marked, 'gas', 1, 1).plan.marks).toHaveLength(1);
  });

  it('the eraser takes a mark before a route, a wall and the room under it', () => {
    const { plan, id } = withBedroom();
    const full = addMark(
      setRoute(plan, id, 1, [
        [1, 1],
        [1, 2],
      ]),
      'door',
      1,
      1,
    ).plan;
    const first = eraseAt(full, 1, 1);
    expect(first.removed).toBe('mark');
    const second = eraseAt(first.plan, 1, 1);
    expect(second.removed).toBe('route');
    expect(eraseAt(second.plan, 1, 1).removed).toBe('room');
    expect(eraseAt(emptyPlan(), 1, 1).removed).toBeUndefined();
  });

  it('the room drawn last is the one on top', () => {
    const { plan } = withBedroom();
    const over = addRoom(plan, { name: '阳台', kind: 'balcony', x: 2, y: 2, w: 2, h: 2 }).plan;
    expect(roomAt(over, 3, 3)?.name).toBe('阳台');
    expect(roomAt(over, 0, 0)?.name).toBe('卧室');
    expect(roomAt(over, 10, 10)).toBeUndefined();
  });

  it('renaming keeps a room inside the grid', () => {
    const { plan, id } = withBedroom();
    expect(updateRoom(plan, id, { x: COLS - 1, w: 6 }).rooms[0]).toMatchObject({ x: COLS - 1, w: 1 });
  });

  it('undo and redo walk back and forth; a new change drops what was undone', () => {
    const a = emptyPlan();
    const b = withBedroom().plan;
    const c = addMark(b, 'exit', 5, 5).plan;
    let history = commit(commit(startHistory(a), b), c);
    history = undo(history);
    expect(history.present).toBe(b);
    history = redo(history);
    expect(history.present).toBe(c);
    history = commit(undo(history), a);
    expect(history.future).toEqual([]);
    expect(undo(startHistory(a)).present).toBe(a);
  });

  it('every starting layout is a valid plan with a bedroom, an exit and no routes', () => {
    for (const id of LAYOUTS) {
      const plan = layout(id, names);
      expect(isPlan(plan), id).toBe(true);
      expect(
        plan.rooms.some((room) => room.kind === 'bedroom'),
        id,
      ).toBe(true);
      expect(
        plan.marks.some((mark) => mark.kind === 'exit'),
        id,
      ).toBe(true);
      expect(plan.routes).toEqual([]);
      // Rooms do not overlap: each cell belongs to one room at most.
      const cells = plan.rooms.flatMap((room) =>
        Array.from({ length: room.w * room.h }, (_, index) => `${room.x + (index % room.w)},${room.y + Math.floor(index / room.w)}`),
      );
      expect(new Set(cells).size, id).toBe(cells.length);
    }
  });
});

describe('reading a saved plan', () => {
  it('accepts a plan it wrote', () => {
    const { plan, id } = withBedroom();
    const saved = JSON.parse(
      JSON.stringify(
        setRoute(plan, id, 2, [
          [1, 1],
          [0, 1],
        ]),
      ),
    ) as unknown;
    expect(isPlan(saved)).toBe(true);
    expect(readPlan(saved)).toEqual(saved);
  });

  it('refuses anything out of shape: a room off the grid, a route from no room, a wrong version, a strange text field', () => {
    const { plan } = withBedroom();
    const bad = [
      { ...plan, rooms: [{ ...plan.rooms[0], x: COLS }] },
      {
        ...plan,
        routes: [
          {
            id: 'p1',
            room: 'r9',
            n: 1,
            points: [
              [0, 0],
              [1, 1],
            ],
          },
        ],
      },
      { ...plan, version: 3 },
      { ...plan, text: { constructor: 'x' } },
      { ...plan, marks: [{ id: 'm1', kind: 'toString', x: 0, y: 0 }] },
      null,
      [],
    ];
    for (const value of bad) expect(isSavedPlan(value)).toBe(false);
  });

  it('keeps the text of a plan saved by the old form, and nothing else', () => {
    const plan = readPlan({ meeting: '大槐树', constructor: 'x', 'route-1': '走东边楼梯' });
    expect(plan.text).toEqual({ meeting: '大槐树', 'route-1': '走东边楼梯' });
    expect(plan.rooms).toEqual([]);
  });
});

describe('reading a topic section at build time', () => {
  const body = [
    '<h2 id="call-119">拨打119，说清这几件事</h2>',
    '',
    '先保证自己安全，再打 [119](tel:119)。',
    '',
    '- **在哪里**：哪个区、哪条路。说不清的，说附近的大超市。',
    '- **留下电话**：告诉接警员你的电话号码。',
    '',
    '<h2 id="next">下一节</h2>',
    '',
    '- 不是这一节的',
  ].join('\n');

  it('finds the items of one section only, with their bold labels', () => {
    expect(sectionItems(body, 'call-119')).toEqual([
      { label: '在哪里', text: '哪个区、哪条路。说不清的，说附近的大超市。' },
      { label: '留下电话', text: '告诉接警员你的电话号码。' },
    ]);
    expect(sectionItems(body, 'missing')).toEqual([]);
  });

  it('finds paragraphs and titles as plain text', () => {
    expect(sectionParagraphs(body, 'call-119')).toEqual(['先保证自己安全，再打 119。']);
    expect(sectionTitle(body, 'call-119')).toBe('拨打119，说清这几件事');
    expect(plainText('**火**和[烟](../x/)')).toBe('火和烟');
  });

  it('shortens to whole sentences', () => {
    expect(leadSentences('哪个区、哪条路。说不清的，说附近的大超市。')).toBe('哪个区、哪条路。说不清的，说附近的大超市。');
    expect(leadSentences('哪个区、哪条路、哪个小区、几号楼。说不清的，说附近的大超市。')).toBe('哪个区、哪条路、哪个小区、几号楼。');
  });
});

describe('text laid out for a picture', () => {
  // Every character one unit wide: a line holds `width` characters.
  const measure = (text: string) => [...text].length;

  it('breaks Chinese between characters and keeps a number whole', () => {
    expect(wrapText('拨打119说清位置', 4, measure)).toEqual(['拨打', '119说', '清位置']);
  });

  it('never starts a line with closing punctuation', () => {
    const lines = wrapText('关门，守窗口。', 2, measure);
    expect(lines.every((line) => !/^[，。]/.test(line))).toBe(true);
    expect(lines.join('')).toBe('关门，守窗口。');
  });

  it('keeps the writer’s own line breaks', () => {
    expect(wrapText('爸、妈：\n你们好', 10, measure)).toEqual(['爸、妈：', '你们好']);
  });
});

describe('the home self-check content', () => {
  it('an area written twice is refused', () => {
    const problems = problemsAfter((root) =>
      edit(
        root,
        'checklist.yaml',
        (text) =>
          `${text}  - title: 再一次\n    area: life-passage\n    items:\n      - id: again\n        text: 楼道没有杂物\n        tip: 把杂物搬走。\n        risk: high\n        topic: fire\n        section: smoke\n`,
      ),
    );
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/checklist.yaml', field: 'groups[1].area' }));
  });

  it('an item without a tip, or with an unknown risk, is refused', () => {
    const noTip = problemsAfter((root) => edit(root, 'checklist.yaml', (text) => text.replace('        tip: 把杂物搬走。\n', '')));
    expect(noTip).toContainEqual(expect.objectContaining({ file: 'content/checklist.yaml', field: 'groups.0.items.0.tip' }));
    const badRisk = problemsAfter((root) => edit(root, 'checklist.yaml', (text) => text.replace('risk: high', 'risk: urgent')));
    expect(badRisk).toContainEqual(expect.objectContaining({ file: 'content/checklist.yaml', field: 'groups.0.items.0.risk' }));
  });
});
