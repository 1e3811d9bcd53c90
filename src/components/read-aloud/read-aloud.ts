import { AppElement } from '../../scripts/app-element.ts';
import { readAloudText as t } from '../../i18n/zh-CN/read-aloud.ts';

/** How long to wait for the phone's voices, which many browsers list only some time after the page loads. */
const VOICE_WAIT_MS = 3000;
/** Blocks read aloud, in page order. */
const BLOCKS = 'h1, h2, h3, h4, p, li, dt, dd, figcaption, blockquote, th, td';
/** Parts never read: the contents list, links back to the top, sources, related cards, hidden words, this control. */
const SKIP =
  '.app-contents, .app-back-to-top, .app-sources, #related, [data-pagefind-ignore="all"], .app-visually-hidden, [aria-hidden="true"], [hidden], app-read-aloud, .app-breadcrumbs, svg';
/** Some speech engines stop on long utterances: read at most about this many characters at once. */
const CHUNK = 120;

type State = 'idle' | 'playing' | 'paused';

/** The phone's Chinese voice, if it has one: zh-CN first, then any Mandarin or Chinese voice. */
export function chineseVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const lang = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace('_', '-');
  return (
    voices.find((voice) => lang(voice) === 'zh-cn') ?? voices.find((voice) => /^(zh|cmn)(-hans)?\b/.test(lang(voice)) && !/-(hk|tw|yue)/.test(lang(voice)))
  );
}

/** Splits a block's text into pieces a speech engine reads without stopping: at sentence ends, then at commas. */
export function chunks(text: string, size = CHUNK): string[] {
  const sentences = text.match(/[^。！？；!?;]+[。！？；!?;]*/g) ?? [];
  const pieces: string[] = [];
  for (const sentence of sentences) {
    let rest = sentence.trim();
    while (rest.length > size) {
      const cut = Math.max(rest.lastIndexOf('，', size), rest.lastIndexOf('、', size));
      const at = cut > 0 ? cut + 1 : size;
      pieces.push(rest.slice(0, at));
      rest = rest.slice(at).trim();
    }
    if (rest) pieces.push(rest);
  }
  return pieces;
}

/** Phone numbers read digit by digit as people say them: 119 → 幺幺九 (an engine would say 一百一十九). */
export function spokenNumbers(text: string, numbers: readonly string[]): string {
  if (numbers.length === 0) return text;
  const pattern = new RegExp(`(?<!\\d)(${numbers.join('|')})(?!\\d)`, 'g');
  return text.replace(pattern, (number) => [...number].map((digit) => t.digits[Number(digit)] ?? digit).join(''));
}

/**
 * A block's text as read: its laid-out lines (an action and its reason are separate lines) joined into
 * sentences, so the voice pauses between them.
 */
function textOf(element: Element): string {
  const lines = ((element as HTMLElement).innerText ?? element.textContent ?? '').split(/\n+/).map((line) => line.replace(/\s+/g, ' ').trim());
  return lines
    .filter(Boolean)
    .map((line) => (/[。！？；：，、.!?:;]$/.test(line) ? line : `${line}。`))
    .join('');
}

/**
 * The read-aloud control. Appears only when the browser has speech synthesis and a Chinese voice (which may
 * be listed late: it listens for voiceschanged, then gives up after a few seconds).
 */
class ReadAloud extends AppElement {
  #play = this.required<HTMLButtonElement>('[data-action="play"]');
  #pause = this.required<HTMLButtonElement>('[data-action="pause"]');
  #stop = this.required<HTMLButtonElement>('[data-action="stop"]');
  #status = this.required('.app-read-aloud__status');
  #numbers = this.attribute('data-numbers').split(' ').filter(Boolean);
  #voice: SpeechSynthesisVoice | undefined;
  #state: State = 'idle';
  #run = 0;
  #current: Element | undefined;

