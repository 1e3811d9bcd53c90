// The family escape map as data (src/lib/escape-plan.ts), beyond tools.test.ts: exactly where a saved plan
// stops being a plan (the edges of the grid and every size limit), the small editing helpers, and what
// the eraser and the route stops find on a cell.
import { describe, expect, it } from 'vitest';
import {
  addMark,
  addRoom,
  addWall,
  centerOf,
  cleanName,
  COLS,
  commit,
  dedupePoints,
  emptyPlan,
  eraseAt,
  HISTORY_LIMIT,
  isEmptyPlan,
  isPlan,
  isSavedPlan,
  marksAt,
  missingRoutes,
  NAME_MAX,
  nextId,
  PLAN_VERSION,
  readPlan,
  redo,
  removeMark,
  removeRoom,
  removeRoute,
  removeWall,
  roomAt,
  ROUTE_MAX_POINTS,
  routesThrough,
  ROWS,
  setRoute,
  setText,
  startHistory,
  TEXT_MAX,
  undo,
  updateRoom,
  wallsAround,
  type Plan,
  type Room,
} from '../../src/lib/escape-plan.ts';

/** A plan with one of everything, as the editor saves it. */
function base(): Plan {
  return {
    version: PLAN_VERSION,
    rooms: [{ id: 'r1', name: '卧室', kind: 'bedroom', x: 0, y: 0, w: 4, h: 4 }],
    walls: [{ id: 'w1', x1: 0, y1: 0, x2: 4, y2: 0 }],
    marks: [{ id: 'm1', kind: 'door', x: 3, y: 2 }],
    routes: [
      {
        id: 'p1',
        room: 'r1',
        n: 1,
        points: [
          [1, 1],
          [3, 2],
        ],
      },
    ],
    text: { home: '幸福小区3号楼', meeting: '大槐树' },
  };
}

/** Is the base plan, with some of its parts replaced, still a plan? */
const validWith = (parts: Record<string, unknown>): boolean => isPlan({ ...base(), ...parts });
const room = (change: Record<string, unknown>) => ({ rooms: [{ ...base().rooms[0], ...change }] });
const mark = (change: Record<string, unknown>) => ({ marks: [{ ...base().marks[0], ...change }] });
const route = (change: Record<string, unknown>) => ({ routes: [{ ...base().routes[0], ...change }] });

const many = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));

describe('a saved plan: rooms', () => {
  it('the base plan is a plan', () => {
    expect(isPlan(base())).toBe(true);
  });

  it('may touch the right and bottom edges of the grid, never pass them', () => {
    expect(validWith(room({ x: COLS - 1, w: 1, y: ROWS - 1, h: 1 }))).toBe(true);
    expect(validWith(room({ x: 0, w: COLS, y: 0, h: ROWS }))).toBe(true);
    expect(validWith(room({ x: 1, w: COLS }))).toBe(false);
    expect(validWith(room({ y: 1, h: ROWS }))).toBe(false);
    expect(validWith(room({ x: COLS - 2, w: 3 }))).toBe(false);
    expect(validWith(room({ y: ROWS - 2, h: 3 }))).toBe(false);
    expect(validWith(room({ x: COLS, w: 1 }))).toBe(false);
    expect(validWith(room({ y: ROWS, h: 1 }))).toBe(false);
    expect(validWith(room({ w: COLS + 1 }))).toBe(false);
    expect(validWith(room({ h: ROWS + 1 }))).toBe(false);
  });

  it('has whole, positive cells', () => {
    expect(validWith(room({ x: -1 }))).toBe(false);
    expect(validWith(room({ y: -1 }))).toBe(false);
    expect(validWith(room({ x: 0.5 }))).toBe(false);
    expect(validWith(room({ x: '0' }))).toBe(false);
    expect(validWith(room({ w: 0 }))).toBe(false);
    expect(validWith(room({ h: 0 }))).toBe(false);
  });

  it(`has a known kind, an id of lower-case letters, digits and hyphens, and a name of at most ${NAME_MAX * 2} characters`, () => {
    expect(validWith(room({ kind: 'garage' }))).toBe(false);
    expect(validWith(room({ kind: 'yard' }))).toBe(true);
    expect(validWith(room({ name: 'x'.repeat(NAME_MAX * 2) }))).toBe(true);
    expect(validWith(room({ name: 'x'.repeat(NAME_MAX * 2 + 1) }))).toBe(false);
    expect(validWith(room({ name: 7 }))).toBe(false);
    expect(validWith({ ...room({ id: 'R1' }), routes: [] })).toBe(false);
    expect(validWith({ ...room({ id: '' }), routes: [] })).toBe(false);
    expect(validWith({ ...room({ id: 'a'.repeat(24) }), routes: [] })).toBe(true);
    expect(validWith({ ...room({ id: 'a'.repeat(25) }), routes: [] })).toBe(false);
    expect(validWith({ ...room({ id: 'r 1' }), routes: [] })).toBe(false);
    expect(validWith({ rooms: [null] })).toBe(false);
    expect(validWith({ rooms: [['r1']] })).toBe(false);
  });
});

