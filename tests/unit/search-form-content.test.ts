import { describe, expect, it } from 'vitest';
import { indexableHtml } from '../../src/lib/search/form-content';

describe('indexableHtml', () => {
  it('reads a marked form as a searchable <div>, keeping its attributes and content', () => {
    const page = '<main><form class="a" data-search-content><h2 id="s">Backups</h2></form></main>';
    expect(indexableHtml(page)).toBe(
      '<main><div data-pagefind-body class="a" data-search-content><h2 id="s">Backups</h2></div></main>',
    );
  });

  it('leaves unmarked forms, such as the site search, as forms', () => {
    const page = '<form role="search"><input name="q"></form><form data-search-content><p>Q</p></form>';
    expect(indexableHtml(page)).toBe(
      '<form role="search"><input name="q"></form><div data-pagefind-body data-search-content><p>Q</p></div>',
    );
  });

  it('changes nothing in a page without forms', () => {
    const page = '<main><h1>Title</h1><p>No form here.</p></main>';
    expect(indexableHtml(page)).toBe(page);
  });
});
