import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';

/** The area that every synthetic article belongs to. */
export const BENCH_AREA = 'bench';

export const benchAreaYaml = [
  'title: "Benchmark"',
  'summary: "Synthetic articles that measure how the build grows with the size of the library."',
  'order: 99',
  '',
].join('\n');

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32): the same seed gives the same article. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'school staff pupils parents governors leaders data records account password device laptop phone message group ' +
  'policy review breach risk access consent retention request deadline backup update supplier contract training ' +
  'register office trust network email folder report decision owner check term year week plan record evidence ' +
  'the a and of to for with on in by each every any before after when where which who should must can will may ' +
  'keep share delete store protect agree confirm remove record explain approve secure limit monitor test recover ' +
  'clear simple current shared personal sensitive safe local central written regular annual termly named'
).split(' ');

const TOPICS = [
  'shared drives',
  'staff phones',
  'visitor records',
  'exam data',
  'cloud backups',
  'supplier contracts',
  'parent emails',
  'class photos',
];

// Distinct templates, so an article's four headings never share an id.
const HEADINGS = [
  'Why {t} matter',
  'Who owns {t}',
  'Checking {t} each term',
  'What to do about {t}',
  'Recording decisions on {t}',
  'When to review {t}',
  'Training staff on {t}',
  'Removing access to {t}',
];

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function sentence(random: Random): string {
  const words = Array.from({ length: 8 + Math.floor(random() * 10) }, () => pick(random, WORDS));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: Random, words: number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const next = sentence(random);
    sentences.push(next);
    count += next.split(' ').length;
  }
  return sentences.join(' ');
}

/** An article's topic and headings, and the random stream that goes on to write its text. */
function articleOutline(n: number): { topic: string; headings: string[]; random: Random } {
  const random = seededRandom(n * 2654435761);
  const topic = pick(random, TOPICS);
  const pool = [...HEADINGS];
  const headings = Array.from({ length: 4 }, () => pool.splice(Math.floor(random() * pool.length), 1)[0] ?? '').map(
    (h) => h.replace('{t}', topic),
  );
  return { topic, headings, random };
}

export const benchArticleId = (n: number) => `bench-${n}`;

/** The heading ids that Astro gives an article's headings, in order (as the content check computes them). */
export function benchHeadingIds(n: number): string[] {
  const slugger = new GithubSlugger();
  return articleOutline(n).headings.map((heading) => slugger.slug(heading));
}

const plainDate = (day: number) => new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);

/**
 * Synthetic article `n` of `total` (1-based): about 800 words under four headings, with a list, a
 * table, and three links to headings of the next synthetic articles. Article 1's text is the same
 * for every total of 4 or more, so its page can be compared across library sizes.
 */
export function benchArticle(n: number, total: number): string {
  const { topic, headings, random } = articleOutline(n);
  const others = [1, 2, 3].map((step) => ((n - 1 + step) % total) + 1);
  const related = [...new Set(others)].filter((other) => other !== n).slice(0, 2);
  const link = (k: number) => {
    const target = others[k] ?? n;
    const index = k % 4;
    const label = articleOutline(target).headings[index]?.toLowerCase() ?? '';
    return `[${label}](/guidance/${benchArticleId(target)}/#${benchHeadingIds(target)[index]})`;
  };
  const date = plainDate(n % 600);
  const front = [
    '---',
    `title: ${JSON.stringify(`Benchmark article ${n}: looking after ${topic}`)}`,
    `summary: ${JSON.stringify(`A synthetic article about ${topic}, used to measure the build. ${sentence(random)}`.slice(0, 200))}`,
    `area: ${BENCH_AREA}`,
    'audience: [leaders]',
    `published: ${date}`,
    `reviewed: ${date}`,
    `related: [${related.map(benchArticleId).join(', ')}]`,
    'sources:',
    `  - title: ${JSON.stringify(`Benchmark source ${n}`)}`,
    '    publisher: "Benchmark"',
    `    url: "https://example.org/bench/${n}"`,
    `    accessed: ${date}`,
    '---',
  ];
  const list = Array.from({ length: 5 }, () => `- ${sentence(random)}`);
  const table = [
    '| Step | Owner | When |',
    '| --- | --- | --- |',
    ...Array.from(
      { length: 4 },
      (_, row) => `| ${pick(random, WORDS)} ${pick(random, WORDS)} | ${pick(random, WORDS)} | week ${row + 1} |`,
    ),
  ];
  const body = [
    paragraph(random, 60),
    `## ${headings[0]}`,
    `${paragraph(random, 80)} See also ${link(0)}.`,
    paragraph(random, 70),
    `## ${headings[1]}`,
    paragraph(random, 70),
    list.join('\n'),
    paragraph(random, 60),
    `## ${headings[2]}`,
    `${paragraph(random, 80)} Compare ${link(1)}.`,
    table.join('\n'),
    paragraph(random, 60),
    `## ${headings[3]}`,
    `${paragraph(random, 80)} Read more in ${link(2)}.`,
    paragraph(random, 70),
  ];
  return `${front.join('\n')}\n\n${body.join('\n\n')}\n`;
}

/** Replaces the synthetic articles in `<projectDir>/content/articles` with articles 1 to `total`. */
export function writeSyntheticArticles(projectDir: string, total: number): void {
  const articlesDir = join(projectDir, 'content/articles');
  for (const name of readdirSync(articlesDir).filter((file) => file.startsWith('bench-')))
    rmSync(join(articlesDir, name));
  for (let n = 1; n <= total; n += 1)
    writeFileSync(join(articlesDir, `${benchArticleId(n)}.mdx`), benchArticle(n, total));
}
