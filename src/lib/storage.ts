/**
 * localStorage that never throws. Private modes, some WebViews and full quotas make localStorage throw
 * or vanish; the site then simply forgets between visits instead of breaking.
 */
export const STORAGE_PREFIX = 'lifeline:v1:';

export const storageKeys = {
  largeText: `${STORAGE_PREFIX}large-text`,
  quiz: `${STORAGE_PREFIX}quiz`,
  checklist: `${STORAGE_PREFIX}checklist`,
  escapePlan: `${STORAGE_PREFIX}escape-plan`,
  letter: `${STORAGE_PREFIX}letter`,
  classAudience: `${STORAGE_PREFIX}class-audience`,
} as const;

function store(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readString(key: string): string | undefined {
  try {
    return store()?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Returns false when the value could not be saved (storage disabled or full). */
export function writeString(key: string, value: string): boolean {
  try {
    const storage = store();
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads JSON written by `writeJson`. Anything unreadable (corrupt text, a value of the wrong shape) is
 * removed and the fallback returned: a reset, quietly.
 */
export function readJson<T>(key: string, fallback: T, isValid: (value: unknown) => value is T): T {
  const text = readString(key);
  if (text === undefined) return fallback;
  try {
    const value: unknown = JSON.parse(text);
    if (isValid(value)) return value;
  } catch {
    // fall through to the reset
  }
  remove(key);
  return fallback;
}

export function writeJson(key: string, value: unknown): boolean {
  return writeString(key, JSON.stringify(value));
}

export function remove(key: string): void {
  try {
    store()?.removeItem(key);
  } catch {
    // nothing to do: storage is unavailable
  }
}