  protected start() {
    const synth = window.speechSynthesis as SpeechSynthesis | undefined;
    if (!synth || typeof window.SpeechSynthesisUtterance !== 'function') return;
    const found = () => {
      this.#voice ??= chineseVoice(synth.getVoices());
      if (this.#voice) this.hidden = false;
      return Boolean(this.#voice);
    };
    if (!found()) {
      const listen = () => {
        if (found()) synth.removeEventListener?.('voiceschanged', listen);
      };
      synth.addEventListener?.('voiceschanged', listen);
      window.setTimeout(() => synth.removeEventListener?.('voiceschanged', listen), VOICE_WAIT_MS);
    }
    this.#play.addEventListener('click', () => this.#start());
    this.#pause.addEventListener('click', () => this.#togglePause());
    this.#stop.addEventListener('click', () => this.#end(''));
    // Leaving the page (or the WeChat view going away) stops the voice.
    window.addEventListener('pagehide', () => this.#end(''));
  }

  /** The blocks to read: the first part, then the page from the top without it. */
  #blocks(): Element[] {
    const scope = this.closest('article') ?? document.querySelector('main') ?? document.body;
    const firstPart = scope.querySelector(this.attribute('data-first'));
    const readable = (element: Element) => !element.closest(SKIP) && (element.textContent ?? '').trim() !== '' && !element.querySelector(BLOCKS);
    const inFirst = firstPart ? [...firstPart.querySelectorAll(BLOCKS)].filter(readable) : [];
    const title = scope.querySelector('h1');
    const rest = [...scope.querySelectorAll(BLOCKS)].filter((element) => readable(element) && !firstPart?.contains(element) && element !== title);
    return [...(title ? [title] : []), ...inFirst, ...rest];
  }

  #start() {
    const synth = window.speechSynthesis;
    synth.cancel();
    const run = ++this.#run;
    const queue = this.#blocks().flatMap((element) => chunks(spokenNumbers(textOf(element), this.#numbers)).map((text) => ({ element, text })));
    let index = 0;
    const next = () => {
      if (run !== this.#run) return;
      const item = queue[index++];
      if (!item) {
        this.#end(t.done);
        return;
      }
      this.#highlight(item.element);
      const utterance = new SpeechSynthesisUtterance(item.text);
      utterance.lang = 'zh-CN';
      if (this.#voice) utterance.voice = this.#voice;
      utterance.onend = () => next();
      utterance.onerror = (event) => {
        // A cancel (stop, a new start) is not a failure.
        if (run !== this.#run || event.error === 'canceled' || event.error === 'interrupted') return;
        this.#end(t.failed);
      };
      synth.speak(utterance);
    };
    this.#setState('playing', t.reading);
    next();
  }

  #togglePause() {
    const synth = window.speechSynthesis;
    if (this.#state === 'playing') {
      synth.pause();
      this.#setState('paused', t.paused);
    } else if (this.#state === 'paused') {
      synth.resume();
      this.#setState('playing', t.reading);
    }
  }

  #end(message: string) {
    if (this.#state === 'idle' && !message) return;
    this.#run += 1;
    window.speechSynthesis.cancel();
    this.#highlight(undefined);
    this.#setState('idle', message);
  }

  #highlight(element: Element | undefined) {
    this.#current?.classList.remove('app-reading');
    this.#current = element;
    if (!element) return;
    element.classList.add('app-reading');
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  }

  #setState(state: State, message: string) {
    const focusWasOn = document.activeElement;
    this.#state = state;
    this.#play.hidden = state !== 'idle';
    this.#pause.hidden = state === 'idle';
    this.#stop.hidden = state === 'idle';
    this.#pause.textContent = state === 'paused' ? t.resume : t.pause;
    this.#status.textContent = message;
    // Keep the keyboard where it was: the button pressed may just have been hidden.
    if (focusWasOn instanceof HTMLElement && focusWasOn.hidden) (state === 'idle' ? this.#play : this.#pause).focus();
  }
}
customElements.define('app-read-aloud', ReadAloud);
