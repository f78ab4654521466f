import type { Area } from '../../schemas/area.ts';
import type { ArticleData } from '../../schemas/article.ts';
import type { FoundComponent, FoundLink } from '../content/markdown-scan.ts';

/** A content file as read from disk. */
export interface SourceFile {
  /** Path relative to the project root, e.g. `content/articles/a.mdx`. */
  path: string;
  /** The file's text. */
  text: string;
}

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

/** An article file that exists, whether or not its front matter is sound. */
export interface ArticleFile {
  id: string;
  file: string;
  /** Heading ids in document order; null when the body is not valid MDX, so they are unknown. */
  headings: string[] | null;
  /** Links to pages on this site. */
  links: FoundLink[];
  /** Components used in the body, with their attributes. */
  components: FoundComponent[];
  /** Line in the file where the body starts, to report body lines. */
  bodyStartLine: number;
}

/** An article whose front matter passed its schema. */
export interface ArticleEntry extends ArticleFile {
  data: ArticleData;
}

/** Anything that names guidance as `<article-id>#<heading-id>`, found in an assessment. */
export interface GuidanceRef {
  file: string;
  field: string;
  guidance: string;
}

export interface AssessmentEntry extends Entry<{ area: string }> {
  /** Every guidance reference in the file, with the field that holds it. */
  guidance: GuidanceRef[];
}

/** Everything that parsed and passed its own schema, ready for the cross-file rules. */
export interface ContentModel {
  areas: Map<string, Entry<Area>>;
  /** Articles whose front matter is sound. */
  articles: Map<string, ArticleEntry>;
  /**
   * Every article file with a valid id, sound or not: references are checked against the files
   * that exist, so one bad field is reported once rather than as "unknown article" everywhere.
   */
  articleFiles: Map<string, ArticleFile>;
  assessments: Map<string, AssessmentEntry>;
}
