import { AppElement } from './app-element.ts';
import { activeWorker, ask } from './offline-client.ts';
import { offlineText as t } from '../i18n/zh-CN/offline.ts';
import type { GroupStatus } from '../lib/offline-protocol.ts';

/**
 * 「保存到本机，离线也能看」 (SaveOffline.astro): asks the service worker what is saved, shows the size of the
 * core set, saves it on request with progress, and offers to retry the files that failed. The state is in
 * `data-state` (ready, saving, partial, saved). Without a worker (old browser, plain http, private mode) it
 * says why nothing can be saved.
 */
class SaveOffline extends AppElement {
  #text = this.required('.app-save-offline__text');
  #note = this.required('.app-save-offline__note');
  #progress = this.required<HTMLProgressElement>('.app-save-offline__progress');
  #status = this.required('.app-save-offline__status');
  #button = this.required<HTMLButtonElement>('.app-save-offline__button');
  #size = '';

  protected start() {
    this.#button.addEventListener('click', () => void this.#save());
    void this.#check();
  }

  async #check() {
    if (!('serviceWorker' in navigator)) return this.#show(t.unsupported);
    if (!window.isSecureContext) return this.#show(t.insecure);
    this.#show(t.checking);
    const worker = await activeWorker();
    if (!worker) return this.#show(t.noWorker);
    const reply = await ask(worker, { type: 'lifeline:status' }, undefined, 3000);
    if (reply.type !== 'status') return this.#show(t.noWorker);
    const core = reply.groups.core;
    this.#size = t.size(core.bytes);
    if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) {
      this.#note.textContent = t.saveData;
      this.#note.hidden = false;
    }
    this.#render(core);
  }

  #render(core: GroupStatus) {
    const complete = core.wanted && core.saved >= core.files;
    this.#show(complete ? t.saved(this.#size) : t.intro(this.#size));
    if (core.wanted && !complete) this.#status.textContent = t.partial(core.files - core.saved, core.files);
    this.#button.textContent = core.wanted && !complete ? t.retry : t.button;
    this.#button.hidden = complete;
    this.dataset['state'] = complete ? 'saved' : core.wanted ? 'partial' : 'ready';
  }

  async #save() {
    const worker = await activeWorker();
    if (!worker) return this.#show(t.noWorker);
    // Ask the browser to keep this site's storage (and the reader's own data) when space runs low.
    void navigator.storage?.persist?.().catch(() => false);
    this.#button.disabled = true;
    this.#progress.hidden = false;
    this.dataset['state'] = 'saving';
    const reply = await ask(worker, { type: 'lifeline:save', group: 'core' }, (progress) => {
      this.#progress.max = progress.total;
      this.#progress.value = progress.done;
      this.#status.textContent = t.saving(progress.done, progress.total);
    });
    this.#progress.hidden = true;
    this.#button.disabled = false;
    if (reply.type !== 'saved') {
      this.#status.textContent = t.failed;
      this.#button.textContent = t.retry;
      this.dataset['state'] = 'partial';
      return;
    }
    this.#status.textContent = reply.failed.length > 0 ? t.partial(reply.failed.length, reply.total) : '';
    const status = await ask(worker, { type: 'lifeline:status' }, undefined, 5000);
    if (status.type === 'status') this.#render(status.groups.core);
    if (reply.failed.length > 0) this.#status.textContent = t.partial(reply.failed.length, reply.total);
  }

  #show(text: string) {
    this.#text.textContent = text;
  }
}

customElements.define('app-save-offline', SaveOffline);
