import { beforeEach, describe, expect, it } from 'vitest';
import { forgetKeptFiles, keepFiles, readKeptFiles } from '../../src/lib/dashboard/kept-files';
import { describeLoad, describeProgress } from '../../src/lib/dashboard/messages';
import { DASHBOARD_KEY, STORAGE_KEY_PATTERNS } from '../../src/lib/storage/keys';
import type { StorageLike } from '../../src/lib/storage/storage-like';

/** In-memory storage that can refuse writes, as a full one does, while still reading. */
class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const refuse = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};
/** Storage turned off: every call throws. */
const blocked: StorageLike = { getItem: refuse, setItem: refuse, removeItem: refuse };

const FILES = [
  { name: 'oak.json', text: '{"school":"Oak"}' },
  { name: 'ash.json', text: '{"school":"Ash"}' },
];

let storage: FakeStorage;
beforeEach(() => {
  storage = new FakeStorage();
});

describe('keeping files in this browser', () => {
  it('finds nothing until asked to keep', () => {
    expect(readKeptFiles(storage)).toEqual({ status: 'none' });
    expect(storage.items.size).toBe(0);
  });

  it('keeps the files under the one documented key and gives them back whole', () => {
    expect(keepFiles(storage, FILES)).toEqual({ ok: true });
    expect([...storage.items.keys()]).toEqual([DASHBOARD_KEY]);
    expect(STORAGE_KEY_PATTERNS.some(({ pattern }) => pattern === DASHBOARD_KEY)).toBe(true);
    expect(readKeptFiles(storage)).toEqual({ status: 'kept', files: FILES });
  });

  it('replaces what was kept before', () => {
    keepFiles(storage, FILES);
    keepFiles(storage, FILES.slice(1));
    expect(readKeptFiles(storage)).toEqual({ status: 'kept', files: FILES.slice(1) });
  });

  it('forgets the files', () => {
    keepFiles(storage, FILES);
    expect(forgetKeptFiles(storage)).toEqual({ ok: true });
    expect(readKeptFiles(storage)).toEqual({ status: 'none' });
  });
});

describe('when storage fails', () => {
  it('says the storage is full when it can be read but not written', () => {
    storage.full = true;
    expect(keepFiles(storage, FILES)).toEqual({ ok: false, reason: 'full' });
  });

  it('says storage is unavailable when it is turned off', () => {
    expect(keepFiles(blocked, FILES)).toEqual({ ok: false, reason: 'unavailable' });
    expect(readKeptFiles(blocked)).toEqual({ status: 'unavailable' });
    expect(forgetKeptFiles(blocked)).toEqual({ ok: false });
  });

  it.each([
    ['not JSON', '{"v":1,'],
    ['another shape version', JSON.stringify({ v: 2, files: FILES })],
    ['files that are not name and text', JSON.stringify({ v: 1, files: [{ name: 'a.json', text: 3 }] })],
    ['no list of files', JSON.stringify({ v: 1, files: 'oak.json' })],
  ])('reports a kept value that is %s as unreadable and leaves it where it is', (_, raw) => {
    storage.items.set(DASHBOARD_KEY, raw);
    expect(readKeptFiles(storage)).toEqual({ status: 'unreadable' });
    expect(storage.items.get(DASHBOARD_KEY)).toBe(raw);
  });
});

describe('what is announced after reading files', () => {
  it('counts the files loaded and those that could not be read', () => {
    expect(describeLoad(3, 1)).toBe('3 files loaded, 1 could not be read.');
    expect(describeLoad(1, 0)).toBe('1 file loaded.');
    expect(describeLoad(0, 2)).toBe('0 files loaded, 2 could not be read.');
    expect(describeLoad(2, 0, true)).toBe('2 files kept in this browser loaded.');
    expect(describeLoad(10_000, 0)).toBe('10,000 files loaded.');
  });

  it('says how many of the files are read so far, with thousands separated', () => {
    expect(describeProgress(300, 1000)).toBe('Read 300 of 1,000 files…');
    expect(describeProgress(0, 1)).toBe('Read 0 of 1 file…');
  });
});
