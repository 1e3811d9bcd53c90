import { AppElement } from './app-element.ts';
import { askFirst } from './ask-first.ts';
import { drawPicture, showPicture, type Block } from './save-picture.ts';
import { letterText as t } from '../i18n/zh-CN/letter.ts';
import { readJson, storageKeys, writeJson } from '../lib/storage.ts';

const FIELDS = ['to', 'opening', 'personal', 'closing', 'signature', 'date'] as const;
type Field = (typeof FIELDS)[number];

interface Letter {
  version: 1;
  fields: Partial<Record<Field, string>>;
  points: string[];
}

const isLetter = (value: unknown): value is Letter => {
  if (!value || typeof value !== 'object') return false;
  const letter = value as Letter;
  return (
    letter.version === 1 &&
    !!letter.fields &&
    typeof letter.fields === 'object' &&
    Object.entries(letter.fields).every(([key, text]) => (FIELDS as readonly string[]).includes(key) && typeof text === 'string' && text.length <= 400) &&
    Array.isArray(letter.points) &&
    letter.points.length <= 20 &&
    letter.points.every((point) => typeof point === 'string')
  );
};

const today = () => new Date().toLocaleDateString('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });

/**
 * The safety letter: what the family types and the points it picks, shown as a letter while it is written,
 * kept on the device only, printed on one A4 page or saved as a picture. Sample letters fill the form as a
 * draft; clearing asks first and can be undone.
 */
class SafetyLetter extends AppElement {
  #inputs = new Map(FIELDS.map((field) => [field, this.required<HTMLInputElement | HTMLTextAreaElement>(`[name="${field}"]`)]));
  #boxes = this.all<HTMLInputElement>('input[name="point"]');
  #count = this.required('[data-count]');
  #saved = this.required('.app-letter__saved');
  #sheetPoints = this.required('[data-letter="points"]');
  #blankPoints = [...this.#sheetPoints.children].map((node) => node.cloneNode(true));
  #picture = this.required('[data-picture-output]');
  #max = Number(this.attribute('data-max')) || 6;
  #storageWarned = false;

  protected start() {
    const saved = readJson<Letter | undefined>(storageKeys.letter, undefined, isLetter);
    this.#load(saved ?? { version: 1, fields: { date: today() }, points: [] });
    this.addEventListener('input', (event) => {
      if ((event.target as HTMLElement).closest('.app-letter__form')) this.#changed();
    });
    this.all<HTMLButtonElement>('[data-sample]').forEach((button) =>
      button.addEventListener('click', () => {
        const { to = '', opening = '', personal = '', closing = '', signature = '', points = '', name = '' } = button.dataset;
        this.#load({
          version: 1,
          fields: { to, opening, personal, closing, signature, date: this.#inputs.get('date')?.value || today() },
          points: points.split('|'),
        });
        this.#changed();
        this.#saved.textContent = t.sampleUsed(name);
        this.#inputs.get('to')?.focus();
      }),
    );
    const clear = this.required<HTMLButtonElement>('[data-action="clear"]');
    clear.addEventListener('click', async () => {
      if (!(await askFirst(clear, { question: t.clearQuestion, yes: t.clearYes, no: t.clearNo }))) return;
      const before = this.#read();
      this.#load({ version: 1, fields: { date: today() }, points: [] });
      this.#changed();
      this.#offerUndo(before);
    });
    this.optional('[data-action="picture"]')?.addEventListener('click', () => this.#makePicture());
  }

  #read(): Letter {
    const fields: Letter['fields'] = {};
    for (const [field, input] of this.#inputs) fields[field] = input.value;
    return { version: 1, fields, points: this.#boxes.filter((box) => box.checked).map((box) => box.value) };
  }

  #load(letter: Letter) {
    for (const [field, input] of this.#inputs) input.value = Object.hasOwn(letter.fields, field) ? (letter.fields[field] ?? '') : '';
    const chosen = new Set(letter.points.slice(0, this.#max));
    this.#boxes.forEach((box) => (box.checked = chosen.has(box.value)));
    // Open the topics whose points are chosen, so a sample's choices can be seen.
    this.#boxes.forEach((box) => {
      const details = box.closest('details');
      if (details && box.checked) details.open = true;
    });
    this.#render();
  }

  #changed() {
    const kept = writeJson(storageKeys.letter, this.#read());
    if (kept) this.#saved.textContent = t.saved;
    else if (!this.#storageWarned) {
      this.#storageWarned = true;
      this.#saved.textContent = t.notSaved;
    }
    this.#render();
  }

  #offerUndo(before: Letter) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'app-button app-button--secondary';
    button.textContent = t.undoClear;
    button.addEventListener('click', () => {
      this.#load(before);
      this.#changed();
      this.#saved.textContent = t.restored;
      this.#inputs.get('to')?.focus();
    });
    this.#saved.replaceChildren(document.createTextNode(`${t.cleared} `), button);
  }

  /** The chosen points, in the order of the page (the topics' order). */
  #points(): { text: string; why: string }[] {
    return this.#boxes.filter((box) => box.checked).map((box) => ({ text: box.dataset.text ?? '', why: box.dataset.why ?? '' }));
  }

  #render() {
    const letter = this.#read();
    const chosen = letter.points.length;
    // A letter holds at most `max` points: the rest wait until one is taken off.
    this.#boxes.forEach((box) => (box.disabled = !box.checked && chosen >= this.#max));
    this.#count.textContent = chosen >= this.#max ? t.full(this.#max) : t.chosen(chosen, this.#max);
    this.all('[data-letter]').forEach((slot) => {
      const field = FIELDS.find((name) => name === slot.dataset.letter);
      if (field) slot.textContent = (letter.fields[field] ?? '').trim();
    });
    const points = this.#points();
    // A long letter prints in smaller type, so it stays on one page.
    const length = [...FIELDS.map((field) => letter.fields[field] ?? ''), ...points.map((point) => point.text + point.why)].join('').length;
    this.required('.app-letter-sheet').dataset.length = length > 450 ? 'long' : 'short';
    if (points.length === 0) {
      this.#sheetPoints.replaceChildren(...this.#blankPoints.map((node) => node.cloneNode(true)));
      return;
    }
    this.#sheetPoints.replaceChildren(
      ...points.map((point) => {
        const item = document.createElement('li');
        item.append(point.text);
        if (point.why) {
          const why = document.createElement('span');
          why.textContent = `——${point.why}`;
          item.append(why);
        }
        return item;
      }),
    );
  }

  #makePicture() {
    const letter = this.#read();
    const text = (field: Field) => (letter.fields[field] ?? '').trim();
    const remind = this.required('.app-letter-sheet__points').previousElementSibling?.textContent?.trim() ?? '';
    const blocks: Block[] = [
      { kind: 'band', text: t.pictureTitle, color: '#005a32' },
      { kind: 'heading', text: `${text('to') || t.toBlank}：` },
      ...(text('opening') ? [{ kind: 'text', text: `　　${text('opening')}` } as Block] : []),
      { kind: 'text', text: `　　${remind}` },
      ...this.#points().map((point, index): Block => ({ kind: 'item', marker: `${index + 1}.`, text: point.why ? `${point.text}——${point.why}` : point.text })),
      ...(text('personal') ? [{ kind: 'text', text: `　　${text('personal')}` } as Block] : []),
      ...(text('closing') ? [{ kind: 'text', text: `　　${text('closing')}` } as Block] : []),
      { kind: 'gap', size: 16 },
      ...(text('signature') ? [{ kind: 'text', text: text('signature'), align: 'right' } as Block] : []),
      ...(text('date') ? [{ kind: 'text', text: text('date'), align: 'right' } as Block] : []),
    ];
    try {
      showPicture(this.#picture, drawPicture(blocks), { alt: t.pictureAlt(text('to')), hint: t.pictureHint, save: t.pictureSave, fileName: t.pictureFile });
    } catch {
      this.#picture.hidden = false;
      this.#picture.textContent = t.pictureFailed;
    }
  }
}
customElements.define('app-letter', SafetyLetter);
