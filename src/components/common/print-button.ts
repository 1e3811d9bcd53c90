import { AppElement } from '../../scripts/app-element.ts';
import '../../scripts/print-support.ts';

/** Opens the print dialog. */
class PrintButton extends AppElement {
  #button = this.required<HTMLButtonElement>('button');

  protected start() {
    this.#button.addEventListener('click', () => window.print());
  }
}
customElements.define('app-print-button', PrintButton);
