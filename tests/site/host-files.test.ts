import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, listFiles } from '../../scripts/lib/dist';

beforeAll(assertBuilt);

const read = (name: string) => readFileSync(join(DIST, name), 'utf8');

describe('host configuration in the build', () => {
  it('Azure Static Web Apps config is JSON whose 404 page exists', () => {
    const config = JSON.parse(read('staticwebapp.config.json')) as { responseOverrides: { 404: { rewrite: string } } };
    expect(existsSync(join(DIST, config.responseOverrides[404].rewrite))).toBe(true);
  });

  it('web.config is well-formed XML naming a type for every kind of file in the search index', () => {
    const text = read('web.config');
    expect(XMLValidator.validate(text)).toBe(true);
    const mapped = new Set(
      [...text.matchAll(/<mimeMap fileExtension="([^"]+)"/g)].map(([, extension]) => extension ?? ''),
    );
    const searchTypes = new Set(
      listFiles()
        .filter((file) => file.startsWith('/pagefind/'))
        .map((file) => /\.[a-z_]+$/.exec(file)?.[0] ?? '')
        .filter((extension) => !['.js', '.css'].includes(extension)),
    );
    expect(searchTypes.size).toBeGreaterThan(3);
    expect([...searchTypes].filter((extension) => !mapped.has(extension))).toEqual([]);
    expect(new XMLParser().parse(text)).toHaveProperty('configuration');
  });

  it('the nginx snippet, .nojekyll and _headers are there, with long caching for /_astro/', () => {
    expect(read('nginx.conf')).toMatch(
      /location \^~ \/_astro\/ \{\n[^}]*Cache-Control "public, max-age=31536000, immutable"/,
    );
    expect(existsSync(join(DIST, '.nojekyll'))).toBe(true);
    expect(read('_headers')).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
  });
});
