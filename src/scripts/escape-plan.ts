import { AppElement, oneOf } from './app-element.ts';
import { askFirst } from './ask-first.ts';
import { CELL, drawPending, drawPlan } from './plan-drawing.ts';
import { drawPicture, showPicture, svgImage, type Block } from './save-picture.ts';
import { escapePlanText as t } from '../i18n/zh-CN/escape-plan.ts';
import { readJson, storageKeys, writeJson } from '../lib/storage.ts';
import {
  COLS,
  LAYOUTS,
  MARK_KINDS,
  ROOM_KINDS,
  ROWS,
  TEXT_FIELDS,
  addMark,
  addRoom,
  addWall,
  centerOf,
  cleanName,
  commit,
  emptyPlan,
  eraseAt,
  isSavedPlan,
  layout,
  marksAt,
  missingRoutes,
  readPlan,
  rectFromCorners,
  redo,
  removeMark,
  removeRoom,
  removeRoute,
  removeWall,
  roomAt,
  routesThrough,
  setRoute,
  setText,
  startHistory,
  undo,
  updateRoom,
  type History,
  type Plan,
  type Room,
} from '../lib/escape-plan.ts';

const TOOLS = ['room', 'wall', 'door', 'window', 'exit', 'stairs', 'gas', 'power', 'meeting', 'route1', 'route2', 'erase'] as const;
type Tool = (typeof TOOLS)[number];
type Cell = [number, number];

const same = (a: Cell | undefined, b: Cell | undefined) => !!a && !!b && a[0] === b[0] && a[1] === b[1];
const clampCell = ([x, y]: Cell): Cell => [Math.min(COLS - 1, Math.max(0, x)), Math.min(ROWS - 1, Math.max(0, y))];
const clampPoint = ([x, y]: Cell): Cell => [Math.min(COLS, Math.max(0, x)), Math.min(ROWS, Math.max(0, y))];

/**
 * The family escape map: a floor plan drawn by taps (or a mouse, or the keyboard: arrow keys and Enter), with
 * lists and forms that do the same for keyboard and screen-reader users; undo and redo; saved on the device
 * only; printed on one A4 page or saved as a picture. The plan as data and every change to it live in
 * src/lib/escape-plan.ts; this element only reads input, draws, and keeps the history.
 */
class EscapePlan extends AppElement {
  #editor = this.required<SVGSVGElement>('#plan-editor');
  #editorPlan = this.required<SVGGElement>('#plan-editor [data-plan]');
  #pending = this.required<SVGGElement>('#plan-editor [data-pending]');
  #sheet = this.required<SVGSVGElement>('#plan-sheet');
  #sheetPlan = this.required<SVGGElement>('#plan-sheet [data-plan]');
  #status = this.required('.app-plan__status');
  #toolHint = this.required('#plan-tool-hint');
  #saved = this.required('.app-plan__saved');
  #routeActions = this.required('.app-plan__route-actions');
  #missing = this.required('[data-missing]');
  #fields = this.all<HTMLTextAreaElement>('.app-plan__fields textarea');
  #dialog = this.required<HTMLDialogElement>('dialog');
  #picture = this.required('[data-picture-output]');
  #routeForm = this.required<HTMLFormElement>('[data-form="route"]');
  #sheetRoutes = this.required('[data-sheet-routes]');
  #blankRoutes = [...this.#sheetRoutes.children].map((node) => node.cloneNode(true));

  #history: History = startHistory(emptyPlan());
  #tool: Tool = 'room';
  #cursor: Cell = [0, 0];
  #focused = false;
  /** First corner of a room (a cell) or first end of a wall (a grid point) while drawing one. */
  #anchor: Cell | undefined;
  /** The room being dragged out with a mouse, from its first cell to the pointer. */
  #drag: { from: Cell; to: Cell } | undefined;
  #route: { room: string; n: 1 | 2; points: Cell[] } | undefined;
  #pointer: { id: number; cell: Cell; point: Cell; type: string } | undefined;
  /** Stops chosen in the route form (cells), in order, with what each is called. */
  #stops: { cell: Cell; label: string }[] = [];
  #storageWarned = false;
  #dialogRoom: string | undefined;

