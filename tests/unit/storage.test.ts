import { afterEach, describe, expect, it, vi } from 'vitest';
import { readJson, readString, remove, writeJson, writeString } from '../../src/lib/storage.ts';

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
