/** One thing wrong with the content, reported as a single line: file, field, reason. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** The field (dotted path) or `line N` that is wrong; empty when the whole file is. */
  field: string;
  /** What is wrong, in plain words. */
  reason: string;
}

/** `content/articles/a.mdx: reviewed: must not be before published` */
export function formatProblem({ file, field, reason }: Problem): string {
  return field ? `${file}: ${field}: ${reason}` : `${file}: ${reason}`;
}

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  keys?: readonly string[];
}

/** Turns zod issues into problems, naming unknown fields one by one. */
export function problemsFromIssues(file: string, issues: readonly IssueLike[]): Problem[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({
        file,
        field: base ? `${base}.${key}` : key,
        reason: 'unknown field (check its spelling; allowed fields are listed in the README)',
      }));
    }
    return [{ file, field: base, reason: issue.message }];
  });
}