describe('a saved plan: walls, marks, routes and text', () => {
  it('a wall runs between grid points (0…COLS, 0…ROWS), straight, and is longer than nothing', () => {
    expect(validWith({ walls: [{ id: 'w1', x1: COLS, y1: 0, x2: COLS, y2: ROWS }] })).toBe(true);
    expect(validWith({ walls: [{ id: 'w1', x1: 0, y1: ROWS, x2: COLS, y2: ROWS }] })).toBe(true);
    expect(validWith({ walls: [{ id: 'w1', x1: COLS + 1, y1: 0, x2: COLS + 1, y2: 2 }] })).toBe(false);
    expect(validWith({ walls: [{ id: 'w1', x1: 0, y1: 0, x2: COLS + 1, y2: 0 }] })).toBe(false);
    expect(validWith({ walls: [{ id: 'w1', x1: 0, y1: ROWS + 1, x2: 2, y2: ROWS + 1 }] })).toBe(false);
    expect(validWith({ walls: [{ id: 'w1', x1: 0, y1: 0, x2: 0, y2: ROWS + 1 }] })).toBe(false);
    expect(validWith({ walls: [{ id: 'w1', x1: -1, y1: 0, x2: 2, y2: 0 }] })).toBe(false);
    expect(validWith({ walls: [{ id: 'w1', x1: 0, y1: 0, x2: 2, y2: 2 }] })).toBe(false);
    expect(validWith({ walls: [{ id: 'w1', x1: 2, y1: 2, x2: 2, y2: 2 }] })).toBe(false);
    expect(validWith({ walls: [{ id: 'W1', x1: 0, y1: 0, x2: 2, y2: 0 }] })).toBe(false);
    expect(validWith({ walls: ['w1'] })).toBe(false);
  });

  it('a mark sits on a cell of the grid and is of a known kind', () => {
    expect(validWith(mark({ x: COLS - 1, y: ROWS - 1 }))).toBe(true);
    expect(validWith(mark({ x: COLS }))).toBe(false);
    expect(validWith(mark({ y: ROWS }))).toBe(false);
    expect(validWith(mark({ x: -1 }))).toBe(false);
    expect(validWith(mark({ kind: 'meeting' }))).toBe(true);
    expect(validWith(mark({ kind: 'fountain' }))).toBe(false);
    expect(validWith(mark({ id: 'M1' }))).toBe(false);
    expect(validWith({ marks: [1] })).toBe(false);
  });

  it(`a route is route 1 or 2 of a room, with 1 to ${ROUTE_MAX_POINTS} stops on the grid`, () => {
    expect(validWith(route({ n: 2 }))).toBe(true);
    expect(validWith(route({ n: 3 }))).toBe(false);
    expect(validWith(route({ n: 0 }))).toBe(false);
    expect(validWith(route({ points: [[0, 0]] }))).toBe(true);
    expect(validWith(route({ points: [] }))).toBe(false);
    expect(validWith(route({ points: many(ROUTE_MAX_POINTS, () => [0, 0]) }))).toBe(true);
    expect(validWith(route({ points: many(ROUTE_MAX_POINTS + 1, () => [0, 0]) }))).toBe(false);
    expect(validWith(route({ points: [[COLS - 1, ROWS - 1]] }))).toBe(true);
    expect(validWith(route({ points: [[COLS, 0]] }))).toBe(false);
    expect(validWith(route({ points: [[0, ROWS]] }))).toBe(false);
    expect(validWith(route({ points: [[0, 0, 0]] }))).toBe(false);
    expect(validWith(route({ points: [[0]] }))).toBe(false);
    expect(validWith(route({ points: ['0,0'] }))).toBe(false);
    expect(validWith(route({ points: '0,0' }))).toBe(false);
    expect(validWith(route({ id: 'P1' }))).toBe(false);
    expect(validWith(route({ room: 'r2' }))).toBe(false);
    expect(validWith(route({ room: 'R1' }))).toBe(false);
    expect(validWith({ routes: [[]] })).toBe(false);
  });

  it(`text: only the known fields, strings of at most ${TEXT_MAX * 2} characters`, () => {
    expect(validWith({ text: { drill: 'x'.repeat(TEXT_MAX * 2) } })).toBe(true);
    expect(validWith({ text: { drill: 'x'.repeat(TEXT_MAX * 2 + 1) } })).toBe(false);
    expect(validWith({ text: { drill: 3 } })).toBe(false);
    expect(validWith({ text: { notes: 'x' } })).toBe(false);
    expect(validWith({ text: {} })).toBe(true);
    expect(validWith({ text: ['x'] })).toBe(false);
    expect(validWith({ text: undefined })).toBe(false);
  });

  it('at most 40 rooms and 80 walls, marks and routes', () => {
    const rooms = (count: number) => many(count, (index) => ({ id: `r${index + 1}`, name: '', kind: 'other', x: 0, y: 0, w: 1, h: 1 }));
    expect(validWith({ rooms: rooms(40) })).toBe(true);
    expect(validWith({ rooms: rooms(41) })).toBe(false);
    const walls = (count: number) => many(count, (index) => ({ id: `w${index + 1}`, x1: 0, y1: 0, x2: 1, y2: 0 }));
    expect(validWith({ walls: walls(80) })).toBe(true);
    expect(validWith({ walls: walls(81) })).toBe(false);
    const marks = (count: number) => many(count, (index) => ({ id: `m${index + 1}`, kind: 'door', x: 0, y: 0 }));
    expect(validWith({ marks: marks(80) })).toBe(true);
    expect(validWith({ marks: marks(81) })).toBe(false);
    const routes = (count: number) => many(count, (index) => ({ id: `p${index + 1}`, room: 'r1', n: 1, points: [[0, 0]] }));
    expect(validWith({ routes: routes(80) })).toBe(true);
    expect(validWith({ routes: routes(81) })).toBe(false);
  });

  it('every list must be a list, and the version the current one', () => {
    for (const key of ['rooms', 'walls', 'marks', 'routes']) {
      expect(validWith({ [key]: {} }), key).toBe(false);
      expect(validWith({ [key]: undefined }), key).toBe(false);
    }
    expect(validWith({ version: 1 })).toBe(false);
    expect(validWith({ version: undefined })).toBe(false);
    expect(isPlan('plan')).toBe(false);
  });
});

