import { AppElement, oneOf } from './app-element.ts';
import { askFirst } from './ask-first.ts';
import { drawPicture, showPicture, type Block } from './save-picture.ts';
import { checklistText as t } from '../i18n/zh-CN/checklist.ts';
import { readJson, storageKeys, writeJson } from '../lib/storage.ts';

type Ticks = { ticks: Record<string, boolean>; checkedOn: string };
const isTicks = (value: unknown): value is Ticks =>
  !!value &&
  typeof value === 'object' &&
  typeof (value as Ticks).checkedOn === 'string' &&
  !!(value as Ticks).ticks &&
  typeof (value as Ticks).ticks === 'object' &&
  Object.values((value as Ticks).ticks).every((tick) => typeof tick === 'boolean');

const RISKS = ['high', 'medium', 'low'] as const;
const today = () => new Date().toLocaleDateString('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });
type Risk = (typeof RISKS)[number];

interface Item {
  box: HTMLInputElement;
  text: string;
  tip: string;
  link: string;
  risk: Risk;
}

/**
 * The home self-check: keeps the ticks on the device (never sent anywhere), says how far the check has got,
 * and lists what is left to fix, most urgent first (the risk each item carries in content/checklist.yaml).
 * Clearing asks first and can be undone; a device that cannot save is told so, once.
 */
class Checklist extends AppElement {
  #items: Item[] = this.all<HTMLLIElement>('li[data-risk]').map((item) => ({
    box: this.required<HTMLInputElement>('input[type="checkbox"]', item),
    text: this.required('label', item).textContent?.trim() ?? '',
    tip: this.required('[data-tip]', item).textContent?.trim() ?? '',
    link: this.required<HTMLAnchorElement>('[data-section-link]', item).href,
    risk: oneOf(item.dataset.risk, RISKS) ?? 'low',
  }));
  #progress = this.required('.app-checklist__progress');
  #saved = this.required('.app-checklist__saved');
  #fixList = this.required('[data-fix-list]');
  #summary = this.required('[data-summary]');
  #done = this.required('[data-done]');
  #checkedOnLine = this.required('[data-checked-on]');
  #picture = this.required('[data-picture-output]');
  #checkedOn = '';
  #storageWarned = false;

  protected start() {
    const saved = readJson<Ticks>(storageKeys.checklist, { ticks: {}, checkedOn: '' }, isTicks);
    // Own properties and `=== true` only: a box named like a prototype property (constructor…) never reads as ticked.
    this.#items.forEach(({ box }) => (box.checked = Object.hasOwn(saved.ticks, box.name) && saved.ticks[box.name] === true));
    this.#checkedOn = saved.checkedOn;
    this.#render();
    this.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).matches('input[type="checkbox"]')) this.#save();
    });
    const reset = this.required<HTMLButtonElement>('[data-action="reset"]');
    reset.addEventListener('click', async () => {
      if (!(await askFirst(reset, { question: t.clearQuestion, yes: t.clearYes, no: t.clearNo }))) return;
      const before = this.#items.map(({ box }) => box.checked);
      const beforeDate = this.#checkedOn;
      this.#items.forEach(({ box }) => (box.checked = false));
      this.#save();
      this.#offerUndo(before, beforeDate);
    });
    this.optional('[data-action="picture"]')?.addEventListener('click', () => this.#makePicture());
  }

  /** Saves the ticks with the day they were last changed (today, unless an undo brings an earlier day back). */
  #save(checkedOn = today()) {
    const ticks = Object.fromEntries(this.#items.map(({ box }) => [box.name, box.checked]));
    this.#checkedOn = checkedOn;
    const kept = writeJson(storageKeys.checklist, { ticks, checkedOn: this.#checkedOn });
    if (!kept && !this.#storageWarned) {
      // Said once, not on every tick.
      this.#storageWarned = true;
      this.#saved.textContent = t.notSaved;
    }
    this.#render();
  }

  /** After clearing: one button that puts every tick back. */
  #offerUndo(before: boolean[], beforeDate: string) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'app-button app-button--secondary';
    button.textContent = t.undoClear;
    button.addEventListener('click', () => {
      this.#items.forEach(({ box }, index) => (box.checked = before[index] ?? false));
      this.#save(beforeDate);
      if (!this.#storageWarned) this.#saved.textContent = t.restored;
      this.#items[0]?.box.focus();
    });
    if (!this.#storageWarned) this.#saved.replaceChildren(document.createTextNode(`${t.cleared} `), button);
    else this.#saved.append(' ', button);
    button.focus();
  }

  #render() {
    const done = this.#items.filter(({ box }) => box.checked).length;
    const total = this.#items.length;
    const status = done === total ? t.allDone(total) : t.progress(done, total);
    this.#progress.textContent = `${status}${this.#checkedOn && done > 0 ? t.lastTicked(this.#checkedOn) : ''}`;
    this.#renderResult();
  }

  #todo(): Item[] {
    return RISKS.flatMap((risk) => this.#items.filter((item) => item.risk === risk && !item.box.checked));
  }

  #renderResult() {
    const todo = this.#todo();
    const done = this.#items.length - todo.length;
    this.#summary.textContent = t.summary(done, this.#items.length, todo.length);
    // A short list prints in larger type; a long one smaller, so it still fits on one page.
    this.required('.app-checklist__result').dataset.length = todo.length > 12 ? 'long' : 'short';
    const groups = RISKS.map((risk) => ({ risk, items: todo.filter((item) => item.risk === risk) })).filter((group) => group.items.length > 0);
    this.#fixList.replaceChildren(
      ...groups.map(({ risk, items }) => {
        const section = this.fromTemplate('[data-template="group"]');
        this.required('h3', section).textContent = t.riskHeadings[risk];
        this.required('ol', section).replaceChildren(
          ...items.map((item) => {
            const entry = this.fromTemplate<HTMLLIElement>('[data-template="fix"]');
            const link = this.required<HTMLAnchorElement>('.app-checklist__fix-item', entry);
            link.textContent = item.text;
            link.href = `#${item.box.id}`;
            this.required('.app-checklist__fix-tip', entry).textContent = item.tip;
            return entry;
          }),
        );
        return section;
      }),
    );
    this.#done.textContent = done > 0 ? t.doneHeading(done) : '';
    this.#checkedOnLine.textContent = t.checkedOn(this.#checkedOn || today());
  }

  #makePicture() {
    const todo = this.#todo();
    const blocks: Block[] = [
      { kind: 'band', text: t.resultTitle, sub: this.#checkedOnLine.textContent ?? '', color: '#005a32' },
      { kind: 'text', text: this.#summary.textContent ?? '' },
      ...RISKS.flatMap((risk): Block[] => {
        const items = todo.filter((item) => item.risk === risk);
        if (items.length === 0) return [];
        return [
          { kind: 'heading', text: t.riskHeadings[risk], color: risk === 'high' ? '#8f001a' : '#1a1a1a' },
          ...items.flatMap((item, index): Block[] => [
            { kind: 'item', marker: `${index + 1}.`, text: item.text },
            { kind: 'item', marker: '', text: item.tip, color: '#4a4a4a' },
          ]),
        ];
      }),
      ...(this.#done.textContent ? [{ kind: 'rule' } as Block, { kind: 'text', text: this.#done.textContent, color: '#005a32' } as Block] : []),
    ];
    try {
      showPicture(this.#picture, drawPicture(blocks), { alt: t.pictureAlt(todo.length), hint: t.pictureHint, save: t.pictureSave, fileName: t.pictureFile });
    } catch {
      this.#picture.hidden = false;
      this.#picture.textContent = t.pictureFailed;
    }
  }
}
customElements.define('app-checklist', Checklist);
