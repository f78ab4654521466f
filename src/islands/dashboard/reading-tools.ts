import type { AssessmentDefinition } from '../../schemas/assessment';

/** What reading files needs and the page's first load does not: the reader (with zod) and the definitions. */
export interface ReadingTools {
  reader: typeof import('../../lib/results/read-result-file');
  /** Every assessment on the site, keyed by id: files are read and scored against these. */
  definitions: Readonly<Record<string, AssessmentDefinition>>;
}

let pending: Promise<ReadingTools> | null = null;

async function fetchDefinitions(address: string): Promise<ReadingTools['definitions']> {
  const response = await fetch(address);
  if (!response.ok) throw new Error(`${address}: ${response.status}`);
  // Built by this site from the same schemas as its pages, and served from its own origin.
  return (await response.json()) as ReadingTools['definitions'];
}

/**
 * Fetches the reader and the definitions together, once, when the first file is read, so that the
 * page wakes with neither. A failure is not remembered: the next file chosen tries again.
 */
export function loadReadingTools(definitionsAddress: string): Promise<ReadingTools> {
  pending ??= Promise.all([import('../../lib/results/read-result-file'), fetchDefinitions(definitionsAddress)]).then(
    ([reader, definitions]) => ({ reader, definitions }),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}
