import { AppElement } from '../../scripts/app-element.ts';
import { kioskText as t } from '../../i18n/zh-CN/kiosk.ts';
import {
  formatRange,
  NOTICE_MS,
  parseKioskParams,
  resolveLayout,
  scheduleState,
  TOUCH_IDLE_MS,
  type KioskOptions,
  type KioskTopicNames,
} from '../../lib/kiosk.ts';

/** Ticker speed: the strip's own height every second reads comfortably from a distance. */
const CRAWL_HEIGHTS_PER_SECOND = 1;
/** The order of a topic's slides (src/lib/slides.ts, kioskPlaylist). */
const KINDS = ['actions', 'sign', 'case', 'qr'];
/** Without motion (prefers-reduced-motion), each ticker item stands this long. */
const STEP_MS = 5000;

/**
 * The unattended screen (/kiosk/): plays the slides (or the ticker items) of the topics in the address,
 * loops for weeks without building anything per transition, shows the organiser's text as plain text,
 * follows the schedule on the screen's local time, and in touch mode lets people step, pause and pick a
 * topic, going back to the playlist after a minute alone. `?still=N` stands on one slide, for the image
 * export (src/cli/export-screens.ts). Inside the setup page (data-preview) it plays the form's settings.
 */
export class Kiosk extends AppElement {
  #screen = this.required('.app-kiosk__screen');
  #slides = this.all('.app-kiosk__slide');
  #track = this.required('.app-kiosk__track');
  #items = [...this.all('.app-kiosk__item'), ...this.#actionItems()];
  #position = this.required('.app-kiosk__position');
  #notice = this.required('.app-kiosk__notice');
  #night = this.required('.app-kiosk__night');
  #pause = this.required<HTMLButtonElement>('[data-action="pause"]');
  #topics = readNames(this.attribute('data-topics'));
  #verified = new Set(this.attribute('data-numbers').split(','));
  #options!: KioskOptions;
  #layout: 'slides' | 'ticker' = 'slides';
  #playlist: HTMLElement[] = [];
  #index = 0;
  #paused = false;
  /** A topic picked on the touch screen (until the idle return). */
  #picked = '';
  #timers: number[] = [];
  #advance = 0;
  #idle = 0;
  #noticeTimer = 0;
  #state: 'on' | 'dim' | 'off' = 'on';
  #search = '';
  #orgItem = this.required('.app-kiosk__item--org');