describe('a plan saved by the old form (version 1: text fields only)', () => {
  it('is read back with its text, each field cut to TEXT_MAX characters; empty fields are left out', () => {
    const plan = readPlan({ home: 'x'.repeat(TEXT_MAX + 5), drill: '', phones: '119' });
    expect(plan).toEqual({ ...emptyPlan(), text: { home: 'x'.repeat(TEXT_MAX), phones: '119' } });
  });

  it('holds strings only and has no version', () => {
    expect(isSavedPlan({ home: '家' })).toBe(true);
    expect(isSavedPlan({})).toBe(true);
    expect(isSavedPlan({ home: 3 })).toBe(false);
    expect(isSavedPlan({ version: '1', home: '家' })).toBe(false);
    expect(readPlan({ home: 3 })).toEqual(emptyPlan());
    expect(readPlan('home')).toEqual(emptyPlan());
  });
});

describe('editing helpers', () => {
  it('the next id is the first free number, across rooms, marks, walls and routes', () => {
    expect(nextId(emptyPlan(), 'r')).toBe('r1');
    expect(nextId(base(), 'r')).toBe('r2');
    expect(nextId(base(), 'm')).toBe('m2');
    expect(nextId(base(), 'w')).toBe('w2');
    expect(nextId(base(), 'p')).toBe('p2');
    const gap: Plan = { ...base(), rooms: [{ ...base().rooms[0]!, id: 'r2' }], routes: [] };
    expect(nextId(gap, 'r')).toBe('r1');
    const two: Plan = { ...base(), rooms: [...base().rooms, { ...base().rooms[0]!, id: 'r2' }] };
    expect(nextId(two, 'r')).toBe('r3');
  });

  it(`a room name: spaces tidied, cut to ${NAME_MAX} characters (a rare character counts as one), or the fallback when blank`, () => {
    expect(cleanName('  主 \t  卧 ', '卧室')).toBe('主 卧');
    expect(cleanName('', '卧室')).toBe('卧室');
    expect(cleanName('   ', '卧室')).toBe('卧室');
    expect(cleanName('一二三四五六七八九十甲乙丙', '卧室')).toBe('一二三四五六七八九十甲乙');
    expect(cleanName('𠀀'.repeat(NAME_MAX + 1), '卧室')).toBe('𠀀'.repeat(NAME_MAX));
  });

  it('tapping the same cell twice adds no stop; going back to a cell later does', () => {
    expect(
      dedupePoints([
        [1, 1],
        [1, 1],
        [1, 2],
        [1, 2],
        [2, 2],
        [1, 2],
      ]),
    ).toEqual([
      [1, 1],
      [1, 2],
      [2, 2],
      [1, 2],
    ]);
    expect(
      dedupePoints([
        [1, 1],
        [2, 1],
        [2, 2],
      ]),
    ).toEqual([
      [1, 1],
      [2, 1],
      [2, 2],
    ]);
    expect(dedupePoints([])).toEqual([]);
  });

  it(`a route keeps at most ${ROUTE_MAX_POINTS} stops, and routes are listed by room, then route 1 before 2`, () => {
    let plan: Plan = { ...base(), rooms: [...base().rooms, { ...base().rooms[0]!, id: 'r2', x: 5 }], routes: [] };
    const long = many(ROUTE_MAX_POINTS + 5, (index): [number, number] => [index % COLS, Math.floor(index / COLS)]);
    plan = setRoute(plan, 'r2', 2, long);
    expect(plan.routes[0]!.points).toEqual(long.slice(0, ROUTE_MAX_POINTS));
    plan = setRoute(plan, 'r2', 1, [
      [5, 0],
      [6, 0],
    ]);
    plan = setRoute(plan, 'r1', 2, [
      [0, 0],
      [1, 0],
    ]);
    expect(plan.routes.map((route) => [route.room, route.n])).toEqual([
      ['r1', 2],
      ['r2', 1],
      ['r2', 2],
    ]);
    expect(plan.routes.map((route) => route.id)).toEqual(['p3', 'p2', 'p1']);
  });

  it('removing a mark, a wall or a route takes only that one, and leaves the plan it was given', () => {
    const plan = base();
    expect(removeMark(plan, 'm1').marks).toEqual([]);
    expect(removeMark(plan, 'm9').marks).toEqual(plan.marks);
    expect(removeWall(plan, 'w1').walls).toEqual([]);
    expect(removeWall(plan, 'w9').walls).toEqual(plan.walls);
    expect(removeRoute(plan, 'p1').routes).toEqual([]);
    expect(removeRoute(plan, 'p9').routes).toEqual(plan.routes);
    expect(plan).toEqual(base());
  });

  it(`text is cut to ${TEXT_MAX} characters and the other fields are kept`, () => {
    const plan = setText(base(), 'drill', 'y'.repeat(TEXT_MAX + 1));
    expect(plan.text).toEqual({ home: '幸福小区3号楼', meeting: '大槐树', drill: 'y'.repeat(TEXT_MAX) });
    expect(base().text['drill']).toBeUndefined();
  });

  it('an empty plan is one with nothing drawn and no text written', () => {
    expect(isEmptyPlan(emptyPlan())).toBe(true);
    expect(isEmptyPlan({ ...emptyPlan(), text: { home: '' } })).toBe(true);
    expect(isEmptyPlan({ ...emptyPlan(), text: { home: '家' } })).toBe(false);
    expect(isEmptyPlan({ ...emptyPlan(), rooms: base().rooms })).toBe(false);
    expect(isEmptyPlan({ ...emptyPlan(), walls: base().walls })).toBe(false);
    expect(isEmptyPlan({ ...emptyPlan(), marks: base().marks })).toBe(false);
    expect(isEmptyPlan({ ...emptyPlan(), routes: base().routes })).toBe(false);
  });

  it(`undo keeps the last ${HISTORY_LIMIT} plans; committing the same plan records nothing`, () => {
    let history = startHistory(emptyPlan());
    expect(commit(history, history.present)).toBe(history);
    for (let index = 0; index < HISTORY_LIMIT + 3; index += 1) history = commit(history, setText(history.present, 'home', String(index)));
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]!.text['home']).toBe('2');
    expect(history.present.text['home']).toBe(String(HISTORY_LIMIT + 2));
  });
});

