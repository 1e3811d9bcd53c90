import { AppElement } from './app-element.ts';
import { escapePlanText as t } from '../i18n/zh-CN/escape-plan.ts';
import { readJson, remove, storageKeys, writeJson } from '../lib/storage.ts';

type Plan = Record<string, string>;
const isPlan = (value: unknown): value is Plan =>
  !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((text) => typeof text === 'string');

/** The family escape plan: saves what the family types, on the device only, as they type it. */
class EscapePlan extends AppElement {
  #fields = this.all<HTMLTextAreaElement>('textarea');
  #status = this.required('.app-plan-form__saved');

  protected start() {
    const saved = readJson<Plan>(storageKeys.escapePlan, {}, isPlan);
    // Own properties only: a field named like a prototype property (constructor…) starts empty.
    this.#fields.forEach((field) => (field.value = Object.hasOwn(saved, field.name) ? (saved[field.name] ?? '') : ''));
    this.addEventListener('input', () => {
      const kept = writeJson(storageKeys.escapePlan, Object.fromEntries(this.#fields.map((field) => [field.name, field.value])));
      this.#status.textContent = kept ? t.saved : t.notSaved;
    });
    this.optional('[data-action="clear"]')?.addEventListener('click', () => {
      this.#fields.forEach((field) => (field.value = ''));
      remove(storageKeys.escapePlan);
      this.#status.textContent = t.cleared;
      this.#fields[0]?.focus();
    });
  }
}
customElements.define('app-escape-plan', EscapePlan);
