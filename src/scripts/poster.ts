import { AppElement } from './app-element.ts';
import './print-support.ts';

/** Prints the poster on A4 or A3: the poster is laid out in mm, and A3 scales it by √2. */
class Poster extends AppElement {
  protected start() {
    this.addEventListener('click', (event) => {
      const size = (event.target as HTMLElement).closest<HTMLElement>('[data-size]')?.dataset['size'];
      if (!size) return;
      document.documentElement.classList.toggle('app-print-a3', size === 'a3');
      window.print();
    });
  }
}
customElements.define('app-poster', Poster);
