import { AppElement } from '../../scripts/app-element.ts';
import { storageKeys, writeString } from '../../lib/storage.ts';

/**
 * 大字模式: switches the root font size. The head script has already applied a saved choice before the
 * first paint; this element only reflects and changes it.
 */
class LargeTextToggle extends AppElement {
  #button = this.required<HTMLButtonElement>('button');

  protected start() {
    this.#render(document.documentElement.classList.contains('app-large-text'));
    this.#button.addEventListener('click', () => {
      const on = !document.documentElement.classList.contains('app-large-text');
      writeString(storageKeys.largeText, on ? '1' : '0');
      this.#render(on);
    });
  }

  #render(on: boolean) {
    document.documentElement.classList.toggle('app-large-text', on);
    this.#button.setAttribute('aria-pressed', String(on));
  }
}
customElements.define('app-large-text-toggle', LargeTextToggle);
