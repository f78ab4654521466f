import type { Area } from '../../schemas/area';
import type { ArticleData } from '../../schemas/article';
import type { FoundLink } from '../content/markdown-scan';

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

export interface ArticleEntry extends Entry<ArticleData> {
  /** Heading ids in document order. */
  headings: string[];
  /** Links to pages on this site. */
  links: FoundLink[];
  /** Line in the file where the body starts, to report link lines. */
  bodyStartLine: number;
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
  articles: Map<string, ArticleEntry>;
  assessments: Map<string, AssessmentEntry>;
}
