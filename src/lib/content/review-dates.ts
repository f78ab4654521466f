import { parse } from 'yaml';
import { splitFrontMatter } from './front-matter';

/** A content file as read from disk: its path from the project root and its text. */
interface ContentFile {
  path: string;
  text: string;
}

/**
 * The date each article was last reviewed, by its page path ("/guidance/<id>/"), read from the
 * front matter: the sitemap's `lastmod`, so search engines see a re-reviewed article as updated.
 * Files whose front matter has no plain date for `reviewed` are left out (the content check
 * reports them).
 */
export function reviewDatesByPath(files: ContentFile[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const { path, text } of files) {
    const match = /^content\/articles\/([^/]+)\.mdx?$/.exec(path);
    if (!match) continue;
    const { frontMatter } = splitFrontMatter(text);
    let data: unknown;
    try {
      data = frontMatter === undefined ? undefined : parse(frontMatter);
    } catch {
      continue; // YAML that cannot be read is the content check's to report.
    }
    const reviewed = (data as { reviewed?: unknown } | undefined)?.reviewed;
    const date = reviewed instanceof Date ? reviewed.toISOString().slice(0, 10) : reviewed;
    if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) dates.set(`/guidance/${match[1]}/`, date);
  }
  return dates;
}
