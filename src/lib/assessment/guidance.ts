/** Splits a guidance reference, "<article-id>#<heading-id>", into its two ids. */
export function parseGuidanceRef(ref: string): { article: string; heading: string } {
  const [article = '', heading = ''] = ref.split('#', 2);
  return { article, heading };
}

/** The link for a guidance reference, /guidance/<article-id>/#<heading-id>, under the site's base path. */
export function guidanceHref(ref: string, base = '/'): string {
  const { article, heading } = parseGuidanceRef(ref);
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}guidance/${article}/${heading ? `#${heading}` : ''}`;
}
