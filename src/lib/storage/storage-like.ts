/**
 * The part of the Web Storage API this site uses. Every call may throw: storage can be turned off,
 * blocked in private browsing, or full.
 */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}
