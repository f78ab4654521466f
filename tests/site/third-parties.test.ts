import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, fileForPath, listFiles, listPages, readPage } from '../../scripts/lib/dist';

beforeAll(assertBuilt);

const isForeign = (url: string) => /^(https?:)?\/\//.test(url);

describe('nothing is loaded from another origin', () => {
  it('no page references another origin for a script, stylesheet, font, image, frame or preload', () => {
    const found = listPages().flatMap((page) => {
      const root = readPage(page);
      const urls = [
        ...root.querySelectorAll('script[src]').map((el) => el.getAttribute('src') ?? ''),
        ...root
          .querySelectorAll('link[href]')
          .filter((el) => !/\b(canonical|alternate)\b/.test(el.getAttribute('rel') ?? ''))
          .map((el) => el.getAttribute('href') ?? ''),
        ...root
          .querySelectorAll('img[src], iframe[src], source[src], video[src], audio[src]')
          .map((el) => el.getAttribute('src') ?? ''),
        ...root
          .querySelectorAll('style')
          .flatMap((el) => [...el.text.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((match) => match[1] ?? '')),
      ];
      return urls.filter(isForeign).map((url) => `${page}: ${url}`);
    });
    expect(found).toEqual([]);
  });

  it('no stylesheet or script file pulls in a web font or remote asset', () => {
    const found = listFiles()
      .filter((file) => /\.(css|js)$/.test(file) && !file.startsWith('/embed.js'))
      .flatMap((file) => {
        const text = readFileSync(fileForPath(file) ?? '', 'utf8');
        return [...text.matchAll(/(@import\s+url\(|url\()\s*['"]?(https?:)?\/\//g)].map(() => file);
      });
    expect(found).toEqual([]);
  });
});
