import { AppElement } from './app-element.ts';
import { reportText as t } from '../i18n/zh-CN/report.ts';

/**
 * "Who to tell": one situation at a time. Without JavaScript every situation is on the page and the choices
 * are links to them; here a choice shows only its own answer (the address keeps the #situation, so the back
 * button and a shared link work), and each message can be copied in one tap.
 */
class ReportGuide extends AppElement {
  #choices = this.all<HTMLAnchorElement>('[data-choice]');
  #paths = this.all('[data-path]');
  #status = this.required('[data-report-status]');
  #showAllRow = this.required('[data-show-all-row]');

  protected start() {
    this.#choices.forEach((choice) =>
      choice.addEventListener('click', (event) => {
        event.preventDefault();
        const id = choice.dataset.choice ?? '';
        history.replaceState(null, '', `#${id}`);
        this.#show(id, true);
      }),
    );
    this.required('[data-action="show-all"]').addEventListener('click', () => {
      history.replaceState(null, '', location.pathname + location.search);
      this.#show(undefined, false);
      this.#status.textContent = t.showingAll;
    });
    window.addEventListener('hashchange', () => this.#fromAddress(true));
    this.#fromAddress(false);
    this.all<HTMLButtonElement>('[data-action="copy"]').forEach((button) => button.addEventListener('click', () => void this.#copy(button)));
  }

  /** Shows the situation named in the address, if it is one of ours; otherwise only the choices. */
  #fromAddress(focus: boolean) {
    const id = decodeURIComponent(location.hash.slice(1));
    const known = this.#paths.some((path) => path.dataset.path === id);
    this.#show(known ? id : null, focus && known);
  }

  /** `id`: that situation only; `null`: none yet (the choices say what there is); `undefined`: all of them. */
  #show(id: string | null | undefined, focus: boolean) {
    this.#paths.forEach((path) => (path.hidden = id !== undefined && path.dataset.path !== id));
    this.#choices.forEach((choice) => choice.setAttribute('aria-current', String(choice.dataset.choice === id)));
    this.#showAllRow.hidden = id === undefined;
    const shown = this.#paths.find((path) => path.dataset.path === id);
    if (shown && focus) {
      const heading = shown.querySelector('h3')?.textContent ?? '';
      this.#status.textContent = t.showing(heading);
      shown.focus();
      shown.scrollIntoView({ block: 'start' });
    }
  }

  async #copy(button: HTMLButtonElement) {
    const box = button.closest('.app-report__message');
    const text = box?.querySelector<HTMLTextAreaElement>('[data-message]');
    const said = box?.querySelector('.app-report__copied');
    if (!text || !said) return;
    try {
      await navigator.clipboard.writeText(text.value);
      said.textContent = t.copied;
    } catch {
      // Older WebViews have no clipboard API: select the words so a long press can copy them.
      text.focus();
      text.select();
      said.textContent = document.execCommand?.('copy') ? t.copied : t.copyFailed;
    }
  }
}
customElements.define('app-report', ReportGuide);
