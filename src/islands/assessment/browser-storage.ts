import type { StorageLike } from '../../lib/storage/storage-like';

/**
 * The page's localStorage, or a stand-in that throws when even touching it throws (some browsers
 * do that with storage disabled), so the lib sees one kind of failure.
 */
export function browserStorage(): StorageLike {
  try {
    const storage = window.localStorage;
    if (storage) return storage;
  } catch {
    // fall through
  }
  const unavailable = () => {
    throw new Error('localStorage is not available');
  };
  return { getItem: unavailable, setItem: unavailable, removeItem: unavailable };
}
