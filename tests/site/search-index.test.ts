import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, fileForPath, listFiles } from '../../scripts/lib/dist';

beforeAll(assertBuilt);

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
}

// Pagefind stores each indexed page as a gzipped JSON "fragment" behind a short signature.
function readFragments(): Fragment[] {
  return listFiles()
    .filter((file) => file.startsWith('/pagefind/fragment/'))
    .map((file) => {
      const raw = gunzipSync(readFileSync(fileForPath(file) ?? '')).toString('utf8');
      return JSON.parse(raw.slice(raw.indexOf('{'))) as Fragment;
    });
}

describe('the search index', () => {
  const fragments = readFragments();

  it('exists, with Pagefind’s entry point and script', () => {
    expect(fileForPath('/pagefind/pagefind.js')).not.toBeNull();
    expect(fileForPath('/pagefind/pagefind-entry.json')).not.toBeNull();
    expect(fragments.length).toBeGreaterThan(5);
  });

  it('holds the WhatsApp article, whose text answers "personal devices"', () => {
    const article = fragments.find((fragment) => fragment.url === '/guidance/using-whatsapp-in-schools/');
    expect(article?.content.toLowerCase()).toContain('personal devices');
  });

  it('never indexes embed pages', () => {
    expect(fragments.filter((fragment) => fragment.url.startsWith('/embed/'))).toEqual([]);
  });

  it('gives every page an area or type filter', () => {
    const unfiltered = fragments.filter((fragment) => !fragment.filters.type?.length).map((fragment) => fragment.url);
    expect(unfiltered).toEqual([]);
  });
});
