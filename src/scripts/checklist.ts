import { AppElement } from './app-element.ts';
import { checklistText as t } from '../i18n/zh-CN/checklist.ts';
import { readJson, storageKeys, writeJson } from '../lib/storage.ts';

type Ticks = { ticks: Record<string, boolean>; checkedOn: string };
const isTicks = (value: unknown): value is Ticks =>
  !!value &&
  typeof value === 'object' &&
  typeof (value as Ticks).checkedOn === 'string' &&
  !!(value as Ticks).ticks &&
  Object.values((value as Ticks).ticks).every((tick) => typeof tick === 'boolean');

/** The family self-check: keeps the ticks on the device (never sent anywhere) and says how far the check has got. */
class Checklist extends AppElement {
  #boxes = this.all<HTMLInputElement>('input[type="checkbox"]');
  #progress = this.required('.app-checklist__progress');

  protected start() {
    const saved = readJson<Ticks>(storageKeys.checklist, { ticks: {}, checkedOn: '' }, isTicks);
    // `=== true`: a box named like a prototype property (constructor…) never reads as ticked.
    this.#boxes.forEach((box) => (box.checked = saved.ticks[box.name] === true));
    this.#render(saved.checkedOn);
    this.addEventListener('change', () => this.#save());
    this.optional('[data-action="reset"]')?.addEventListener('click', () => {
      this.#boxes.forEach((box) => (box.checked = false));
      this.#save();
      this.#boxes[0]?.focus();
    });
  }

  #save() {
    const ticks = Object.fromEntries(this.#boxes.map((box) => [box.name, box.checked]));
    const checkedOn = new Date().toLocaleDateString('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });
    writeJson(storageKeys.checklist, { ticks, checkedOn });
    this.#render(checkedOn);
  }

  #render(checkedOn: string) {
    const done = this.#boxes.filter((box) => box.checked).length;
    const total = this.#boxes.length;
    const status = done === total ? t.allDone(total) : t.progress(done, total);
    this.#progress.textContent = `${status}${checkedOn && done > 0 ? t.lastTicked(checkedOn) : ''}`;
  }
}
customElements.define('app-checklist', Checklist);
