// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { AppElement, ElementError, oneOf, readParam } from '../../src/scripts/app-element.ts';

let tags = 0;
/** Defines a fresh island (a tag of its own per test) and places it in the page with the given children. */
function island<T extends AppElement>(Island: new () => T, children: string): T {
  const tag = `app-test-${++tags}`;
  // The markup is in the page before the element is defined, as it is when a module script defines it.
  const holder = document.createElement('div');
  holder.innerHTML = `<${tag}>${children}</${tag}>`;
  document.body.append(holder);
  customElements.define(tag, Island);
  return holder.firstElementChild as T;
}

afterEach(() => document.body.replaceChildren());

describe('an island on the base class', () => {
  it('starts when it is placed in the page', () => {
    class Counter extends AppElement {
      starts = 0;
      protected start() {
        this.starts += 1;
      }
    }
    expect(island(Counter, '').starts).toBe(1);
  });

  it('starts only once, even when it is moved and connected again', () => {
    class Counter extends AppElement {
      starts = 0;
      clicks = 0;
      protected start() {
        this.starts += 1;
        this.addEventListener('click', () => (this.clicks += 1));
      }
    }
    const element = island(Counter, '');
    document.body.append(element);
    element.remove();
    document.body.prepend(element);
    element.click();
    expect(element.starts).toBe(1);
    expect(element.clicks).toBe(1);
  });

  it('finds a required child, typed as the caller asks', () => {
    class WithButton extends AppElement {
      button = this.required<HTMLButtonElement>('button');
      protected start() {}
    }
    expect(island(WithButton, '<button type="button">ok</button>').button.type).toBe('button');
  });

  it('throws an ElementError that names the element and the missing child', () => {
    class Needy extends AppElement {
      protected start() {}
      find(selector: string) {
        return this.required(selector);
      }
    }
    const element = island(Needy, '<ol class="app-needy__list"></ol>');
    expect(element.find('.app-needy__list').localName).toBe('ol');
    expect(() => element.find('.app-needy__stage')).toThrow(ElementError);
    expect(() => element.find('.app-needy__stage')).toThrow(/^<app-test-\d+>: missing \.app-needy__stage$/);
    try {
      element.find('.app-needy__stage');
    } catch (error) {
      // The name survives minification, which renames the class.
      expect((error as Error).name).toBe('ElementError');
    }
  });

  it('a broken island reports its error and the islands after it still start', () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    class Broken extends AppElement {
      list = this.required('ol');
      protected start() {}
    }
    class Fine extends AppElement {
      started = false;
      protected start() {
        this.started = true;
      }
    }
    try {
      island(Broken, '<p>no list</p>');
    } catch (error) {
      errors.push(error);
    }
    const fine = island(Fine, '');
    window.removeEventListener('error', onError);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(ElementError);
    expect(fine.started).toBe(true);
  });

  it('gives null for a missing optional child, and every match as an array', () => {
    class Lists extends AppElement {
      note: HTMLElement | null = this.optional('.app-note');
      items: HTMLElement[] = this.all('li');
      protected start() {}
    }
    const element = island(Lists, '<ul><li>1</li><li>2</li></ul>');
    expect(element.note).toBeNull();
    expect(element.items.map((item) => item.textContent)).toEqual(['1', '2']);
  });
});

describe('URL parameters read from an allow-list', () => {
  const modes = ['practice', 'challenge', 'mistakes', 'signs'] as const;

  it('accepts a listed value', () => {
    expect(readParam('mode', modes, '?mode=challenge&topic=gas')).toBe('challenge');
  });

  it('rejects names that an object’s prototype carries', () => {
    for (const value of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(readParam('mode', modes, `?mode=${value}`), value).toBeUndefined();
    }
  });

  it('rejects a missing, empty or differently written value', () => {
    expect(readParam('mode', modes, '?topic=gas')).toBeUndefined();
    expect(readParam('mode', modes, '?mode=')).toBeUndefined();
    expect(readParam('mode', modes, '?mode=Practice')).toBeUndefined();
    expect(readParam('mode', modes, '?mode=practice%20')).toBeUndefined();
  });

  it('reads the page’s own address by default', () => {
    history.replaceState(null, '', '/quiz/?mode=signs');
    expect(readParam('mode', modes)).toBe('signs');
  });

  it('checks any value the same way', () => {
    expect(oneOf('gas', ['gas', 'fire'])).toBe('gas');
    expect(oneOf(null, ['gas'])).toBeUndefined();
    expect(oneOf(undefined, ['gas'])).toBeUndefined();
  });
});
