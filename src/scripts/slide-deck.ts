import { AppElement } from './app-element.ts';
import { slidesText as t } from '../i18n/zh-CN/slides.ts';

/**
 * The deck made from a topic page (SlideDeck.astro), for a topic without lessons yet: one slide at a time,
 * stepped with the arrow keys, Page Up/Down (a clicker), Space or Enter, or the buttons on the bar. A press
 * forward first reveals the next answer the slide keeps back, then moves on. The slide number is kept in the address (#3),
 * so a reload or a shared link opens the same slide.
 *
 * The deck's layout is all CSS, applied before the first paint (html.app-js is set in <head>); this module only
 * chooses which slide shows, so nothing moves when it starts.
 */
class SlideDeck extends AppElement {
  #slides = this.all('.app-slide');
  #position = this.required('.app-slides__position');
  #stage = this.required('.app-slides__stage');
  #bar = this.required('.app-slides__controls');
  #index = 0;

  protected start() {
    // The bar's height is fixed in CSS for usual screens; where it needs more (a very narrow phone, big text) the
    // stage gives way, so the bar never covers the slide. Where it does not, this changes nothing.
    new ResizeObserver(() => (this.#stage.style.insetBlockEnd = `${this.#bar.getBoundingClientRect().height}px`)).observe(this.#bar);
    this.#show(slideInHash(location.hash) ?? 0);
    this.setAttribute('data-ready', '');
    document.addEventListener('keydown', (event) => this.#onKey(event));
    this.addEventListener('click', (event) => this.#onClick(event));
  }

  #show(index: number) {
    this.#index = Math.max(0, Math.min(this.#slides.length - 1, index));
    this.#slides.forEach((slide, position) => slide.classList.toggle('app-slide--current', position === this.#index));
    this.#position.textContent = t.position(this.#index + 1, this.#slides.length);
    history.replaceState(null, '', `#${this.#index + 1}`);
  }

  /** The parts of the current slide that wait for a press (answers). */
  #hidden(): HTMLElement[] {
    return [...(this.#slides[this.#index]?.querySelectorAll<HTMLElement>('[data-reveal]:not(.app-slide--revealed)') ?? [])];
  }

  #revealAll() {
    for (const part of this.#hidden()) part.classList.add('app-slide--revealed');
  }

  /** Next press: first reveal the next answer on this slide, if one is still hidden; then move on. */
  #forward() {
    const [next] = this.#hidden();
    if (next) next.classList.add('app-slide--revealed');
    else this.#show(this.#index + 1);
  }

  #onKey(event: KeyboardEvent) {
    if (event.target instanceof HTMLElement && event.target.closest('input, select, textarea')) return;
    const key = event.key;
    // Space and Enter still press a focused button or link; elsewhere they turn the page, as a clicker does.
    const onControl = event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement;
    if (['ArrowRight', 'PageDown'].includes(key) || (!onControl && (key === ' ' || key === 'Enter'))) {
      event.preventDefault();
      this.#forward();
    } else if (['ArrowLeft', 'PageUp', 'Backspace'].includes(key)) {
      event.preventDefault();
      this.#show(this.#index - 1);
    } else if (key === 'Home') this.#show(0);
    else if (key === 'End') this.#show(this.#slides.length - 1);
    else if (key === 'f' || key === 'F') toggleFullscreen();
    else if (key === 'a' || key === 'A') this.#revealAll();
  }

  #onClick(event: Event) {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('button') : null;
    if (!button) return;
    if (button.dataset['go'] === '1') this.#forward();
    else if (button.dataset['go'] === '-1') this.#show(this.#index - 1);
    else if (button.dataset['action'] === 'reveal') this.#revealAll();
    else if (button.dataset['action'] === 'fullscreen') toggleFullscreen();
  }
}

/** The slide index (from 0) an address's hash asks for (#3 → 2), or undefined for anything else. */
function slideInHash(hash: string): number | undefined {
  const index = Number(hash.slice(1)) - 1;
  return Number.isInteger(index) && index >= 0 ? index : undefined;
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

customElements.define('app-slides', SlideDeck);
