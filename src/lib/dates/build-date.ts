import { todayInUk, type IsoDate } from './iso-date.ts';

/**
 * The date pages are built on: review notices are worked out then, so a site should be rebuilt
 * at least weekly. BUILD_DATE (YYYY-MM-DD) pins it for tests and reproducible builds.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): IsoDate {
  const pinned = env.BUILD_DATE;
  return pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned) ? pinned : todayInUk();
}