describe('what lies on a cell', () => {
  it('the marks on it, and the routes that pass through it', () => {
    const plan = base();
    expect(marksAt(plan, 3, 2).map((mark) => mark.id)).toEqual(['m1']);
    expect(marksAt(plan, 2, 3)).toEqual([]);
    expect(marksAt(plan, 3, 3)).toEqual([]);
    expect(routesThrough(plan, 1, 1).map((route) => route.id)).toEqual(['p1']);
    expect(routesThrough(plan, 3, 2).map((route) => route.id)).toEqual(['p1']);
    expect(routesThrough(plan, 2, 3)).toEqual([]);
    expect(routesThrough(plan, 1, 2)).toEqual([]);
  });

  it('the walls along any of its four edges, whichever way they were drawn', () => {
    // Cell (2, 3): top edge (2,3)–(3,3), bottom (2,4)–(3,4), left (2,3)–(2,4), right (3,3)–(3,4).
    const walls = [
      { id: 'top', x1: 0, y1: 3, x2: 5, y2: 3 },
      { id: 'top-reversed', x1: 3, y1: 3, x2: 2, y2: 3 },
      { id: 'bottom', x1: 2, y1: 4, x2: 3, y2: 4 },
      { id: 'left', x1: 2, y1: 0, x2: 2, y2: 10 },
      { id: 'right-reversed', x1: 3, y1: 4, x2: 3, y2: 3 },
      { id: 'starts-too-late', x1: 3, y1: 3, x2: 5, y2: 3 },
      { id: 'ends-too-soon', x1: 0, y1: 3, x2: 2, y2: 3 },
      { id: 'down-too-short', x1: 2, y1: 0, x2: 2, y2: 3 },
      { id: 'down-starts-late', x1: 3, y1: 4, x2: 3, y2: 8 },
      { id: 'row-below', x1: 0, y1: 5, x2: 12, y2: 5 },
      { id: 'column-beyond', x1: 4, y1: 0, x2: 4, y2: 16 },
      { id: 'across-the-cell-line', x1: 0, y1: 3, x2: 0, y2: 4 },
    ];
    const plan: Plan = { ...emptyPlan(), walls };
    expect(wallsAround(plan, 2, 3).map((wall) => wall.id)).toEqual(['top', 'top-reversed', 'bottom', 'left', 'right-reversed']);
  });

  it('a route stop in a room is drawn at its middle cell (rounded up and left)', () => {
    const room = (x: number, y: number, w: number, h: number): Room => ({ id: 'r1', name: '', kind: 'living', x, y, w, h });
    expect(centerOf(room(2, 3, 1, 1))).toEqual([2, 3]);
    expect(centerOf(room(2, 3, 3, 5))).toEqual([3, 5]);
    expect(centerOf(room(2, 3, 4, 2))).toEqual([3, 3]);
  });

  it('only bedrooms need two routes out; a plan without one asks for none', () => {
    const living: Plan = { ...emptyPlan(), rooms: [{ id: 'r1', name: '客厅', kind: 'living', x: 0, y: 0, w: 2, h: 2 }] };
    expect(missingRoutes(living)).toEqual([]);
    const plan = base();
    expect(missingRoutes(plan)).toEqual([{ room: plan.rooms[0], missing: [2] }]);
  });
});

