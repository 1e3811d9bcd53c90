import { AppElement } from '../../scripts/app-element.ts';
import { kioskText as t } from '../../i18n/zh-CN/kiosk.ts';
import { kioskQuery, parseKioskParams, resolveLayout, type KioskLayout, type KioskOrientation } from '../../lib/kiosk.ts';
// The preview's element is defined first, so it is running when the form first fills it.
import type { Kiosk } from './kiosk-deck.ts';

/**
 * /kiosk/setup/: turns the form into the kiosk's address, shows what the screen will say about it (a
 * telephone number taken out, a time it cannot read), and plays it in the preview, the real kiosk in a box
 * of the screen's shape.
 */
class KioskSetup extends AppElement {
  #form = this.required<HTMLFormElement>('form');
  #output = this.required<HTMLOutputElement>('output');
  #problems = this.required<HTMLUListElement>('.app-kiosk-setup__problems');
  #copied = this.required('.app-kiosk-setup__copied');
  #frame = this.required('.app-kiosk-setup__preview');
  #kiosk = this.required<Kiosk>('app-kiosk');
  #address = '';

  protected start() {
    this.#form.addEventListener('input', () => this.#update());
    this.#form.addEventListener('change', () => this.#update());
    // Opens the clean address (no empty fields) rather than the form's raw one.
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      location.assign(this.#address);
    });
    this.required('[data-action="copy"]').addEventListener('click', () => void this.#copy());
    this.#update();
  }

  #update() {
    const form = new FormData(this.#form);
    const value = (name: string) => String(form.get(name) ?? '');
    const query = kioskQuery({
      topics: form.getAll('topics').map(String),
      interval: Number(value('interval')),
      layout: value('layout') as KioskLayout,
      orientation: value('orientation') as KioskOrientation,
      touch: form.has('touch'),
      org: value('org'),
      note: value('note'),
      hours: value('hours'),
      dim: value('dim'),
    });
    this.#address = new URL(this.#form.getAttribute('action') ?? '', location.href).href + query;
    this.#output.value = this.#address;
    const options = parseKioskParams(query, [], new Set());
    // The frame takes the screen's shape first, so the preview lays itself out for it.
    const { layout, shape } = resolveLayout(options, 16, 9);
    this.#frame.dataset.frame = layout === 'ticker' ? 'strip' : shape;
    this.#kiosk.configure(query);
    // The kiosk knows the topics and the verified numbers: its own reading gives the notices.
    this.#problems.replaceChildren(
      ...this.#kiosk.notices().map((notice) => {
        const item = document.createElement('li');
        item.textContent = t.notice(notice);
        return item;
      }),
    );
  }

  async #copy() {
    try {
      await navigator.clipboard.writeText(this.#address);
      this.#copied.textContent = t.copied;
    } catch {
      this.#copied.textContent = t.copyFailed;
    }
  }
}
customElements.define('app-kiosk-setup', KioskSetup);
