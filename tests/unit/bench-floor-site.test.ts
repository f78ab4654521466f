import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/lib/astro-build';
import { createFloorSite } from '../../scripts/lib/floor-site';
import { removeProjectCopy } from '../../scripts/lib/project-copy';
import { writeSyntheticArticles } from '../../scripts/lib/synthetic-content';

const made: string[] = [];

/** Builds a floor site with three synthetic articles and returns its folder. */
async function builtFloor(search: boolean): Promise<string> {
  const dir = createFloorSite(search);
  made.push(dir);
  writeSyntheticArticles(dir, 3);
  await runBuild(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made) removeProjectCopy(dir);
});

// Each builds a small Astro site: seconds, not milliseconds.
describe('the floors the bench builds beside ours', { timeout: 120_000 }, () => {
  it('renders every article as a page, with no search index in the bare floor', async () => {
    const dir = await builtFloor(false);
    for (const id of ['bench-1', 'bench-2', 'bench-3'])
      expect(readFileSync(join(dir, `dist/guidance/${id}/index.html`), 'utf8')).toMatch(
        /^<!DOCTYPE html><html lang="en">/,
      );
    expect(existsSync(join(dir, 'dist/pagefind'))).toBe(false);
  });

  it('indexes every article with Pagefind in the search floor, in English as ours are', async () => {
    const dir = await builtFloor(true);
    const entry = JSON.parse(readFileSync(join(dir, 'dist/pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages).toEqual({ en: expect.objectContaining({ page_count: 3 }) });
  });
});
