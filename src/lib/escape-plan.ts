/**
 * The family escape map (/tools/escape-plan/) as data: a grid on which a family places rooms, walls, doors,
 * windows, the flat's door, the stairs, the gas and power shut-offs and the meeting point, and draws two
 * routes out of each bedroom. Pure functions only: the island (src/scripts/escape-plan.ts) draws and edits,
 * this module decides what a plan is, reads a saved one back, and changes it without mutating it (every
 * change returns a new plan, so undo is a list of earlier plans).
 *
 * Coordinates are grid cells, 0-based, column x and row y; walls run between grid points (0…COLS, 0…ROWS).
 * People see them 1-based (第1列第1行).
 */

/** Columns and rows of the grid: 12 × 16 cells keep each cell at least 24 CSS px wide on a 360 px phone. */
export const COLS = 12;
export const ROWS = 16;

/** Version of the saved shape. Version 1 was a flat record of text fields (the form before the editor). */
export const PLAN_VERSION = 2;

export const ROOM_KINDS = ['bedroom', 'living', 'kitchen', 'bathroom', 'balcony', 'corridor', 'yard', 'other'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

export const MARK_KINDS = ['door', 'window', 'exit', 'stairs', 'gas', 'power', 'meeting'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

/** The text parts of the plan, as the form before the editor had them (their saved names are kept). */
export const TEXT_FIELDS = ['home', 'route-1', 'route-2', 'helpers', 'meeting', 'valves', 'phones', 'drill'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface Room {
  id: string;
  name: string;
  kind: RoomKind;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Mark {
  id: string;
  kind: MarkKind;
  x: number;
  y: number;
}

/** A wall from grid point (x1, y1) to (x2, y2), straight across or straight down. */
export interface Wall {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Escape route number `n` (1 or 2) out of room `room`, as the cells it passes through, in order. */
export interface Route {
  id: string;
  room: string;
  n: 1 | 2;
  points: [number, number][];
}

export interface Plan {
  version: typeof PLAN_VERSION;
  rooms: Room[];
  walls: Wall[];
  marks: Mark[];
  routes: Route[];
  text: Partial<Record<TextField, string>>;
}

/** Longest text a field keeps (the printout has room for about this much). */
export const TEXT_MAX = 200;
/** Longest room name. */
export const NAME_MAX = 12;
/** Most stops on one route. */
export const ROUTE_MAX_POINTS = 40;

export function emptyPlan(): Plan {
  return { version: PLAN_VERSION, rooms: [], walls: [], marks: [], routes: [], text: {} };
}

// ---------------------------------------------------------------------------------------------------------
// Reading a saved plan: anything that is not exactly a plan is refused (the storage layer then resets it).

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const isInt = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const isId = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9-]{1,24}$/.test(value);
const oneOfList = <T extends string>(value: unknown, list: readonly T[]): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

function isRoom(value: unknown): value is Room {
  if (!isRecord(value)) return false;
  const { id, name, kind, x, y, w, h } = value;
  return (
    isId(id) &&
    typeof name === 'string' &&
    name.length <= NAME_MAX * 2 &&
    oneOfList(kind, ROOM_KINDS) &&
    isInt(x, 0, COLS - 1) &&
    isInt(y, 0, ROWS - 1) &&
    isInt(w, 1, COLS) &&
    isInt(h, 1, ROWS) &&
    x + w <= COLS &&
    y + h <= ROWS
  );
}

function isMark(value: unknown): value is Mark {
  if (!isRecord(value)) return false;
  return isId(value.id) && oneOfList(value.kind, MARK_KINDS) && isInt(value.x, 0, COLS - 1) && isInt(value.y, 0, ROWS - 1);
}

function isWall(value: unknown): value is Wall {
  if (!isRecord(value)) return false;
  const { id, x1, y1, x2, y2 } = value;
  return (
    isId(id) && isInt(x1, 0, COLS) && isInt(x2, 0, COLS) && isInt(y1, 0, ROWS) && isInt(y2, 0, ROWS) && (x1 === x2 || y1 === y2) && !(x1 === x2 && y1 === y2)
  );
}

function isRoute(value: unknown): value is Route {
  if (!isRecord(value)) return false;
  const { id, room, n, points } = value;
  return (
    isId(id) &&
    isId(room) &&
    (n === 1 || n === 2) &&
    Array.isArray(points) &&
    points.length >= 1 &&
    points.length <= ROUTE_MAX_POINTS &&
    points.every((point) => Array.isArray(point) && point.length === 2 && isInt(point[0], 0, COLS - 1) && isInt(point[1], 0, ROWS - 1))
  );
}

function isText(value: unknown): value is Plan['text'] {
  if (!isRecord(value)) return false;
  return Object.entries(value).every(([key, text]) => oneOfList(key, TEXT_FIELDS) && typeof text === 'string' && text.length <= TEXT_MAX * 2);
}

/** True when `value` is a plan of the current version, every part well formed and every route from a room that exists. */
export function isPlan(value: unknown): value is Plan {
  if (!isRecord(value) || value.version !== PLAN_VERSION) return false;
  const { rooms, walls, marks, routes, text } = value;
  if (!Array.isArray(rooms) || !Array.isArray(walls) || !Array.isArray(marks) || !Array.isArray(routes)) return false;
  if (rooms.length > 40 || walls.length > 80 || marks.length > 80 || routes.length > 80) return false;
  if (!rooms.every(isRoom) || !walls.every(isWall) || !marks.every(isMark) || !routes.every(isRoute) || !isText(text)) return false;
  const roomIds = new Set(rooms.map((room) => room.id));
  return routes.every((route) => roomIds.has(route.room));
}

/** The text form before the editor (version 1): a flat record of strings, saved under the same key. */
function isVersion1(value: unknown): value is Record<string, string> {
  return isRecord(value) && !('version' in value) && Object.values(value).every((text) => typeof text === 'string');
}

/** Is `value` something `readPlan` can turn into a plan (the current version or the text form before it)? */
export function isSavedPlan(value: unknown): value is Plan | Record<string, string> {
  return isPlan(value) || isVersion1(value);
}

/** A saved value as a current plan: version 1 keeps its text fields; anything else becomes an empty plan. */
export function readPlan(value: unknown): Plan {
  if (isPlan(value)) return value;
  if (isVersion1(value)) {
    const plan = emptyPlan();
    for (const field of TEXT_FIELDS) {
      // Own properties only: a field named like a prototype property (constructor…) is never read.
      if (Object.hasOwn(value, field) && value[field]) plan.text[field] = (value[field] ?? '').slice(0, TEXT_MAX);
    }
    return plan;
  }
  return emptyPlan();
}

// ---------------------------------------------------------------------------------------------------------
// Changing a plan. Every function returns a new plan and leaves the old one as it was.

/** The next free id with `prefix`: r1, r2… */
export function nextId(plan: Plan, prefix: 'r' | 'm' | 'w' | 'p'): string {
  const used = new Set([...plan.rooms, ...plan.marks, ...plan.walls, ...plan.routes].map((item) => item.id));
  let number = 1;
  while (used.has(`${prefix}${number}`)) number += 1;
  return `${prefix}${number}`;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)));

/** The rectangle with corners at cells a and b (either order), kept inside the grid. */
export function rectFromCorners(a: [number, number], b: [number, number]): Pick<Room, 'x' | 'y' | 'w' | 'h'> {
  const x = clamp(Math.min(a[0], b[0]), 0, COLS - 1);
  const y = clamp(Math.min(a[1], b[1]), 0, ROWS - 1);
  const x2 = clamp(Math.max(a[0], b[0]), 0, COLS - 1);
  const y2 = clamp(Math.max(a[1], b[1]), 0, ROWS - 1);
  return { x, y, w: x2 - x + 1, h: y2 - y + 1 };
}

/** A name cut to NAME_MAX characters, or `fallback` when it is blank. */
export function cleanName(name: string, fallback: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  return [...(trimmed || fallback)].slice(0, NAME_MAX).join('');
}

export function addRoom(plan: Plan, room: Omit<Room, 'id'>): { plan: Plan; id: string } {
  const id = nextId(plan, 'r');
  const rect = rectFromCorners([room.x, room.y], [room.x + room.w - 1, room.y + room.h - 1]);
  return { plan: { ...plan, rooms: [...plan.rooms, { ...room, ...rect, id }] }, id };
}

export function updateRoom(plan: Plan, id: string, change: Partial<Omit<Room, 'id'>>): Plan {
  return {
    ...plan,
    rooms: plan.rooms.map((room) => {
      if (room.id !== id) return room;
      const next = { ...room, ...change };
      return { ...next, ...rectFromCorners([next.x, next.y], [next.x + next.w - 1, next.y + next.h - 1]) };
    }),
  };
}

/** Removes a room and the routes drawn out of it. */
export function removeRoom(plan: Plan, id: string): Plan {
  return { ...plan, rooms: plan.rooms.filter((room) => room.id !== id), routes: plan.routes.filter((route) => route.room !== id) };
}

/** Places a mark; a mark of the same kind already on that cell is not doubled. */
export function addMark(plan: Plan, kind: MarkKind, x: number, y: number): { plan: Plan; id: string } {
  const cellX = clamp(x, 0, COLS - 1);
  const cellY = clamp(y, 0, ROWS - 1);
  const existing = plan.marks.find((mark) => mark.kind === kind && mark.x === cellX && mark.y === cellY);
  if (existing) return { plan, id: existing.id };
  const id = nextId(plan, 'm');
  return { plan: { ...plan, marks: [...plan.marks, { id, kind, x: cellX, y: cellY }] }, id };
}

export function removeMark(plan: Plan, id: string): Plan {
  return { ...plan, marks: plan.marks.filter((mark) => mark.id !== id) };
}

/**
 * A wall from grid point a to grid point b: straight across or down, along the longer direction when the
 * points are not in line. Returns the plan unchanged when both points are the same.
 */
export function addWall(plan: Plan, a: [number, number], b: [number, number]): { plan: Plan; id: string | undefined } {
  const x1 = clamp(a[0], 0, COLS);
  const y1 = clamp(a[1], 0, ROWS);
  let x2 = clamp(b[0], 0, COLS);
  let y2 = clamp(b[1], 0, ROWS);
  if (Math.abs(x2 - x1) >= Math.abs(y2 - y1)) y2 = y1;
  else x2 = x1;
  if (x1 === x2 && y1 === y2) return { plan, id: undefined };
  const id = nextId(plan, 'w');
  return { plan: { ...plan, walls: [...plan.walls, { id, x1, y1, x2, y2 }] }, id };
}

export function removeWall(plan: Plan, id: string): Plan {
  return { ...plan, walls: plan.walls.filter((wall) => wall.id !== id) };
}

/** Sets route `n` out of `room` (replacing one drawn before); fewer than 2 points removes it. */
export function setRoute(plan: Plan, room: string, n: 1 | 2, points: [number, number][]): Plan {
  const others = plan.routes.filter((route) => !(route.room === room && route.n === n));
  const cleaned = dedupePoints(points).slice(0, ROUTE_MAX_POINTS);
  if (cleaned.length < 2 || !plan.rooms.some((item) => item.id === room)) return { ...plan, routes: others };
  const existing = plan.routes.find((route) => route.room === room && route.n === n);
  const id = existing?.id ?? nextId(plan, 'p');
  const next = [...others, { id, room, n, points: cleaned }];
  next.sort((a, b) => roomOrder(plan, a.room) - roomOrder(plan, b.room) || a.n - b.n);
  return { ...plan, routes: next };
}

const roomOrder = (plan: Plan, id: string) => plan.rooms.findIndex((room) => room.id === id);

/** Consecutive repeats dropped: tapping the same cell twice adds no step. */
export function dedupePoints(points: [number, number][]): [number, number][] {
  return points.filter((point, index) => index === 0 || point[0] !== points[index - 1]![0] || point[1] !== points[index - 1]![1]);
}

export function removeRoute(plan: Plan, id: string): Plan {
  return { ...plan, routes: plan.routes.filter((route) => route.id !== id) };
}

export function setText(plan: Plan, field: TextField, text: string): Plan {
  return { ...plan, text: { ...plan.text, [field]: text.slice(0, TEXT_MAX) } };
}

// ---------------------------------------------------------------------------------------------------------
// Looking things up.

/** The room covering cell (x, y): the one drawn last wins, as it is drawn on top. */
export function roomAt(plan: Plan, x: number, y: number): Room | undefined {
  // Not findLast: older WeChat and Android WebViews lack it.
  for (let index = plan.rooms.length - 1; index >= 0; index -= 1) {
    const room = plan.rooms[index]!;
    if (x >= room.x && x < room.x + room.w && y >= room.y && y < room.y + room.h) return room;
  }
  return undefined;
}

export function marksAt(plan: Plan, x: number, y: number): Mark[] {
  return plan.marks.filter((mark) => mark.x === x && mark.y === y);
}

export function routesThrough(plan: Plan, x: number, y: number): Route[] {
  return plan.routes.filter((route) => route.points.some(([px, py]) => px === x && py === y));
}

/** Walls on an edge of cell (x, y). */
export function wallsAround(plan: Plan, x: number, y: number): Wall[] {
  const onSegment = (wall: Wall, px: number, py: number, qx: number, qy: number) => {
    if (wall.y1 === wall.y2 && py === qy && py === wall.y1)
      return Math.min(px, qx) >= Math.min(wall.x1, wall.x2) && Math.max(px, qx) <= Math.max(wall.x1, wall.x2);
    if (wall.x1 === wall.x2 && px === qx && px === wall.x1)
      return Math.min(py, qy) >= Math.min(wall.y1, wall.y2) && Math.max(py, qy) <= Math.max(wall.y1, wall.y2);
    return false;
  };
  return plan.walls.filter(
    (wall) =>
      onSegment(wall, x, y, x + 1, y) || onSegment(wall, x, y + 1, x + 1, y + 1) || onSegment(wall, x, y, x, y + 1) || onSegment(wall, x + 1, y, x + 1, y + 1),
  );
}

/** The last item of a list (not `.at(-1)`: older WebViews lack it). */
const last = <T>(list: T[]): T | undefined => list[list.length - 1];

/** What the eraser takes at cell (x, y): a mark first, then a route, a wall, and last the room. */
export function eraseAt(plan: Plan, x: number, y: number): { plan: Plan; removed: 'mark' | 'route' | 'wall' | 'room' | undefined; label?: string } {
  const mark = last(marksAt(plan, x, y));
  if (mark) return { plan: removeMark(plan, mark.id), removed: 'mark', label: mark.kind };
  const route = last(routesThrough(plan, x, y));
  if (route) return { plan: removeRoute(plan, route.id), removed: 'route', label: route.id };
  const wall = last(wallsAround(plan, x, y));
  if (wall) return { plan: removeWall(plan, wall.id), removed: 'wall', label: wall.id };
  const room = roomAt(plan, x, y);
  if (room) return { plan: removeRoom(plan, room.id), removed: 'room', label: room.name };
  return { plan, removed: undefined };
}

/** The cell a route stop is drawn at: a mark's own cell, or the middle of a room. */
export function centerOf(room: Room): [number, number] {
  return [room.x + Math.floor((room.w - 1) / 2), room.y + Math.floor((room.h - 1) / 2)];
}

/** Rooms that need two routes out: the bedrooms (none yet: nothing to ask for; a kitchen or bathroom never needs its own routes). */
export function roomsNeedingRoutes(plan: Plan): Room[] {
  const bedrooms = plan.rooms.filter((room) => room.kind === 'bedroom');
  return bedrooms.length > 0 ? bedrooms : [];
}

/** For each bedroom, which of its two routes are still to draw. */
export function missingRoutes(plan: Plan): { room: Room; missing: (1 | 2)[] }[] {
  return roomsNeedingRoutes(plan)
    .map((room) => ({ room, missing: ([1, 2] as const).filter((n) => !plan.routes.some((route) => route.room === room.id && route.n === n)) }))
    .filter((entry) => entry.missing.length > 0);
}

/** True when nothing has been drawn or written. */
export function isEmptyPlan(plan: Plan): boolean {
  return plan.rooms.length + plan.walls.length + plan.marks.length + plan.routes.length === 0 && Object.values(plan.text).every((text) => !text);
}

// ---------------------------------------------------------------------------------------------------------
// Undo and redo: a list of earlier plans and a list of undone ones.

export interface History {
  past: Plan[];
  present: Plan;
  future: Plan[];
}

export const HISTORY_LIMIT = 100;

export function startHistory(plan: Plan): History {
  return { past: [], present: plan, future: [] };
}

/** Records a change: `next` becomes the present, the old present can be undone back to. */
export function commit(history: History, next: Plan): History {
  if (next === history.present) return history;
  return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present: next, future: [] };
}

export function undo(history: History): History {
  const previous = last(history.past);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: History): History {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

// ---------------------------------------------------------------------------------------------------------
// Starting layouts, so nobody starts from a blank grid. Rows 0–11 hold the home; below it the stairs and the
// outside, where the family puts its meeting point. Routes are left for the family to draw: that is the point.

export const LAYOUTS = ['one-bed', 'two-bed', 'three-bed', 'bungalow'] as const;
export type LayoutId = (typeof LAYOUTS)[number];

type RoomSpec = [name: string, kind: RoomKind, x: number, y: number, w: number, h: number];
type MarkSpec = [kind: MarkKind, x: number, y: number];

function build(rooms: RoomSpec[], marks: MarkSpec[]): Plan {
  let plan = emptyPlan();
  for (const [name, kind, x, y, w, h] of rooms) plan = addRoom(plan, { name, kind, x, y, w, h }).plan;
  for (const [kind, x, y] of marks) plan = addMark(plan, kind, x, y).plan;
  return plan;
}

/** The starting layout `id`, with room names in `names` (the dictionary's words for 卧室, 客厅…). */
export function layout(
  id: LayoutId,
  names: Record<'bedroom' | 'master' | 'second' | 'third' | 'living' | 'dining' | 'kitchen' | 'bathroom' | 'balcony' | 'corridor' | 'yard' | 'hall', string>,
): Plan {
  switch (id) {
    case 'one-bed':
      return build(
        [
          [names.bedroom, 'bedroom', 0, 0, 6, 5],
          [names.living, 'living', 6, 0, 6, 8],
          [names.kitchen, 'kitchen', 0, 5, 3, 3],
          [names.bathroom, 'bathroom', 3, 5, 3, 3],
          [names.corridor, 'corridor', 0, 9, 12, 2],
        ],
        [
          ['window', 0, 2],
          ['door', 5, 2],
          ['window', 11, 3],
          ['door', 6, 6],
          ['door', 4, 5],
          ['exit', 9, 7],
          ['stairs', 11, 10],
          ['gas', 1, 6],
          ['power', 10, 7],
        ],
      );
    case 'two-bed':
      return build(
        [
          [names.master, 'bedroom', 0, 0, 5, 5],
          [names.second, 'bedroom', 8, 0, 4, 5],
          [names.living, 'living', 5, 0, 3, 8],
          [names.kitchen, 'kitchen', 0, 5, 3, 3],
          [names.bathroom, 'bathroom', 8, 5, 4, 3],
          [names.dining, 'living', 3, 5, 2, 3],
          [names.corridor, 'corridor', 0, 9, 12, 2],
        ],
        [
          ['window', 0, 2],
          ['door', 4, 3],
          ['window', 11, 2],
          ['door', 8, 3],
          ['door', 8, 6],
          ['window', 6, 0],
          ['exit', 6, 7],
          ['stairs', 0, 10],
          ['gas', 1, 6],
          ['power', 7, 7],
        ],
      );
    case 'three-bed':
      return build(
        [
          [names.master, 'bedroom', 0, 0, 4, 4],
          [names.second, 'bedroom', 4, 0, 4, 4],
          [names.third, 'bedroom', 8, 0, 4, 4],
          [names.hall, 'living', 0, 4, 12, 1],
          [names.living, 'living', 0, 5, 6, 4],
          [names.dining, 'living', 6, 5, 3, 4],
          [names.kitchen, 'kitchen', 9, 5, 3, 2],
          [names.bathroom, 'bathroom', 9, 7, 3, 2],
          [names.corridor, 'corridor', 0, 10, 12, 2],
        ],
        [
          ['window', 1, 0],
          ['door', 2, 3],
          ['window', 5, 0],
          ['door', 6, 3],
          ['window', 10, 0],
          ['door', 9, 3],
          ['window', 0, 7],
          ['exit', 4, 8],
          ['stairs', 11, 11],
          ['gas', 11, 5],
          ['power', 5, 8],
        ],
      );
    case 'bungalow':
      return build(
        [
          [names.bedroom, 'bedroom', 0, 0, 4, 5],
          [names.hall, 'living', 4, 0, 4, 5],
          [names.second, 'bedroom', 8, 0, 4, 5],
          [names.kitchen, 'kitchen', 0, 5, 4, 3],
          [names.yard, 'yard', 4, 5, 8, 5],
        ],
        [
          ['window', 0, 2],
          ['door', 3, 2],
          ['door', 8, 2],
          ['window', 11, 2],
          ['exit', 6, 4],
          ['door', 2, 5],
          ['exit', 8, 9],
          ['gas', 1, 6],
          ['power', 5, 1],
        ],
      );
  }
}