  protected start() {
    const preview = this.hasAttribute('data-preview');
    this.addEventListener('click', (event) => this.#onClick(event));
    document.addEventListener('keydown', (event) => this.#onKey(event));
    this.addEventListener('pointerdown', () => this.#touched(), { passive: true });
    this.addEventListener('contextmenu', (event) => this.dataset.touch !== undefined && event.preventDefault());
    // A player that resizes its window to a strip (or back) gets the other layout.
    addEventListener('resize', () => this.#applyShape() && this.configure(this.#search));
    this.configure(preview ? '' : location.search);
    if (preview || this.#options.still || this.hasAttribute('data-package')) return;
    const keepAwake = () =>
      (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<unknown> } }).wakeLock?.request('screen').catch(() => undefined);
    void keepAwake();
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void keepAwake());
    // Saves the playlist; reloads only for a real new release.
    void import('../../scripts/kiosk-update.ts').then(({ startKioskUpdates }) => startKioskUpdates());
  }

  /** (Re)starts with the settings in `search` (an address's query; the setup page's form for its preview). */
  configure(search: string) {
    this.#stop();
    this.#search = search;
    const options = parseKioskParams(search, this.#topics, this.#verified);
    this.#options = options;
    this.toggleAttribute('data-touch', options.touch);
    this.#applyShape();
    // The organiser's words only ever as text (textContent), never as markup.
    this.required('.app-kiosk__org').textContent = options.org || t.defaultOrg;
    const orgNote = this.required('.app-kiosk__org-note');
    orgNote.dataset.default ??= orgNote.textContent ?? '';
    orgNote.textContent = options.note || (options.org ? '' : orgNote.dataset.default);
    this.#orgItem.hidden = !options.org && !options.note;
    this.required('.app-kiosk__item-topic', this.#orgItem).textContent = options.org || t.defaultOrg;
    this.required('.app-kiosk__item-text', this.#orgItem).textContent = options.note;
    this.#picked = '';
    this.#paused = false;
    // Touch chips for the topics this screen plays (all of them when none were chosen).
    this.all<HTMLButtonElement>('.app-kiosk__chips button').forEach(
      (chip) => (chip.hidden = !!chip.dataset.topic && !options.topics.includes(chip.dataset.topic)),
    );
    this.#build();
    this.dataset.count = String(this.#playlist.length);
    if (options.still) {
      this.#show(options.still - 1);
      this.dataset.ready = 'still';
      return;
    }
    this.#show(0);
    this.#showNotices();
    this.#checkSchedule();
    this.#timers.push(window.setInterval(() => this.#checkSchedule(), 30_000));
    this.#restartAdvance();
    this.dataset.ready = 'playing';
  }

  /** What the kiosk could not use in its settings (the setup page lists them). */
  notices(): KioskOptions['notices'] {
    return this.#options.notices;
  }

  #stop() {
    for (const timer of [...this.#timers, this.#advance]) window.clearInterval(timer);
    window.clearTimeout(this.#idle);
    window.clearTimeout(this.#noticeTimer);
    this.#notice.hidden = true;
    this.#night.hidden = true;
    this.#state = 'on';
    this.#timers = [];
    this.#track.classList.remove('app-kiosk__track--running', 'app-kiosk__track--stepping');
  }

  /** Sets the layout and shape for the screen's size; true when the layout changed. */
  #applyShape(): boolean {
    const box = this.#screen.getBoundingClientRect();
    const { layout, shape } = resolveLayout(this.#options, box.width || innerWidth, box.height || innerHeight);
    this.dataset.shape = shape;
    const changed = this.dataset.layout !== layout;
    this.dataset.layout = layout;
    return changed;
  }

  /** The slides or ticker items of the chosen topics, in the order asked; the theme (and organiser) first. */
  #build() {
    this.#layout = this.dataset.layout === 'ticker' ? 'ticker' : 'slides';
    const topics = this.#picked ? [this.#picked] : this.#options.topics;
    const parts = this.#layout === 'ticker' ? this.#items.filter((item) => !item.hidden) : this.#slides;
    // Topic by topic in the order asked, each as the playlist has it (actions, sign, case, QR code); a slide
    // two topics share plays with the first of them played. Slides without a topic (the theme) come first.
    const order = (part: HTMLElement) => {
      if (!part.dataset.topic) return -1;
      const found = part.dataset.topic
        .split(' ')
        .map((topic) => topics.indexOf(topic))
        .filter((index) => index >= 0);
      return found.length > 0 ? Math.min(...found) * 10 + Math.max(0, KINDS.indexOf(part.dataset.slide?.split('-')[0] ?? '')) : Infinity;
    };
    this.#playlist = parts.filter((part) => order(part) < Infinity).sort((a, b) => order(a) - order(b));
    for (const part of [...this.#slides, ...this.#items]) part.classList.remove('app-kiosk__slide--current', 'app-kiosk__item--current');
    this.all('.app-kiosk__chips button').forEach((chip) => chip.setAttribute('aria-pressed', String(chip.dataset.topic === this.#picked)));
    if (this.#layout === 'ticker') this.#buildTicker();
  }

  /** A ticker item for each key action, from the actions slides (the page carries each action once). */
  #actionItems(): HTMLElement[] {
    const template = this.required('.app-kiosk__item--theme');
    return this.all('.app-kiosk__slide--actions').flatMap((slide) =>
      [...slide.querySelectorAll<HTMLElement>('.app-kiosk__action')].map((action) => {
        const item = template.cloneNode(true) as HTMLElement;
        item.className = 'app-kiosk__item';
        item.dataset.topic = slide.dataset.topic ?? '';
        this.required('.app-kiosk__item-topic', item).textContent = slide.dataset.name ?? '';
        this.required('.app-kiosk__item-text', item).textContent = this.required('.app-kiosk__action-text', action).textContent;
        const picture = action.querySelector('img')?.cloneNode() as HTMLImageElement | undefined;
        if (picture) {
          picture.className = 'app-kiosk__item-picture';
          picture.alt = '';
          item.prepend(picture);
        }
        return item;
      }),
    );
  }

  /** The crawl: the items twice over, moving left by half the track forever (one CSS animation, nothing built per turn). */
  #buildTicker() {
    const copies = this.#playlist.map((item) => {
      const copy = item.cloneNode(true) as HTMLElement;
      copy.setAttribute('aria-hidden', 'true');
      copy.dataset.copy = '';
      return copy;
    });
    this.#track.querySelectorAll('[data-copy]').forEach((copy) => copy.remove());
    const stepping = Boolean(this.#options.still) || matchMedia('(prefers-reduced-motion: reduce)').matches || this.hasAttribute('data-preview');
    this.#track.replaceChildren(...this.#playlist, ...(stepping ? [] : copies));
    this.#track.classList.toggle('app-kiosk__track--stepping', stepping);
    if (stepping) return;
    requestAnimationFrame(() => {
      const height = this.#screen.getBoundingClientRect().height || 160;
      this.#track.style.animationDuration = `${Math.max(10, this.#track.scrollWidth / 2 / (height * CRAWL_HEIGHTS_PER_SECOND))}s`;
      this.#track.classList.add('app-kiosk__track--running');
    });
  }

  #show(index: number) {
    const count = this.#playlist.length;
    this.#index = ((index % count) + count) % count;
    const current = this.#layout === 'ticker' ? 'app-kiosk__item--current' : 'app-kiosk__slide--current';
    this.#playlist.forEach((part, position) => part.classList.toggle(current, position === this.#index));
    this.#position.textContent = t.position(this.#index + 1, count);
  }

  #restartAdvance() {
    window.clearInterval(this.#advance);
    const stepping = this.#track.classList.contains('app-kiosk__track--stepping');
    if (this.#layout === 'ticker' && !stepping) return;
    const every = this.#layout === 'ticker' ? STEP_MS : this.#options.interval * 1000;
    this.#advance = window.setInterval(() => {
      if (!this.#paused && this.#state !== 'off') this.#show(this.#index + 1);
    }, every);
  }

  /** What in the address could not be used, for 10 s, as plain text. */
  #showNotices() {
    const notices = this.#options.notices;
    this.#notice.hidden = notices.length === 0;
    this.required('ul', this.#notice).replaceChildren(
      ...notices.map((notice) => {
        const item = document.createElement('li');
        item.textContent = t.notice(notice);
        return item;
      }),
    );
    if (notices.length > 0) this.#noticeTimer = window.setTimeout(() => (this.#notice.hidden = true), NOTICE_MS);
  }

  /** On, dimmed or dark, by the screen's own clock. */
  #checkSchedule() {
    const now = new Date();
    const state = scheduleState(this.#options.schedule, now.getHours() * 60 + now.getMinutes());
    this.#state = state;
    this.#night.hidden = state === 'on';
    this.#night.dataset.state = state;
    const hours = this.#options.schedule.hours;
    this.required('p', this.#night).textContent = state === 'off' && hours ? t.resting(formatRange(hours)) : '';
    this.#track.style.animationPlayState = state === 'off' ? 'paused' : '';
  }

  #togglePause() {
    this.#paused = !this.#paused;
    this.#pause.setAttribute('aria-pressed', String(this.#paused));
    this.#pause.textContent = this.#paused ? t.resume : t.pause;
    this.#show(this.#index);
  }

  #step(by: number) {
    this.#show(this.#index + by);
    this.#restartAdvance();
  }

  /** Any touch restarts the minute after which a touch kiosk goes back to its playlist. */
  #touched() {
    if (!this.#options?.touch) return;
    window.clearTimeout(this.#idle);
    this.#idle = window.setTimeout(() => this.#backToPlaylist(), TOUCH_IDLE_MS);
  }

  #backToPlaylist() {
    this.#picked = '';
    if (this.#paused) this.#togglePause();
    this.#build();
    this.#show(0);
    this.#restartAdvance();
  }

  #onClick(event: Event) {
    if (!this.#options.touch || this.#options.still) return;
    const target = event.target as HTMLElement;
    const button = target.closest<HTMLButtonElement>('button');
    if (!button) {
      if (target.closest('.app-kiosk__stage')) this.#togglePause();
      return;
    }
    if (button.dataset.go) this.#step(Number(button.dataset.go));
    else if (button.dataset.action === 'pause') this.#togglePause();
    else if (button.dataset.topic !== undefined) {
      this.#picked = button.dataset.topic;
      this.#build();
      this.#show(0);
      this.#restartAdvance();
    }
  }

  #onKey(event: KeyboardEvent) {
    if (this.hasAttribute('data-preview') || this.#options.still) return;
    if (event.target instanceof HTMLElement && event.target.closest('input, select, textarea, button')) return;
    this.#touched();
    if (event.key === ' ') {
      event.preventDefault();
      this.#togglePause();
    } else if (event.key === 'ArrowRight' || event.key === 'PageDown') this.#step(1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') this.#step(-1);
  }

  disconnectedCallback() {
    this.#stop();
  }
}
/** "id:name|name/alias|alias;…" (KioskDeck.astro) → the topics' names. */
function readNames(attribute: string): KioskTopicNames[] {
  return attribute.split(';').map((entry) => {
    const [id = '', rest = ''] = entry.split(':');
    const [names = '', aliases = ''] = rest.split('/');
    return { id, names: names.split('|').filter(Boolean), aliases: aliases.split('|').filter(Boolean) };
  });
}

customElements.define('app-kiosk', Kiosk);
