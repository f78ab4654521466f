import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'astro/zod';
import { areaSchema } from '../../schemas/area.ts';
import { articleSchema, type ArticleData } from '../../schemas/article.ts';
import { assessmentSchema, type AssessmentDefinition } from '../../schemas/assessment.ts';
import { ID_PATTERN } from '../../schemas/common.ts';
import { splitFrontMatter } from '../content/front-matter.ts';
import { MdxSyntaxError, scanMdx } from '../content/markdown-scan.ts';
import type { ArticleFile, ContentModel, GuidanceRef, SourceFile } from './model.ts';
import { problemsFromIssues, type Problem } from './problem.ts';

/**
 * js-yaml (the parser Astro's loaders use) is about five times faster than `yaml` on front matter,
 * which counts at a thousand articles. Its core schema keeps dates as the text written, so that
 * 2020-13-45 is reported rather than rolled over into a real day; duplicate keys are refused.
 */
function parseYaml(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}

/** The id of a content file is its name without the extension. */
export function idFromPath(path: string): string {
  return (path.split('/').pop() ?? '').replace(/\.(mdx?|ya?ml)$/, '');
}

function kindOf(path: string): 'areas' | 'articles' | 'assessments' | null {
  const match = /(^|\/)content\/(areas|articles|assessments)\/[^/]+$/.exec(path);
  return (match?.[2] as 'areas' | 'articles' | 'assessments' | undefined) ?? null;
}

function validate<T>(schema: z.ZodType<T>, file: string, data: unknown, problems: Problem[]): T | null {
  const result = schema.safeParse(data ?? {});
  if (result.success) return result.data;
  problems.push(...problemsFromIssues(file, result.error.issues));
  return null;
}

function collectGuidance(file: string, definition: AssessmentDefinition): GuidanceRef[] {
  const refs: GuidanceRef[] = [];
  definition.sections.forEach((section, s) =>
    section.questions.forEach((question, q) =>
      refs.push({ file, field: `sections.${s}.questions.${q}.guidance (${question.id})`, guidance: question.guidance }),
    ),
  );
  if (definition.kind === 'risk') {
    definition.risks.forEach((risk, r) =>
      refs.push({ file, field: `risks.${r}.guidance (${risk.id})`, guidance: risk.guidance }),
    );
  }
  return refs;
}

function firstLine(error: unknown): string {
  return (error as Error).message.split('\n')[0] ?? '';
}

type ScannedArticleBody = Pick<ArticleFile, 'headings' | 'links' | 'components'>;

function scanArticleBody(path: string, body: string, bodyStartLine: number, problems: Problem[]): ScannedArticleBody {
  try {
    return scanMdx(body);
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    const field = `line ${bodyStartLine + error.line - 1}`;
    problems.push({ file: path, field, reason: `not valid MDX: ${error.message}` });
    return { headings: null, links: [], components: [] };
  }
}

/**
 * Reads an article's front matter and body separately: the file is known to exist (and its
 * headings are known) even when its front matter is wrong, so references to it still resolve.
 */
function loadArticle(path: string, text: string, problems: Problem[]): { file: ArticleFile; data: ArticleData | null } {
  const { frontMatter, body, bodyStartLine } = splitFrontMatter(text);
  let data: ArticleData | null = null;
  try {
    const yaml = frontMatter === undefined ? undefined : parseYaml(frontMatter);
    data = validate(articleSchema, path, yaml, problems);
  } catch (error) {
    problems.push({ file: path, field: '', reason: `cannot be read: ${firstLine(error)}` });
  }
  const scanned = scanArticleBody(path, body, bodyStartLine, problems);
  return { file: { id: idFromPath(path), file: path, bodyStartLine, ...scanned }, data };
}

/**
 * Parses and validates every content file against its own schema. Files that fail are reported
 * and left out of the model, so the cross-file rules only see data they can trust; article files
 * are kept in `articleFiles` all the same, so that references to them are still checked.
 */
export function loadContent(files: readonly SourceFile[]): { model: ContentModel; problems: Problem[] } {
  const model: ContentModel = {
    areas: new Map(),
    articles: new Map(),
    articleFiles: new Map(),
    assessments: new Map(),
  };
  const problems: Problem[] = [];
  const seen = new Map<string, string>();

  for (const { path, text } of files) {
    const kind = kindOf(path);
    if (!kind) continue;
    const id = idFromPath(path);
    const key = `${kind}/${id.toLowerCase()}`;
    const clash = seen.get(key);
    if (clash) {
      problems.push({ file: path, field: 'id', reason: `duplicate id "${id}": ${clash} already uses it` });
      continue;
    }
    seen.set(key, path);
    if (!ID_PATTERN.test(id)) {
      problems.push({ file: path, field: 'id', reason: 'file name must be lower-case words joined by hyphens' });
      continue;
    }
    try {
      if (kind === 'articles') {
        const article = loadArticle(path, text, problems);
        model.articleFiles.set(id, article.file);
        if (article.data) model.articles.set(id, { ...article.file, data: article.data });
      } else if (kind === 'areas') {
        const area = validate(areaSchema, path, parseYaml(text), problems);
        if (area) model.areas.set(id, { id, file: path, data: area });
      } else {
        const definition = validate(assessmentSchema, path, parseYaml(text), problems);
        if (definition)
          model.assessments.set(id, { id, file: path, data: definition, guidance: collectGuidance(path, definition) });
      }
    } catch (error) {
      problems.push({ file: path, field: '', reason: `cannot be read: ${firstLine(error)}` });
    }
  }
  return { model, problems };
}
