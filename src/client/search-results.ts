import type { ExcerptPart } from '../lib/search/excerpt';
import type { ResultLink, ResultView } from '../lib/search/result-view';

// Built from text nodes and <mark>s, so nothing from the index is read as HTML.
function excerptParagraph(parts: readonly ExcerptPart[]): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  for (const part of parts) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      paragraph.append(mark);
    } else paragraph.append(part.text);
  }
  return paragraph;
}

function link(target: ResultLink): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = target.url;
  anchor.textContent = target.title;
  return anchor;
}

/** One result: the page's title as a heading link, its excerpt, then the headings that matched. */
export function renderResult(result: ResultView): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  heading.append(link(result));
  item.append(heading, excerptParagraph(result.excerpt));
  if (result.sections.length > 0) {
    const sections = document.createElement('ul');
    sections.className = 'search-sections';
    sections.setAttribute('aria-label', `Sections of ${result.title}`);
    for (const section of result.sections) {
      const entry = document.createElement('li');
      entry.append(link(section), excerptParagraph(section.excerpt));
      sections.append(entry);
    }
    item.append(sections);
  }
  return item;
}