  get #plan(): Plan {
    return this.#history.present;
  }

  protected start() {
    const saved = readJson<unknown>(storageKeys.escapePlan, undefined, isSavedPlan);
    this.#history = startHistory(readPlan(saved));
    this.#fields.forEach((field) => {
      const name = oneOf(field.name, TEXT_FIELDS);
      field.value = name ? (this.#plan.text[name] ?? '') : '';
    });
    this.#setTool(oneOf(this.querySelector<HTMLInputElement>('input[name="plan-tool"]:checked')?.value, TOOLS) ?? 'room', false);
    this.#bindBoard();
    this.#bindControls();
    this.#bindLists();
    this.#render();
  }

  // ------------------------------------------------------------------------------------------------------
  // Changing the plan.

  /** Records `next` as a step that can be undone, saves it, draws it, and says `message`. */
  #commit(next: Plan, message: string) {
    this.#history = commit(this.#history, next);
    this.#save();
    this.#render();
    this.#say(message);
  }

  #save() {
    const kept = writeJson(storageKeys.escapePlan, this.#plan);
    if (kept) {
      this.#saved.textContent = t.saved;
    } else if (!this.#storageWarned) {
      // Said once: repeating it on every tap would drown out everything else a screen reader says.
      this.#storageWarned = true;
      this.#saved.textContent = t.notSaved;
    }
  }

  #say(message: string) {
    this.#status.textContent = message;
  }

  /** Undo and redo change the drawing; what the family typed stays as it is now. */
  #step(direction: 'undo' | 'redo') {
    const before = this.#history;
    const text = before.present.text;
    const after = direction === 'undo' ? undo(before) : redo(before);
    if (after === before) {
      this.#say(direction === 'undo' ? t.nothingToUndo : t.nothingToRedo);
      return;
    }
    this.#history = { ...after, present: { ...after.present, text } };
    this.#cancelPending();
    this.#save();
    this.#render();
    this.#say(direction === 'undo' ? t.undone : t.redone);
  }

  // ------------------------------------------------------------------------------------------------------
  // Tools and the drawing surface.

  #setTool(tool: Tool, announce = true) {
    this.#tool = tool;
    this.#cancelPending();
    this.#cursor = tool === 'wall' ? clampPoint(this.#cursor) : clampCell(this.#cursor);
    const hint = t.toolHints[tool] ?? '';
    this.#toolHint.textContent = hint;
    if (announce) this.#say(hint);
    this.#renderPending();
  }

  #cancelPending() {
    this.#anchor = undefined;
    this.#drag = undefined;
    this.#route = undefined;
    this.#routeActions.hidden = true;
  }

  /** Where a pointer event is on the grid: the cell under it and the grid point nearest to it. */
  #locate(event: PointerEvent): { cell: Cell; point: Cell } | undefined {
    const matrix = this.#editor.getScreenCTM();
    if (!matrix) return undefined;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return {
      cell: clampCell([Math.floor(at.x / CELL), Math.floor(at.y / CELL)]),
      point: clampPoint([Math.round(at.x / CELL), Math.round(at.y / CELL)]),
    };
  }

  #bindBoard() {
    const board = this.#editor;
    board.addEventListener('pointerdown', (event) => {
      if (event.pointerType === 'mouse' && event.button !== 0) return;
      const where = this.#locate(event);
      if (!where) return;
      this.#pointer = { id: event.pointerId, ...where, type: event.pointerType };
    });
    board.addEventListener('pointermove', (event) => {
      const pointer = this.#pointer;
      // Dragging a room out only with a mouse or pen: on a touch screen a drag scrolls the page.
      if (!pointer || pointer.id !== event.pointerId || pointer.type === 'touch' || this.#tool !== 'room' || this.#anchor) return;
      const where = this.#locate(event);
      if (!where || same(where.cell, pointer.cell)) return;
      this.#drag = { from: pointer.cell, to: where.cell };
      this.#renderPending();
    });
    board.addEventListener('pointerup', (event) => {
      const pointer = this.#pointer;
      this.#pointer = undefined;
      if (!pointer || pointer.id !== event.pointerId) return;
      const where = this.#locate(event);
      if (!where) return;
      if (this.#tool === 'room' && !same(where.cell, pointer.cell) && pointer.type !== 'touch') {
        this.#drag = undefined;
        this.#finishRoom(pointer.cell, where.cell);
        return;
      }
      this.#cursor = this.#tool === 'wall' ? where.point : where.cell;
      this.#act(where.cell, where.point);
    });
    board.addEventListener('pointercancel', () => {
      this.#pointer = undefined;
      this.#drag = undefined;
      this.#renderPending();
    });
    board.addEventListener('focus', () => {
      this.#focused = true;
      this.#renderPending();
    });
    board.addEventListener('blur', () => {
      this.#focused = false;
      this.#renderPending();
    });
    board.addEventListener('keydown', (event) => this.#onKey(event));
  }

  #onKey(event: KeyboardEvent) {
    const moves: Record<string, Cell> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const next: Cell = [this.#cursor[0] + move[0], this.#cursor[1] + move[1]];
      this.#cursor = this.#tool === 'wall' ? clampPoint(next) : clampCell(next);
      this.#renderPending();
      this.#say(this.#tool === 'wall' ? t.point(this.#cursor[0], this.#cursor[1]) : t.at(t.cell(...this.#cursor), this.#describeCell(this.#cursor)));
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#act(clampCell(this.#cursor), clampPoint(this.#cursor));
      return;
    }
    if (event.key === 'Escape') {
      if (this.#anchor || this.#route) {
        event.preventDefault();
        this.#cancelPending();
        this.#renderPending();
        this.#say(t.cancelled);
      }
      return;
    }
    if (event.key === 'Backspace' && this.#route) {
      event.preventDefault();
      this.#stepBack();
      return;
    }
    const key = event.key.toLowerCase();
    if ((event.ctrlKey || event.metaKey) && (key === 'z' || key === 'y')) {
      event.preventDefault();
      this.#step(key === 'y' || event.shiftKey ? 'redo' : 'undo');
    }
  }

  /** What the current tool does at `cell` (or, for walls, at grid point `point`). */
  #act(cell: Cell, point: Cell) {
    const tool = this.#tool;
    switch (tool) {
      case 'room':
        if (!this.#anchor) {
          this.#anchor = cell;
          this.#renderPending();
          this.#say(t.roomStarted(t.cell(...cell)));
        } else {
          const from = this.#anchor;
          this.#anchor = undefined;
          this.#finishRoom(from, cell);
        }
        return;
      case 'wall':
        if (!this.#anchor) {
          this.#anchor = point;
          this.#renderPending();
          this.#say(t.wallStarted(t.point(...point)));
        } else {
          const from = this.#anchor;
          this.#anchor = undefined;
          const { plan, id } = addWall(this.#plan, from, point);
          if (id) this.#commit(plan, t.wallAdded);
          else this.#renderPending();
        }
        return;
      case 'route1':
      case 'route2':
        this.#routeTap(cell, tool === 'route1' ? 1 : 2);
        return;
      case 'erase': {
        const result = eraseAt(this.#plan, ...cell);
        if (result.removed) this.#commit(result.plan, t.erased);
        else this.#say(t.nothingToErase);
        return;
      }
      default: {
        const kind = tool;
        const where = t.cell(...cell);
        const existing = marksAt(this.#plan, ...cell).find((mark) => mark.kind === kind);
        if (existing) this.#commit(removeMark(this.#plan, existing.id), t.markRemoved(t.markKinds[kind], where));
        else this.#commit(addMark(this.#plan, kind, ...cell).plan, t.markAdded(t.markKinds[kind], where));
      }
    }
  }

  #finishRoom(from: Cell, to: Cell) {
    const rect = rectFromCorners(from, to);
    const name = t.defaultRoomName(this.#plan.rooms.length + 1);
    const { plan, id } = addRoom(this.#plan, { name, kind: 'other', ...rect });
    this.#commit(plan, t.roomAdded(name, t.roomSize(rect)));
    this.#openRoomDialog(id);
  }

  #routeTap(cell: Cell, n: 1 | 2) {
    const route = this.#route;
    if (!route) {
      const room = roomAt(this.#plan, ...cell);
      if (!room) {
        this.#say(t.routeNeedsRoom);
        return;
      }
      this.#route = { room: room.id, n, points: [cell] };
      this.#routeActions.hidden = false;
      this.#renderPending();
      this.#say(t.routeStarted(room.name, n));
      return;
    }
    // Tapping the last cell again finishes the route.
    if (same(route.points[route.points.length - 1], cell)) {
      this.#finishRoute();
      return;
    }
    route.points.push(cell);
    this.#renderPending();
    this.#say(t.routeStep(this.#describeCell(cell) || t.cell(...cell), route.points.length));
  }

  #finishRoute() {
    const route = this.#route;
    if (!route) return;
    if (route.points.length < 2) {
      this.#say(t.routeTooShort);
      return;
    }
    this.#route = undefined;
    this.#routeActions.hidden = true;
    const room = this.#plan.rooms.find((item) => item.id === route.room);
    this.#commit(setRoute(this.#plan, route.room, route.n, route.points), t.routeDone(room?.name ?? '', route.n));
    this.#editor.focus();
  }

  #stepBack() {
    const route = this.#route;
    if (!route) return;
    route.points.pop();
    if (route.points.length === 0) {
      this.#cancelPending();
      this.#say(t.routeCancelled);
    }
    this.#renderPending();
  }

  /** What is in `cell`, in words: marks, then the room, then routes through it. */
  #describeCell([x, y]: Cell): string {
    const parts = [
      ...marksAt(this.#plan, x, y).map((mark) => t.markKinds[mark.kind]),
      roomAt(this.#plan, x, y)?.name,
      ...routesThrough(this.#plan, x, y).map((route) => t.routeFrom(this.#roomName(route.room), route.n)),
    ].filter((part): part is string => !!part);
    return parts.join('，');
  }

  #roomName(id: string) {
    return this.#plan.rooms.find((room) => room.id === id)?.name ?? '';
  }

  /** A route's stops in words: what is at each cell, each said once. */
  #describeRoute(points: Cell[]): string {
    const labels: string[] = [];
    for (const [x, y] of points) {
      const mark = marksAt(this.#plan, x, y)[0];
      const label = mark ? t.markKinds[mark.kind] : (roomAt(this.#plan, x, y)?.name ?? t.cell(x, y));
      if (labels[labels.length - 1] !== label) labels.push(label);
    }
    return labels.join(t.stopsJoin);
  }

  // ------------------------------------------------------------------------------------------------------
  // Buttons, templates, text, clearing, picture.

  #bindControls() {
    this.all<HTMLInputElement>('input[name="plan-tool"]').forEach((radio) =>
      radio.addEventListener('change', () => {
        const tool = oneOf(radio.value, TOOLS);
        if (radio.checked && tool) this.#setTool(tool);
      }),
    );
    this.all<HTMLButtonElement>('[data-layout]').forEach((button) =>
      button.addEventListener('click', () => {
        const id = oneOf(button.dataset.layout, LAYOUTS);
        if (!id) return;
        this.#cancelPending();
        const next = { ...layout(id, t.layoutNames), text: this.#plan.text };
        this.#commit(next, t.layoutChosen(button.textContent?.trim() ?? ''));
      }),
    );
    const on = (action: string, handler: () => void) => this.optional(`[data-action="${action}"]`)?.addEventListener('click', handler);
    on('undo', () => this.#step('undo'));
    on('redo', () => this.#step('redo'));
    on('finish-route', () => this.#finishRoute());
    on('step-back', () => this.#stepBack());
    on('cancel-route', () => {
      this.#cancelPending();
      this.#renderPending();
      this.#say(t.routeCancelled);
      this.#editor.focus();
    });
    on('picture', () => void this.#makePicture());
    const clear = this.required<HTMLButtonElement>('[data-action="clear"]');
    clear.addEventListener('click', async () => {
      if (!(await askFirst(clear, { question: t.clearQuestion, yes: t.clearYes, no: t.clearNo }))) return;
      const before = this.#plan;
      this.#cancelPending();
      this.#history = commit(this.#history, emptyPlan());
      this.#fields.forEach((field) => (field.value = ''));
      this.#save();
      this.#render();
      this.#say(t.cleared);
      this.#offerUndoClear(before);
    });
    this.#fields.forEach((field) =>
      field.addEventListener('input', () => {
        const name = oneOf(field.name, TEXT_FIELDS);
        if (!name) return;
        // Typing is not an undo step: undo is for the drawing, and a step per letter would bury it.
        this.#history = { ...this.#history, present: setText(this.#plan, name, field.value) };
        this.#save();
        this.#renderSheetText();
      }),
    );
    this.#dialog.addEventListener('close', () => this.#closeRoomDialog());
  }

  /** After clearing, a button that brings everything back (text included), until the next change. */
  #offerUndoClear(before: Plan) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'app-button app-button--secondary';
    button.textContent = t.undoClear;
    button.addEventListener('click', () => {
      this.#history = commit(this.#history, before);
      this.#fields.forEach((field) => {
        const name = oneOf(field.name, TEXT_FIELDS);
        field.value = name ? (before.text[name] ?? '') : '';
      });
      this.#save();
      this.#render();
      this.#say(t.undone);
      button.remove();
    });
    this.#saved.replaceChildren(document.createTextNode(`${t.cleared} `), button);
  }

  #openRoomDialog(id: string) {
    const room = this.#plan.rooms.find((item) => item.id === id);
    if (!room) return;
    this.#dialogRoom = id;
    const form = this.#dialog.querySelector('form');
    const name = form?.querySelector<HTMLInputElement>('input[name="name"]');
    const kind = form?.querySelector<HTMLSelectElement>('select[name="kind"]');
    if (name) name.value = room.name;
    if (kind) kind.value = room.kind;
    this.#dialog.returnValue = '';
    this.#dialog.showModal();
    name?.select();
  }

  #closeRoomDialog() {
    const id = this.#dialogRoom;
    this.#dialogRoom = undefined;
    const room = this.#plan.rooms.find((item) => item.id === id);
    if (!id || !room || this.#dialog.returnValue !== 'ok') return;
    const name = cleanName(this.#dialog.querySelector<HTMLInputElement>('input[name="name"]')?.value ?? '', room.name);
    const kind = oneOf(this.#dialog.querySelector<HTMLSelectElement>('select[name="kind"]')?.value, ROOM_KINDS) ?? room.kind;
    if (name === room.name && kind === room.kind) return;
    this.#commit(updateRoom(this.#plan, id, { name, kind }), t.roomRenamed(name));
  }

  // ------------------------------------------------------------------------------------------------------
  // The lists and forms: the same drawing, for the keyboard and screen readers.

  #bindLists() {
    const number = (form: HTMLFormElement, name: string) => Number(new FormData(form).get(name)) - 1;
    this.required<HTMLFormElement>('[data-form="room"]').addEventListener('submit', (event) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const data = new FormData(form);
      const kind = oneOf(String(data.get('kind')), ROOM_KINDS) ?? 'other';
      const name = cleanName(String(data.get('name') ?? ''), t.defaultRoomName(this.#plan.rooms.length + 1));
      const x = number(form, 'x');
      const y = number(form, 'y');
      const rect = rectFromCorners([x, y], [x + number(form, 'w'), y + number(form, 'h')]);
      this.#commit(addRoom(this.#plan, { name, kind, ...rect }).plan, t.roomAdded(name, t.roomSize(rect)));
      const nameField = form.querySelector<HTMLInputElement>('input[name="name"]');
      if (nameField) nameField.value = '';
    });
    this.required<HTMLFormElement>('[data-form="mark"]').addEventListener('submit', (event) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const kind = oneOf(String(new FormData(form).get('kind')), MARK_KINDS) ?? 'door';
      const cell = clampCell([number(form, 'x'), number(form, 'y')]);
      this.#commit(addMark(this.#plan, kind, ...cell).plan, t.markAdded(t.markKinds[kind], t.cell(...cell)));
    });
    this.required<HTMLFormElement>('[data-form="wall"]').addEventListener('submit', (event) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const { plan, id } = addWall(this.#plan, [number(form, 'x1'), number(form, 'y1')], [number(form, 'x2'), number(form, 'y2')]);
      if (id) this.#commit(plan, t.wallAdded);
    });
    const routeForm = this.#routeForm;
    const stopSelect = this.required<HTMLSelectElement>('select[name="stop"]', routeForm);
    this.required('[data-action="add-stop"]', routeForm).addEventListener('click', () => {
      const option = stopSelect.selectedOptions[0];
      const [x, y] = (option?.value ?? '').split(',').map(Number);
      if (option && x !== undefined && y !== undefined && Number.isInteger(x) && Number.isInteger(y)) {
        this.#stops.push({ cell: [x, y], label: option.textContent ?? '' });
        this.#renderStops();
        this.#say(t.routeStep(option.textContent ?? '', this.#stops.length + 1));
      }
    });
    this.required('[data-action="remove-stop"]', routeForm).addEventListener('click', () => {
      this.#stops.pop();
      this.#renderStops();
    });
    routeForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(routeForm);
      const room = this.#plan.rooms.find((item) => item.id === data.get('room'));
      const n = data.get('n') === '2' ? 2 : 1;
      if (!room) return;
      const points: Cell[] = [centerOf(room), ...this.#stops.map((stop) => stop.cell)];
      if (points.length < 2) {
        this.#say(t.routeTooShort);
        return;
      }
      this.#stops = [];
      this.#commit(setRoute(this.#plan, room.id, n, points), t.routeDone(room.name, n));
    });
  }

  #renderStops() {
    const list = this.required('[data-stops]', this.#routeForm);
    list.replaceChildren(
      ...this.#stops.map((stop) => {
        const item = document.createElement('li');
        item.textContent = stop.label;
        return item;
      }),
    );
  }

  /** One list item from the server's template: its words, and what its rename and remove buttons do. */
  #item(text: string, onRemove: () => void, onRename?: () => void): HTMLLIElement {
    const item = this.fromTemplate<HTMLLIElement>('[data-template="item"]');
    this.required('.app-plan__item-text', item).textContent = text;
    const rename = this.required<HTMLButtonElement>('[data-action="rename"]', item);
    const remove = this.required<HTMLButtonElement>('[data-action="remove"]', item);
    // The buttons say what they act on, for screen readers that list buttons out of context.
    remove.setAttribute('aria-label', `${remove.textContent?.trim()}：${text}`);
    remove.addEventListener('click', onRemove);
    if (onRename) {
      rename.setAttribute('aria-label', `${rename.textContent?.trim()}：${text}`);
      rename.addEventListener('click', onRename);
    } else {
      rename.remove();
    }
    return item;
  }

  #fill(name: string, items: HTMLLIElement[]) {
    const list = this.required(`[data-list="${name}"]`);
    if (items.length === 0) {
      const empty = document.createElement('li');
      empty.textContent = this.required('.app-plan__lists').dataset.empty ?? '—';
      list.replaceChildren(empty);
      return;
    }
    list.replaceChildren(...items);
  }

  #renderLists() {
    const plan = this.#plan;
    this.#fill(
      'rooms',
      plan.rooms.map((room) =>
        this.#item(
          `${room.name}（${t.roomKinds[room.kind]}）：${t.roomSize(room)}`,
          () => this.#commit(removeRoom(this.#plan, room.id), t.roomRemoved(room.name)),
          () => this.#openRoomDialog(room.id),
        ),
      ),
    );
    this.#fill(
      'marks',
      plan.marks.map((mark) =>
        this.#item(`${t.markKinds[mark.kind]}：${t.cell(mark.x, mark.y)}`, () =>
          this.#commit(removeMark(this.#plan, mark.id), t.markRemoved(t.markKinds[mark.kind], t.cell(mark.x, mark.y))),
        ),
      ),
    );
    this.#fill(
      'walls',
      plan.walls.map((wall) =>
        this.#item(`${t.point(wall.x1, wall.y1)} → ${t.point(wall.x2, wall.y2)}`, () => this.#commit(removeWall(this.#plan, wall.id), t.wallRemoved)),
      ),
    );
    this.#fill(
      'routes',
      plan.routes.map((route) => {
        const name = t.routeFrom(this.#roomName(route.room), route.n);
        return this.#item(`${name}：${this.#describeRoute(route.points)}`, () => this.#commit(removeRoute(this.#plan, route.id), t.routeRemoved(name)));
      }),
    );
    // The route form offers the rooms (bedrooms first) and every place a route can pass.
    const roomSelect = this.required<HTMLSelectElement>('select[name="room"]', this.#routeForm);
    const chosenRoom = roomSelect.value;
    const rooms = [...plan.rooms].sort((a, b) => Number(b.kind === 'bedroom') - Number(a.kind === 'bedroom'));
    roomSelect.replaceChildren(...rooms.map((room) => new Option(room.name, room.id, false, room.id === chosenRoom)));
    const stopSelect = this.required<HTMLSelectElement>('select[name="stop"]', this.#routeForm);
    const chosenStop = stopSelect.value;
    const places = [
      ...plan.rooms.map((room: Room) => ({ label: room.name, cell: centerOf(room) })),
      ...plan.marks.map((mark) => ({ label: `${t.markKinds[mark.kind]}（${t.cell(mark.x, mark.y)}）`, cell: [mark.x, mark.y] as Cell })),
    ];
    stopSelect.replaceChildren(...places.map((place) => new Option(place.label, place.cell.join(','), false, place.cell.join(',') === chosenStop)));
  }

  // ------------------------------------------------------------------------------------------------------
  // Drawing.

  #render() {
    const words = { markLetters: t.markLetters };
    drawPlan(this.#editorPlan, this.#plan, words);
    drawPlan(this.#sheetPlan, this.#plan, words);
    this.#renderPending();
    this.#renderLists();
    this.#renderSheetText();
    this.#renderMissing();
    this.required<HTMLButtonElement>('[data-action="undo"]').disabled = this.#history.past.length === 0;
    this.required<HTMLButtonElement>('[data-action="redo"]').disabled = this.#history.future.length === 0;
  }

  #renderPending() {
    const wall = this.#tool === 'wall';
    const drag = this.#drag;
    const anchor = this.#anchor;
    const preview = drag
      ? rectFromCorners(drag.from, drag.to)
      : this.#tool === 'room' && anchor && this.#focused
        ? rectFromCorners(anchor, clampCell(this.#cursor))
        : undefined;
    drawPending(this.#pending, {
      cursor: this.#focused ? this.#cursor : undefined,
      cursorPoint: wall,
      anchor,
      anchorPoint: wall,
      route: this.#route,
      preview,
      wall: wall && anchor && this.#focused ? [anchor, this.#cursor] : undefined,
    });
  }

  #renderMissing() {
    const plan = this.#plan;
    if (plan.rooms.length === 0) {
      this.#missing.textContent = '';
      return;
    }
    if (!plan.rooms.some((room) => room.kind === 'bedroom')) {
      this.#missing.textContent = t.noBedroom;
      return;
    }
    const missing = missingRoutes(plan);
    this.#missing.textContent =
      missing.length === 0 ? t.allRoutes : t.missing(missing.flatMap(({ room, missing: numbers }) => numbers.map((n) => t.routeFrom(room.name, n))).join('、'));
  }

  /** The sheet's words: what the family typed, and the routes described. */
  #renderSheetText() {
    const plan = this.#plan;
    this.all('[data-sheet-field]').forEach((slot) => {
      const field = oneOf(slot.dataset.sheetField, TEXT_FIELDS);
      const text = field ? (plan.text[field] ?? '').trim() : '';
      if (slot.dataset.label) {
        slot.hidden = text === '';
        slot.textContent = text ? `${slot.dataset.label}：${text}` : '';
      } else {
        slot.textContent = text;
      }
    });
    const lines = this.#routeLines();
    if (lines.length === 0) {
      this.#sheetRoutes.replaceChildren(...this.#blankRoutes.map((node) => node.cloneNode(true)));
    } else {
      this.#sheetRoutes.replaceChildren(
        ...lines.map((line) => {
          const item = document.createElement('li');
          item.textContent = line;
          return item;
        }),
      );
    }
  }

  /** One line per bedroom (or per room with a route): route 1 and route 2 in words, a blank where one is missing. */
  #routeLines(): string[] {
    const plan = this.#plan;
    const rooms = plan.rooms.filter((room) => room.kind === 'bedroom' || plan.routes.some((route) => route.room === room.id));
    return rooms.map((room) => {
      const parts = ([1, 2] as const).map((n) => {
        const route = plan.routes.find((item) => item.room === room.id && item.n === n);
        return `${t.route(n)}：${route ? this.#describeRoute(route.points) : '____________'}`;
      });
      return `${room.name}　${parts.join('；')}`;
    });
  }

  async #makePicture() {
    try {
      const image = await svgImage(this.#sheet, 960, 1280);
      const text = this.#plan.text;
      const blocks: Block[] = [
        { kind: 'band', text: t.sheetTitle, sub: `${t.homeLabel}：${text.home?.trim() || t.blank}`, color: '#005a32' },
        { kind: 'image', image, width: 960, height: 1280 },
        {
          kind: 'small',
          text: `${MARK_KINDS.map((kind) => `${t.markLetters[kind]} ${t.markKinds[kind]}`).join('　')}\n${this.required('.app-plan-sheet__key--wide').textContent?.trim() ?? ''}\n${this.all('.app-plan-sheet__key--wide')[1]?.textContent?.trim() ?? ''}`,
        },
        { kind: 'heading', text: t.routesHeading },
        ...this.#routeLines().map((line): Block => ({ kind: 'item', marker: '·', text: line })),
        ...(['route-1', 'route-2'] as const)
          .filter((field) => text[field]?.trim())
          .map((field): Block => ({ kind: 'item', marker: '·', text: `${t.route(field === 'route-1' ? 1 : 2)}：${text[field]?.trim()}` })),
        { kind: 'gap', size: 8 },
        ...this.all('.app-plan-sheet__list > div').flatMap((row): Block[] => {
          const label = row.querySelector('dt')?.textContent?.trim() ?? '';
          const value = row.querySelector('dd')?.textContent?.trim() ?? '';
          return [{ kind: 'item', marker: '·', text: `${label}：${value || t.blank}` }];
        }),
        { kind: 'rule' },
        { kind: 'heading', text: this.required('#sheet-remember').textContent?.trim() ?? '', color: '#8f001a' },
        ...this.all('[data-sheet-actions] li').map((item, index): Block => ({ kind: 'item', marker: `${index + 1}.`, text: item.textContent?.trim() ?? '' })),
        { kind: 'heading', text: this.required('#sheet-call').textContent?.trim() ?? '', color: '#8f001a' },
        ...this.all('[data-sheet-call] li').map((item): Block => ({ kind: 'item', marker: '·', text: `${item.dataset.label}：${item.dataset.text}` })),
      ];
      const png = drawPicture(blocks);
      showPicture(this.#picture, png, { alt: t.pictureAlt(text.home?.trim() ?? ''), hint: t.pictureHint, save: t.pictureSave, fileName: t.pictureFile });
    } catch {
      this.#picture.hidden = false;
      this.#picture.textContent = t.pictureFailed;
    }
  }
}
customElements.define('app-escape-plan', EscapePlan);
