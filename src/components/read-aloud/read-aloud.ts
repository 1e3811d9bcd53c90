import { AppElement } from '../../scripts/app-element.ts';
import { readAloudText as t } from '../../i18n/zh-CN/read-aloud.ts';
import type { ReadAloudPlayer } from './read-aloud-player.ts';

/** How long to wait for the phone's voices, which many browsers list only some time after the page loads. */
const VOICE_WAIT_MS = 3000;

/** The phone's Chinese voice, if it has one: zh-CN first, then any Mandarin or Chinese voice. */
export function chineseVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const lang = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace('_', '-');
  return (
    voices.find((voice) => lang(voice) === 'zh-cn') ?? voices.find((voice) => /^(zh|cmn)(-hans)?\b/.test(lang(voice)) && !/-(hk|tw|yue)/.test(lang(voice)))
  );
}

/**
 * The read-aloud control. Appears only when the browser has speech synthesis and a Chinese voice (which may
 * be listed late: it listens for voiceschanged, then gives up after a few seconds). The reading itself
 * (read-aloud-player.ts) loads on the first tap of ▶, so a page that is only read with the eyes does not
 * carry it; it is in the offline set with the page.
 */
class ReadAloud extends AppElement {
  #parts = {
    play: this.required<HTMLButtonElement>('[data-action="play"]'),
    pause: this.required<HTMLButtonElement>('[data-action="pause"]'),
    stop: this.required<HTMLButtonElement>('[data-action="stop"]'),
    status: this.required('.app-read-aloud__status'),
  };
  #voice: SpeechSynthesisVoice | undefined;
  #player: Promise<ReadAloudPlayer> | undefined;

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
    this.#parts.play.addEventListener('click', () => {
      this.#player ??= import('./read-aloud-player.ts').then(({ ReadAloudPlayer }) => new ReadAloudPlayer(this, this.#parts, this.#voice));
      this.#player.then(
        (player) => player.play(),
        () => {
          // Offline before the page was saved with its reader: say so, and try again on the next tap.
          this.#player = undefined;
          this.#parts.status.textContent = t.failed;
        },
      );
    });
  }
}
customElements.define('app-read-aloud', ReadAloud);
