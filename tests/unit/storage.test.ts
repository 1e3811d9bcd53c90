import { afterEach, describe, expect, it, vi } from 'vitest';
import { readJson, readString, remove, STORAGE_PREFIX, storageKeys, writeJson, writeString } from '../../src/lib/storage.ts';

class MemoryStorage {
  #items = new Map<string, string>();
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.#items.set(key, value);
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
}
const isNumberList = (value: unknown): value is number[] => Array.isArray(value) && value.every((item) => typeof item === 'number');

afterEach(() => vi.unstubAllGlobals());

describe('storage that never breaks the page', () => {
  it('reads back what it wrote', () => {
    vi.stubGlobal('localStorage', new MemoryStorage());
    expect(writeJson('k', [1, 2])).toBe(true);
    expect(readJson('k', [], isNumberList)).toEqual([1, 2]);
  });

  it('resets corrupt JSON quietly and removes it', () => {
    const storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    storage.setItem('k', '{not json');
    expect(readJson('k', [], isNumberList)).toEqual([]);
    expect(storage.getItem('k')).toBeNull();
  });

  it('resets data of the wrong shape', () => {
    const storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    storage.setItem('k', '{"a":1}');
    expect(readJson('k', [7], isNumberList)).toEqual([7]);
  });

  it('works without storage at all (private mode, some WebViews)', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(readString('k')).toBeUndefined();
    expect(writeString('k', 'v')).toBe(false);
    expect(() => remove('k')).not.toThrow();
  });

  it('survives storage that throws on every call, and reports a full quota as not saved', () => {
    vi.stubGlobal('localStorage', {
      getItem() {
        throw new Error('SecurityError');
      },
      setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem() {
        throw new Error('SecurityError');
      },
    });
    expect(readJson('k', [], isNumberList)).toEqual([]);
    expect(writeJson('k', [1])).toBe(false);
  });
});

describe('what the site keeps on the device', () => {
  it('every key is versioned under one prefix, so a new format can start afresh', () => {
    expect(STORAGE_PREFIX).toBe('lifeline:v1:');
    expect(storageKeys).toEqual({
      largeText: 'lifeline:v1:large-text',
      quiz: 'lifeline:v1:quiz',
      checklist: 'lifeline:v1:checklist',
      escapePlan: 'lifeline:v1:escape-plan',
      letter: 'lifeline:v1:letter',
      classAudience: 'lifeline:v1:class-audience',
    });
  });

  it('a key never written reads as nothing, and the fallback is given without touching storage', () => {
    const storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    expect(readString('k')).toBeUndefined();
    const fallback = [3];
    const removed = vi.spyOn(storage, 'removeItem');
    expect(readJson('k', fallback, isNumberList)).toBe(fallback);
    expect(removed).not.toHaveBeenCalled();
  });

  it('text is written and read as it is, and removed on request', () => {
    const storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    expect(writeString('k', '大字')).toBe(true);
    expect(storage.getItem('k')).toBe('大字');
    expect(readString('k')).toBe('大字');
    remove('k');
    expect(storage.getItem('k')).toBeNull();
  });

  it('JSON is written as JSON', () => {
    const storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    writeJson('k', { a: [1] });
    expect(storage.getItem('k')).toBe('{"a":[1]}');
  });

  it('storage that can be read but refuses to remove: corrupt data still falls back, and removing does not throw', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => '{not json',
      setItem() {},
      removeItem() {
        throw new Error('SecurityError');
      },
    });
    expect(readJson('k', [5], isNumberList)).toEqual([5]);
    expect(() => remove('k')).not.toThrow();
  });

  it('a browser where even asking for localStorage throws', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      expect(readString('k')).toBeUndefined();
      expect(writeString('k', 'v')).toBe(false);
      expect(() => remove('k')).not.toThrow();
    } finally {
      Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
});
