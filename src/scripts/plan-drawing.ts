/**
 * Draws an escape plan (src/lib/escape-plan.ts) into an SVG group: rooms, walls, marks, routes. The look is
 * carried in attributes, not CSS, so the same drawing prints and turns into a picture unchanged (an SVG drawn
 * as an image does not see the page's styles). Every mark carries a character and every route a number and a
 * line style, so nothing is told apart by colour alone.
 */
import type { Mark, Plan, RoomKind, Route } from '../lib/escape-plan.ts';

export const CELL = 10;
const SVG = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif';
const INK = '#1a1a1a';

const ROOM_FILL: Record<RoomKind, string> = {
  bedroom: '#e6f2eb',
  living: '#fff6cc',
  kitchen: '#fbe9ec',
  bathroom: '#e3eef9',
  balcony: '#f3f6f4',
  corridor: '#ececec',
  yard: '#f7f7f2',
  other: '#ffffff',
};

const MARK_STYLE: Record<Mark['kind'], { fill: string; text: string; stroke: string }> = {
  door: { fill: '#ffffff', text: INK, stroke: '#6b3d00' },
  window: { fill: '#dbe9f8', text: '#0b4f9c', stroke: '#0b4f9c' },
  exit: { fill: '#005a32', text: '#ffffff', stroke: '#005a32' },
  stairs: { fill: '#ffffff', text: INK, stroke: INK },
  gas: { fill: '#ffd400', text: INK, stroke: INK },
  power: { fill: '#8f001a', text: '#ffffff', stroke: '#8f001a' },
  meeting: { fill: '#005a32', text: '#ffffff', stroke: '#005a32' },
};

/** Route 1 (down the stairs) solid green; route 2 (shelter or second exit) dashed blue. */
export const ROUTE_STYLE = {
  1: { stroke: '#005a32', dash: '' },
  2: { stroke: '#0b4f9c', dash: '3 1.6' },
} as const;

