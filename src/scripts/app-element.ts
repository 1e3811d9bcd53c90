/**
 * The base of every island (the small custom elements that add behaviour to server-rendered markup).
 *
 * Why a base: `connectedCallback` runs again whenever an element is moved in the page, so an island without
 * a guard binds every listener twice; an island that looks up its children with `querySelector(…)!` dies with "cannot read
 * properties of null" far from the cause when the markup changes. Here an island starts once, and a missing
 * child stops it with an error that names the element and the selector, as GOV.UK Frontend's components do.
 * A failure stays inside its element: the browser reports errors thrown while an element starts and carries
 * on upgrading the others, so one broken island never takes down the page's other islands.
 *
 * Children may be looked up in field initialisers (`#list = this.required('ol')`): islands are defined by
 * module scripts, which run after the document is parsed, so an element's children are there when the
 * browser upgrades it. Lookups of children that appear later belong in `start()` or the handlers.
 *
 * URL parameters only ever choose from an allow-list (`readParam`): a value such as `?mode=toString` would pass
 * an `in` or `obj[value]` check against an object literal, because of its prototype.
 */
export class ElementError extends Error {
  // Set explicitly: the minifier renames classes, and the console shows `name`.
  override name = 'ElementError';
}

export abstract class AppElement extends HTMLElement {
  #started = false;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    this.start();
  }

  /** Binds the island's behaviour; runs once, the first time the element is in the document. */
  protected abstract start(): void;

  /**
   * The first descendant matching `selector` (inside `root`, e.g. a copy of a template, when given); throws an
   * ElementError naming this element when there is none.
   */
  protected required<E extends Element = HTMLElement>(selector: string, root: ParentNode = this): E {
    return root.querySelector<E>(selector) ?? this.#fail(`missing ${selector}`);
  }

  /** A descendant the island can do without: the caller handles `null`. */
  protected optional<E extends Element = HTMLElement>(selector: string): E | null {
    return this.querySelector<E>(selector);
  }

  /** The value of attribute `name` (data the server gave the island); throws an ElementError when it is missing. */
  protected attribute(name: string): string {
    return this.getAttribute(name) ?? this.#fail(`missing ${name}`);
  }

  /** A fresh copy of the first element in the `<template>` matching `selector`: repeated UI is drawn by the server. */
  protected fromTemplate<E extends Element = HTMLElement>(selector: string): E {
    const copy = this.required<HTMLTemplateElement>(selector).content.firstElementChild?.cloneNode(true);
    return (copy as E | undefined) ?? this.#fail(`empty ${selector}`);
  }

  /** Every descendant matching `selector`, as an array. */
  protected all<E extends Element = HTMLElement>(selector: string): E[] {
    return [...this.querySelectorAll<E>(selector)];
  }

  #fail(problem: string): never {
    throw new ElementError(`<${this.localName}>: ${problem}`);
  }
}

/** `value` if it is one of `allowed`, else undefined. Compares strings, so no prototype name ever matches. */
export function oneOf<T extends string>(value: string | null | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((option) => option === value);
}

/** The URL parameter `name` if its value is one of `allowed`, else undefined. */
export function readParam<T extends string>(name: string, allowed: readonly T[], search: string = location.search): T | undefined {
  return oneOf(new URLSearchParams(search).get(name), allowed);
}
