import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from '../lib/content-check/model.ts';

/** Reads every file under `content/areas`, `content/articles` and `content/assessments`. */
export function readContentFiles(root: string): SourceFile[] {
  return ['areas', 'articles', 'assessments'].flatMap((folder) => {
    const dir = join(root, 'content', folder);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return [];
    }
    return names
      .filter((name) => /\.(mdx?|ya?ml)$/.test(name))
      .sort()
      .map((name) => {
        const full = join(dir, name);
        return { path: relative(root, full).split('\\').join('/'), text: readFileSync(full, 'utf8') };
      });
  });
}