export interface DrawWords {
  markLetters: Record<Mark['kind'], string>;
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const mid = (value: number) => value * CELL + CELL / 2;

/** Font size for a room's name: fits the room's width, between 2.6 and 4 units. */
function nameSize(name: string, width: number): number {
  const chars = Math.max(1, [...name].length);
  return Math.max(2.6, Math.min(4, (width * CELL - 2) / chars));
}

function drawRoute(group: SVGGElement, route: Route) {
  const style = ROUTE_STYLE[route.n];
  const points = route.points.map(([x, y]) => [mid(x), mid(y)] as const);
  // Each route is nudged a little off the cell centre, so route 1 and 2 through the same cells stay apart.
  const shift = route.n === 1 ? -1.2 : 1.2;
  const shifted = points.map(([x, y]) => [x + shift, y + shift] as const);
  group.append(
    el('polyline', {
      points: shifted.map(([x, y]) => `${x},${y}`).join(' '),
      fill: 'none',
      stroke: style.stroke,
      'stroke-width': 1.4,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      ...(style.dash ? { 'stroke-dasharray': style.dash } : {}),
    }),
  );
  // Arrowhead on the last segment.
  const end = shifted[shifted.length - 1];
  const before = shifted[shifted.length - 2];
  if (end && before) {
    const angle = Math.atan2(end[1] - before[1], end[0] - before[0]);
    const size = 3.2;
    const left = [end[0] - size * Math.cos(angle - 0.5), end[1] - size * Math.sin(angle - 0.5)];
    const right = [end[0] - size * Math.cos(angle + 0.5), end[1] - size * Math.sin(angle + 0.5)];
    group.append(el('polygon', { points: `${end[0]},${end[1]} ${left[0]},${left[1]} ${right[0]},${right[1]}`, fill: style.stroke }));
  }
  // The route's number at its start.
  const start = shifted[0];
  if (start) {
    group.append(el('circle', { cx: start[0], cy: start[1], r: 2.6, fill: style.stroke }));
    group.append(
      el(
        'text',
        { x: start[0], y: start[1] + 1.1, 'font-size': 3.2, 'font-weight': 800, 'text-anchor': 'middle', fill: '#ffffff', 'font-family': FONT },
        String(route.n),
      ),
    );
  }
}

function drawMark(group: SVGGElement, mark: Mark, words: DrawWords) {
  const style = MARK_STYLE[mark.kind];
  const x = mark.x * CELL;
  const y = mark.y * CELL;
  if (mark.kind === 'meeting') {
    group.append(el('circle', { cx: mid(mark.x), cy: mid(mark.y), r: 4.4, fill: style.fill, stroke: '#ffffff', 'stroke-width': 0.8 }));
  } else {
    group.append(
      el('rect', { x: x + 1.2, y: y + 1.2, width: CELL - 2.4, height: CELL - 2.4, rx: 1, fill: style.fill, stroke: style.stroke, 'stroke-width': 0.8 }),
    );
  }
  if (mark.kind === 'stairs') {
    for (let step = 1; step <= 3; step += 1)
      group.append(el('line', { x1: x + 1.2, x2: x + CELL - 1.2, y1: y + 1.2 + step * 1.9, y2: y + 1.2 + step * 1.9, stroke: '#6b6b6b', 'stroke-width': 0.4 }));
  }
  if (mark.kind === 'door') {
    group.append(el('path', { d: `M${x + 2} ${y + CELL - 2} v-5.6 a5.6 5.6 0 0 1 5.6 5.6`, fill: 'none', stroke: style.stroke, 'stroke-width': 0.5 }));
  }
  group.append(
    el(
      'text',
      { x: mid(mark.x), y: mid(mark.y) + 1.5, 'font-size': 4.4, 'font-weight': 800, 'text-anchor': 'middle', fill: style.text, 'font-family': FONT },
      words.markLetters[mark.kind],
    ),
  );
}

/** Replaces what `group` shows with `plan`. */
export function drawPlan(group: SVGGElement, plan: Plan, words: DrawWords): void {
  group.replaceChildren();
  const rooms = el('g', { 'data-layer': 'rooms' });
  for (const room of plan.rooms) {
    rooms.append(
      el('rect', {
        x: room.x * CELL,
        y: room.y * CELL,
        width: room.w * CELL,
        height: room.h * CELL,
        fill: ROOM_FILL[room.kind],
        stroke: INK,
        'stroke-width': 1,
        'data-room': room.id,
      }),
    );
  }
  // Names after all rooms, so a room drawn later never covers another's name.
  for (const room of plan.rooms) {
    const size = nameSize(room.name, room.w);
    // Names sit at the top of the room, where routes (drawn through cell centres) rarely pass.
    rooms.append(
      el(
        'text',
        {
          x: room.x * CELL + (room.w * CELL) / 2,
          y: room.y * CELL + size + 0.8,
          'font-size': size.toFixed(2),
          'font-weight': 700,
          'text-anchor': 'middle',
          fill: INK,
          'font-family': FONT,
        },
        room.name,
      ),
    );
  }
  const walls = el('g', { 'data-layer': 'walls' });
  for (const wall of plan.walls) {
    walls.append(
      el('line', {
        x1: wall.x1 * CELL,
        y1: wall.y1 * CELL,
        x2: wall.x2 * CELL,
        y2: wall.y2 * CELL,
        stroke: INK,
        'stroke-width': 2,
        'stroke-linecap': 'square',
      }),
    );
  }
  const marks = el('g', { 'data-layer': 'marks' });
  for (const mark of plan.marks) drawMark(marks, mark, words);
  const routes = el('g', { 'data-layer': 'routes' });
  for (const route of plan.routes) drawRoute(routes, route);
  // Marks over routes: a route may pass through a door or the exit, and the mark must stay readable.
  group.append(rooms, walls, routes, marks);
}

/** The highlight for the keyboard cursor and for a route or room being drawn (never printed or pictured). */
export function drawPending(
  group: SVGGElement,
  state: {
    cursor?: [number, number] | undefined;
    cursorPoint?: boolean;
    anchor?: [number, number] | undefined;
    anchorPoint?: boolean;
    route?: { n: 1 | 2; points: [number, number][] } | undefined;
    preview?: { x: number; y: number; w: number; h: number } | undefined;
    wall?: [[number, number], [number, number]] | undefined;
  },
): void {
  group.replaceChildren();
  if (state.preview) {
    const { x, y, w, h } = state.preview;
    group.append(
      el('rect', {
        x: x * CELL,
        y: y * CELL,
        width: w * CELL,
        height: h * CELL,
        fill: '#ffbf47',
        'fill-opacity': 0.25,
        stroke: INK,
        'stroke-width': 0.8,
        'stroke-dasharray': '2 1',
      }),
    );
  }
  if (state.wall) {
    const [[x1, y1], [x2, y2]] = state.wall;
    group.append(el('line', { x1: x1 * CELL, y1: y1 * CELL, x2: x2 * CELL, y2: y2 * CELL, stroke: '#ffbf47', 'stroke-width': 2 }));
  }
  if (state.route && state.route.points.length > 0) drawRoute(group, { id: 'pending', room: 'pending', n: state.route.n, points: state.route.points });
  if (state.anchor) {
    const [x, y] = state.anchor;
    if (state.anchorPoint) group.append(el('circle', { cx: x * CELL, cy: y * CELL, r: 2, fill: '#ffbf47', stroke: INK, 'stroke-width': 0.6 }));
    else
      group.append(
        el('rect', { x: x * CELL + 0.5, y: y * CELL + 0.5, width: CELL - 1, height: CELL - 1, fill: 'none', stroke: '#ffbf47', 'stroke-width': 1.4 }),
      );
  }
  if (state.cursor) {
    const [x, y] = state.cursor;
    if (state.cursorPoint) {
      group.append(el('circle', { cx: x * CELL, cy: y * CELL, r: 2.4, fill: 'none', stroke: INK, 'stroke-width': 0.8 }));
    } else {
      group.append(
        el('rect', {
          x: x * CELL + 0.4,
          y: y * CELL + 0.4,
          width: CELL - 0.8,
          height: CELL - 0.8,
          fill: 'none',
          stroke: INK,
          'stroke-width': 0.8,
          'stroke-dasharray': '2 1',
        }),
      );
    }
  }
}
