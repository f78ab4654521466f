import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, fileForPath, listFiles } from '../../scripts/lib/dist';

beforeAll(assertBuilt);

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string; location: number }[];
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

  // Pagefind skips whatever is inside a <form>; the integration has it read the assessments' forms.
  it('holds the cyber checklist’s questions, with its sections as headings to link to', () => {
    const checklist = fragments.find((fragment) => fragment.url === '/assessments/cyber-security-checklist/');
    // A question from content/assessments/cyber-security-checklist.yaml, section backups-and-recovery.
    expect(checklist?.content).toContain('Do you have a written backup plan');
    expect(checklist?.anchors).toContainEqual({
      element: 'h2',
      id: 'cyber-security-checklist-backups-and-recovery-heading',
      text: 'Backups and recovery',
      location: expect.any(Number),
    });
  });

  it('leaves the question controls’ words out of the index', () => {
    const checklist = fragments.find((fragment) => fragment.url === '/assessments/cyber-security-checklist/');
    expect(checklist?.content).not.toContain('Hide questions');
    expect(checklist?.content).not.toContain('Read the guidance');
    expect(checklist?.content).not.toContain('What this means');
  });

  it('keeps the hidden filter values out of the text that is searched', () => {
    // Before, every page's text ended with its filter values run together, such as
    // "AssessmentInformation & cyber security.", so "guidance" matched every article.
    const runTogether = fragments
      .filter((fragment) => fragment.content.includes(`${fragment.filters.type?.[0]}${fragment.filters.area?.[0]}`))
      .map((fragment) => fragment.url);
    expect(runTogether).toEqual([]);
    expect(fragments.length).toBeGreaterThan(5);
  });
});
