import { AppElement } from '../../scripts/app-element.ts';
import { hazardAtPoint, hazardInCell, gridFor, type Hazard } from '../../lib/scene.ts';
import { sceneText as t } from '../../i18n/zh-CN/scene.ts';

/**
 * The find-the-hazards game over a scene picture. Tap the picture, or move over its grid with the arrow keys
 * and press Enter; each hazard found is marked on the picture and its answer shown.
 */
class HazardScene extends AppElement {
  #hazards: Hazard[] = JSON.parse(this.attribute('data-hazards'));
  #width = Number(this.attribute('data-width'));
  #height = Number(this.attribute('data-height'));
  #cols = Number(this.attribute('data-cols'));
  #grid = gridFor(this.#width, this.#height);
  #found = new Set<string>();
  #board = this.required('.app-scene__board');
  #marks = this.required('.app-scene__marks');
  #message = this.required('.app-scene__message');
  #progress = this.required('.app-scene__progress');

  protected start() {
    this.classList.add('app-scene--playing');
    // Set through the CSSOM: the Content Security Policy forbids style="" attributes in the markup.
    this.#board.style.gridTemplateColumns = `repeat(${this.#cols}, 1fr)`;
    this.#board.style.gridTemplateRows = `repeat(${this.#board.dataset['rows']}, 1fr)`;
    this.#board.addEventListener('click', (event) => this.#onClick(event));
    this.#board.addEventListener('keydown', (event) => this.#onKey(event));
    this.required('[data-action="reveal"]').addEventListener('click', () => this.#hazards.forEach((hazard) => this.#markFound(hazard, false)));
    this.required('[data-action="reset"]').addEventListener('click', () => this.#reset());
  }

  #onClick(event: MouseEvent) {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    if (!cell) return;
    // A pointer tap checks the exact point; a key press (detail 0) checks the whole cell.
    let hazard: Hazard | undefined;
    if (event.detail > 0) {
      const rect = this.#board.getBoundingClientRect();
      const x = ((event.clientX - rect.left) / rect.width) * this.#width;
      const y = ((event.clientY - rect.top) / rect.height) * this.#height;
      hazard = hazardAtPoint(this.#hazards, this.#found, x, y);
    } else {
      const box = this.#grid.cells[Number(cell.dataset['cell'])];
      hazard = box && hazardInCell(this.#hazards, this.#found, box);
    }
    if (hazard) this.#markFound(hazard, true);
    else this.#say(t.miss);
  }

  /** Arrow keys move between cells (one tab stop for the whole picture). */
  #onKey(event: KeyboardEvent) {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: this.#cols, ArrowUp: -this.#cols };
    const move = Object.hasOwn(moves, event.key) ? moves[event.key] : undefined;
    if (move === undefined) return;
    event.preventDefault();
    const cells = [...this.#board.querySelectorAll<HTMLButtonElement>('[data-cell]')];
    const index = cells.indexOf(document.activeElement as HTMLButtonElement);
    const next = cells[index + move];
    if (!next || (Math.abs(move) === 1 && Math.floor((index + move) / this.#cols) !== Math.floor(index / this.#cols))) return;
    cells.forEach((cell) => (cell.tabIndex = -1));
    next.tabIndex = 0;
    next.focus();
  }

  #markFound(hazard: Hazard, announce: boolean) {
    if (this.#found.has(hazard.id)) return;
    this.#found.add(hazard.id);
    const number = this.#found.size;
    const mark = this.fromTemplate('.app-scene__mark-template');
    mark.textContent = String(number);
    // Position as percentages of the picture, so marks stay put at any size.
    const { x, y, width, height } = hazard.box;
    Object.assign(mark.style, {
      left: `${(x / this.#width) * 100}%`,
      top: `${(y / this.#height) * 100}%`,
      width: `${(width / this.#width) * 100}%`,
      height: `${(height / this.#height) * 100}%`,
    });
    this.#marks.append(mark);
    // Found answers move to the end of the list, so it reads in the order they were found.
    const item = this.required(`[data-hazard="${hazard.id}"]`);
    item.classList.add('app-scene__found');
    item.parentElement?.append(item);
    const total = this.#hazards.length;
    this.#progress.textContent = t.progress(this.#found.size, total);
    if (announce) this.#say(`${t.found(number, item.querySelector('.app-scene__label')?.textContent ?? '')}${this.#found.size === total ? t.allFound : ''}`);
    if (this.#found.size === total) this.classList.add('app-scene--done');
  }

  #reset() {
    this.#found.clear();
    this.#marks.replaceChildren();
    this.all('.app-scene__found').forEach((item) => item.classList.remove('app-scene__found'));
    this.classList.remove('app-scene--done');
    this.#progress.textContent = t.progress(0, this.#hazards.length);
    this.#say('');
    this.#board.querySelector<HTMLElement>('[data-cell]')?.focus();
  }

  #say(message: string) {
    this.#message.textContent = message;
  }
}
customElements.define('app-scene', HazardScene);
