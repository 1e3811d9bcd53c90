import { AppElement } from '../../scripts/app-element.ts';
import { classDeckText as t } from '../../i18n/zh-CN/class.ts';
import { writeString } from '../../lib/storage.ts';
import { storageKeys } from '../../lib/storage.ts';

/**
 * The lesson deck (ClassDeck.astro): one slide at a time, stepped by a clicker (Page Down / Page Up), the
 * arrow keys, Space or Enter, or the buttons on the bar. A press forward first reveals what the slide keeps
 * back (a question's answer, a scenario card's key points), then moves on. The slide number is kept in the
 * address (#3), so a reload or a shared link opens the same slide. On a question slide the teacher can count
 * raised hands per option (+1 buttons, or the keys 1–4).
 *
 * The deck's layout is all CSS, applied before the first paint (html.app-js is set in <head>); this module
 * only chooses which slide shows, so nothing moves when it starts.
 */
class ClassDeck extends AppElement {
  #slides = this.all('.app-slide');
  #position = this.required('.app-slides__position');
  #index = 0;

  protected start() {
    const audience = this.getAttribute('data-remember');
    if (audience) writeString(storageKeys.classAudience, audience);
    const fromHash = Number(location.hash.slice(1)) - 1;
    this.#show(Number.isInteger(fromHash) && fromHash >= 0 ? fromHash : 0);
    this.setAttribute('data-ready', '');
    document.addEventListener('keydown', (event) => this.#onKey(event));
    this.addEventListener('click', (event) => this.#onClick(event));
    window.addEventListener('hashchange', () => {
      const index = Number(location.hash.slice(1)) - 1;
      if (Number.isInteger(index) && index >= 0 && index !== this.#index) this.#show(index);
    });
  }

  #show(index: number) {
    this.#index = Math.max(0, Math.min(this.#slides.length - 1, index));
    this.#slides.forEach((slide, position) => slide.classList.toggle('app-slide--current', position === this.#index));
    this.#position.textContent = t.position(this.#index + 1, this.#slides.length);
    history.replaceState(null, '', `#${this.#index + 1}`);
  }

  get #current(): HTMLElement | undefined {
    return this.#slides[this.#index];
  }

  #reveal() {
    const slide = this.#current;
    if (!slide?.querySelector('[data-reveal]')) return false;
    if (slide.hasAttribute('data-revealed')) return false;
    slide.setAttribute('data-revealed', '');
    return true;
  }

  /** Next press: first reveal what this slide keeps back, if anything; then move on. */
  #forward() {
    if (!this.#reveal()) this.#show(this.#index + 1);
  }

  #tally(letter: string) {
    const button = this.#current?.querySelector<HTMLButtonElement>(`[data-tally="${CSS.escape(letter)}"]`);
    const count = button?.querySelector('[data-count]');
    if (!button || !count) return;
    count.textContent = String(Number(count.textContent) + 1);
  }

  #onKey(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target instanceof HTMLElement && event.target.closest('input, select, textarea')) return;
    const key = event.key;
    // Space and Enter still press a focused button or link; elsewhere they turn the page, as a clicker does.
    const onControl = event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement;
    if (['ArrowRight', 'ArrowDown', 'PageDown'].includes(key) || (!onControl && (key === ' ' || key === 'Enter'))) {
      event.preventDefault();
      this.#forward();
    } else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(key)) {
      event.preventDefault();
      this.#show(this.#index - 1);
    } else if (key === 'Home') this.#show(0);
    else if (key === 'End') this.#show(this.#slides.length - 1);
    else if (key === 'f' || key === 'F') this.#fullscreen();
    else if (key === 'a' || key === 'A') this.#reveal();
    else if (/^[1-4]$/.test(key)) {
      const option = this.#current?.querySelectorAll<HTMLElement>('[data-option]')[Number(key) - 1];
      if (option?.dataset['option']) this.#tally(option.dataset['option']);
    }
  }

  #onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLElement>('button');
    if (!button) return;
    if (button.dataset['go'] === '1') this.#forward();
    else if (button.dataset['go'] === '-1') this.#show(this.#index - 1);
    else if (button.dataset['action'] === 'reveal') this.#reveal();
    else if (button.dataset['action'] === 'fullscreen') this.#fullscreen();
    else if (button.dataset['tally']) this.#tally(button.dataset['tally']);
  }

  #fullscreen() {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }
}

customElements.define('app-class-deck', ClassDeck);
