/** A run of excerpt text, marked when it matched the search. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Splits Pagefind's excerpt (escaped text with <mark> around matches) into parts, so the page can
 * build it from text nodes instead of trusting HTML.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  return html
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = part.startsWith('<mark>');
      const inner = marked ? part.slice(6, -7) : part;
      return { text: decode(inner.replace(/<[^>]*>/g, '')), marked };
    });
}
