import { AppElement } from '../../scripts/app-element.ts';
import { printingAvailable } from '../../scripts/save-picture.ts';

/** Print button and "save as picture" for a tool's sheet; hides printing where the browser cannot print. */
class ExportActions extends AppElement {
  #print = this.required<HTMLButtonElement>('[data-action="print"]');
  #noPrint = this.required('[data-no-print]');

  protected start() {
    if (!printingAvailable()) {
      this.#print.hidden = true;
      this.#noPrint.hidden = false;
    }
    this.#print.addEventListener('click', () => window.print());
  }
}
customElements.define('app-export', ExportActions);
