import { isRecord, parseJsonRecord } from '../json/record';
import { DASHBOARD_KEY } from '../storage/keys';
import type { StorageLike } from '../storage/storage-like';

/** A results file as it was chosen: kept whole, so it is read and checked again like any other. */
export interface KeptFile {
  name: string;
  text: string;
}

/** Version of the kept value's shape. */
const KEPT_VERSION = 1;

export type KeepResult = { ok: true } | { ok: false; reason: 'unavailable' | 'full' };

export type KeptFilesLoad =
  | { status: 'none' }
  | { status: 'kept'; files: KeptFile[] }
  /** Something is kept but is not what this site writes; it is left where it is. */
  | { status: 'unreadable' }
  | { status: 'unavailable' };

/** Keeps the files in this browser, replacing any kept before. */
export function keepFiles(storage: StorageLike, files: readonly KeptFile[]): KeepResult {
  const value = JSON.stringify({ v: KEPT_VERSION, files: files.map(({ name, text }) => ({ name, text })) });
  try {
    storage.setItem(DASHBOARD_KEY, value);
    return { ok: true };
  } catch {
    // Browsers name a full storage differently; if storage can still be read, it is full rather than off.
    try {
      storage.getItem(DASHBOARD_KEY);
      return { ok: false, reason: 'full' };
    } catch {
      return { ok: false, reason: 'unavailable' };
    }
  }
}

/** The files kept in this browser, if any. */
export function readKeptFiles(storage: StorageLike): KeptFilesLoad {
  let raw: string | null;
  try {
    raw = storage.getItem(DASHBOARD_KEY);
  } catch {
    return { status: 'unavailable' };
  }
  if (raw === null) return { status: 'none' };
  const files = parseKept(raw);
  return files === null ? { status: 'unreadable' } : { status: 'kept', files };
}

/** Stops keeping the files in this browser. */
export function forgetKeptFiles(storage: StorageLike): { ok: boolean } {
  try {
    storage.removeItem(DASHBOARD_KEY);
    return { ok: true };
  } catch {
    return { ok: false };
  }
}

function parseKept(raw: string): KeptFile[] | null {
  const value = parseJsonRecord(raw);
  if (!value || value.v !== KEPT_VERSION || !Array.isArray(value.files)) return null;
  const files: unknown[] = value.files;
  return files.every((file) => isRecord(file) && typeof file.name === 'string' && typeof file.text === 'string')
    ? (files as KeptFile[])
    : null;
}
