import { AppElement, readParam } from '../../scripts/app-element.ts';
import { filterText as t } from '../../i18n/zh-CN/filter.ts';

/**
 * Keeps the chosen chip in the address (?topic=gas), so a filtered list can be shared, and says how many
 * items are shown. The filtering itself is CSS (/filters.css), so it works without JavaScript too.
 */
class Filter extends AppElement {
  #radios = this.all<HTMLInputElement>('.app-chips input[type="radio"]');
  #count = this.required('.app-chips__count');

  protected start() {
    const name = this.#radios[0]?.name ?? '';
    const wanted = readParam(
      name,
      this.#radios.map((radio) => radio.value),
    );
    const start = this.#radios.find((radio) => radio.value === wanted);
    if (start) start.checked = true;
    this.addEventListener('change', (event) => {
      const radio = event.target as HTMLInputElement;
      if (radio.name !== name) return;
      const url = new URL(location.href);
      if (radio.value) url.searchParams.set(name, radio.value);
      else url.searchParams.delete(name);
      history.replaceState(null, '', url);
      const shown = this.all('[data-count]').filter((item) => item.offsetParent !== null).length;
      this.#count.textContent = t.shown(shown);
    });
  }
}
customElements.define('app-filter', Filter);