describe('editing a plan, exactly', () => {
  const two = (): Plan => ({
    ...base(),
    rooms: [...base().rooms, { id: 'r2', name: '客厅', kind: 'living', x: 4, y: 0, w: 3, h: 2 }],
    routes: [
      ...base().routes,
      {
        id: 'p2',
        room: 'r2',
        n: 1,
        points: [
          [4, 0],
          [5, 0],
        ],
      },
    ],
  });

  it('removing a room takes that room and its routes, nothing else', () => {
    const plan = removeRoom(two(), 'r1');
    expect(plan.rooms.map((room) => room.id)).toEqual(['r2']);
    expect(plan.routes.map((route) => route.id)).toEqual(['p2']);
  });

  it('changing a room leaves the other rooms as they were, and keeps the changed one inside the grid', () => {
    const plan = updateRoom(two(), 'r2', { x: 10, w: 5, y: 14, h: 5 });
    expect(plan.rooms[0]).toEqual(base().rooms[0]);
    expect(plan.rooms[1]).toMatchObject({ x: 10, w: 2, y: 14, h: 2 });
    expect(updateRoom(two(), 'r2', { y: 3 }).rooms[1]).toMatchObject({ x: 4, y: 3, w: 3, h: 2 });
  });

  it('new rooms, marks and walls get the next free id of their kind', () => {
    expect(addRoom(base(), { name: '厨房', kind: 'kitchen', x: 0, y: 5, w: 2, h: 2 }).id).toBe('r2');
    expect(addMark(base(), 'exit', 0, 0).id).toBe('m2');
    expect(addWall(base(), [0, 5], [3, 5]).id).toBe('w2');
  });

  it('a mark of the same kind on the same cell is not doubled; another kind or another cell is a new mark', () => {
    const plan = base();
    expect(addMark(plan, 'door', 3, 2)).toEqual({ plan, id: 'm1' });
    expect(addMark(plan, 'exit', 3, 2).plan.marks).toHaveLength(2);
    expect(addMark(plan, 'door', 3, 3).plan.marks).toHaveLength(2);
    expect(addMark(plan, 'door', 2, 2).plan.marks).toHaveLength(2);
    expect(addMark(plan, 'door', COLS + 3, ROWS + 3).plan.marks[1]).toMatchObject({ x: COLS - 1, y: ROWS - 1 });
  });

  it('a wall follows the longer direction of the drag; a diagonal drag of equal length runs across', () => {
    expect(addWall(emptyPlan(), [1, 1], [5, 3]).plan.walls[0]).toMatchObject({ x1: 1, y1: 1, x2: 5, y2: 1 });
    expect(addWall(emptyPlan(), [5, 3], [1, 1]).plan.walls[0]).toMatchObject({ x1: 5, y1: 3, x2: 1, y2: 3 });
    expect(addWall(emptyPlan(), [1, 1], [3, 6]).plan.walls[0]).toMatchObject({ x1: 1, y1: 1, x2: 1, y2: 6 });
    expect(addWall(emptyPlan(), [1, 1], [3, 3]).plan.walls[0]).toMatchObject({ x1: 1, y1: 1, x2: 3, y2: 1 });
    const plan = emptyPlan();
    expect(addWall(plan, [2, 2], [2, 2])).toEqual({ plan, id: undefined });
  });

  it('redrawing a route keeps its id', () => {
    const plan = setRoute(base(), 'r1', 1, [
      [0, 0],
      [0, 1],
    ]);
    expect(plan.routes).toEqual([
      {
        id: 'p1',
        room: 'r1',
        n: 1,
        points: [
          [0, 0],
          [0, 1],
        ],
      },
    ]);
  });

  it('the room on a cell: its first row and column count, the ones after its edge do not', () => {
    const plan = base(); // r1 covers columns 0–3, rows 0–3
    expect(roomAt(plan, 0, 0)?.id).toBe('r1');
    expect(roomAt(plan, 3, 3)?.id).toBe('r1');
    expect(roomAt(plan, 4, 0)).toBeUndefined();
    expect(roomAt(plan, 0, 4)).toBeUndefined();
    const moved: Plan = { ...plan, rooms: [{ ...plan.rooms[0]!, x: 2, y: 2 }] };
    expect(roomAt(moved, 1, 3)).toBeUndefined();
    expect(roomAt(moved, 3, 1)).toBeUndefined();
    expect(roomAt(moved, 5, 5)?.id).toBe('r1');
  });

  it('the eraser takes a wall on the cell’s edge, and nothing where nothing is', () => {
    const plan: Plan = { ...emptyPlan(), walls: [{ id: 'w1', x1: 6, y1: 6, x2: 9, y2: 6 }] };
    expect(eraseAt(plan, 7, 6)).toEqual({ plan: { ...plan, walls: [] }, removed: 'wall', label: 'w1' });
    expect(eraseAt(plan, 7, 8)).toEqual({ plan, removed: undefined });
  });

  it('undo and redo move exactly one step, and do nothing at the ends', () => {
    const a = emptyPlan();
    const b = setText(a, 'home', 'b');
    const c = setText(b, 'home', 'c');
    const history = commit(commit(startHistory(a), b), c);
    expect(startHistory(a)).toEqual({ past: [], present: a, future: [] });
    const back = undo(history);
    expect(back).toEqual({ past: [a], present: b, future: [c] });
    expect(redo(back)).toEqual({ past: [a, b], present: c, future: [] });
    expect(redo(history)).toBe(history);
    expect(undo(startHistory(a))).toEqual(startHistory(a));
  });
});
