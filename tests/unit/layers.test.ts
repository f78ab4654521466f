import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer rules in eslint.config.js, run through ESLint's API on files that exist only here.
const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

// Loading the config (typescript-eslint, the Astro parser) takes seconds on a busy machine; once here.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.calculateConfigForFile('src/schemas/virtual.ts');
}, 60_000);

/** The messages of the import rule for a one-line file at this path. */
async function importProblems(path: string, line: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${line}\nexport const value = imported;\n`, { filePath: path });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layers point down', { timeout: 30_000 }, () => {
  it('stops a schema importing from src/lib', async () => {
    const problems = await importProblems(
      'src/schemas/virtual.ts',
      "import { imported } from '../lib/assessment/answers';",
    );
    expect(problems).toEqual([expect.stringContaining('src/schemas is the bottom layer')]);
  });

  it('stops a schema importing from an island, even as a type', async () => {
    const problems = await importProblems(
      'src/schemas/virtual.ts',
      "import type { imported } from '../islands/shared/download';",
    );
    expect(problems).toHaveLength(1);
  });

  it.each([
    ["import { imported } from 'preact/hooks';"],
    ["import { imported } from 'preact';"],
    ["import { imported } from 'astro:content';"],
    ["import { imported } from 'astro/loaders';"],
    ["import { imported } from '@astrojs/mdx';"],
  ])('stops src/lib importing a framework module: %s', async (line) => {
    const problems = await importProblems('src/lib/results/virtual.ts', line);
    expect(problems).toEqual([expect.stringContaining('no Astro, astro:* or Preact')]);
  });

  it('stops src/lib importing an island or a component', async () => {
    expect(
      await importProblems('src/lib/results/virtual.ts', "import { imported } from '../../islands/shared/download';"),
    ).toHaveLength(1);
    expect(
      await importProblems('src/lib/virtual.ts', "import imported from '../components/SiteHeader.astro';"),
    ).toHaveLength(1);
  });

  it('lets each layer import what lies below it', async () => {
    expect(await importProblems('src/schemas/virtual.ts', "import { imported } from './scales';")).toEqual([]);
    expect(await importProblems('src/schemas/virtual.ts', "import { z as imported } from 'astro/zod';")).toEqual([]);
    expect(
      await importProblems('src/lib/results/virtual.ts', "import { imported } from '../../schemas/scales';"),
    ).toEqual([]);
    expect(
      await importProblems('src/islands/shared/virtual.ts', "import { imported } from '../../lib/assessment';"),
    ).toEqual([]);
    expect(
      await importProblems('src/pages/virtual.ts', "import imported from '../components/SiteHeader.astro';"),
    ).toEqual([]);
  });
});
