import { parse } from 'yaml';
import { siteSchema, type SiteConfig } from '../../schemas/site.ts';

/** Parses `content/site.yaml`; throws with one line per problem so the build names the field. */
export function loadSiteConfig(yamlText: string): SiteConfig {
  const result = siteSchema.safeParse(parse(yamlText));
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `content/site.yaml: ${issue.path.join('.') || '(file)'}: ${issue.message}`,
  );
  throw new Error(lines.join('\n'));
}
