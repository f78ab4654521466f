import type { KeptFile } from '../../lib/dashboard/kept-files';
import type { DashboardFile } from '../../lib/dashboard/model';
import { rowScorer, type ScoredRow } from '../../lib/dashboard/tables';
import type { AssessmentDefinition } from '../../schemas/assessment';
import { MAX_RESULT_FILE_BYTES } from '../../schemas/result-format';

/** A file read and checked, with its text so it can be kept in this browser if the lead asks. */
export interface LoadedEntry {
  file: DashboardFile;
  text: string;
  /** Its row in the table, scored as it was read. */
  row: ScoredRow | null;
}

/** A file that could not be read, and why, in words for the trust lead. */
export interface FailedFile {
  name: string;
  error: string;
}

/**
 * Something to read: a chosen or dropped file, or one kept in this browser. Everything about it is
 * asked for only when it is its turn, because even a chosen file's size can mean a trip to the disk,
 * which for thousands of files at once would freeze the page.
 */
export interface Source {
  name(): string;
  /** Size in bytes, checked before the text is read. */
  size(): number;
  read(): Promise<string>;
}

export function fromFile(file: File): Source {
  return { name: () => file.name, size: () => file.size, read: () => file.text() };
}

export function fromKept(kept: KeptFile): Source {
  return {
    name: () => kept.name,
    size: () => new TextEncoder().encode(kept.text).length,
    read: () => Promise.resolve(kept.text),
  };
}

const NOT_OPENED =
  'This file could not be opened. It may have been moved or deleted since it was chosen; choose it again.';
const NOT_LOADED =
  'The part of this page that reads files did not load. Check your connection, reload the page and try again.';

/** Files opened at once: the browser reads them in parallel, far quicker than one by one. */
const READ_AT_ONCE = 8;
/** Longest stretch of checking and scoring before the page gets a turn to paint and respond. */
const SLICE_MS = 30;

/** Lets the browser paint and handle input before the next stretch of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads, checks and scores the files, in groups read in parallel and in short stretches of work
 * with a pause between them, so that thousands of files never freeze the page; `onProgress` hears
 * how many are done. The reader, and zod with it, is fetched only now, so the page's first load
 * stays small.
 */
export async function readSources(
  sources: readonly Source[],
  definitions: Readonly<Record<string, AssessmentDefinition>>,
  nextId: () => string,
  onProgress: (done: number) => void = () => {},
): Promise<{ loaded: LoadedEntry[]; failed: FailedFile[] }> {
  const loaded: LoadedEntry[] = [];
  const failed: FailedFile[] = [];
  let reader: typeof import('../../lib/results/read-result-file');
  try {
    reader = await import('../../lib/results/read-result-file');
  } catch {
    return { loaded, failed: sources.map((source) => ({ name: source.name(), error: NOT_LOADED })) };
  }
  const score = rowScorer(definitions);
  let sliceStart = performance.now();
  for (let start = 0; start < sources.length; start += READ_AT_ONCE) {
    const group = sources.slice(start, start + READ_AT_ONCE).map((source) => ({
      name: source.name(),
      size: source.size(),
      source,
    }));
    // A file over the limit is never read: the reader refuses it on its size alone, with the reason.
    const texts = await Promise.all(
      group.map(({ size, source }) =>
        size > MAX_RESULT_FILE_BYTES ? Promise.resolve('') : source.read().then(String, () => null),
      ),
    );
    for (const [index, { name, size }] of group.entries()) {
      const text = texts[index];
      if (text === null || text === undefined) {
        failed.push({ name, error: NOT_OPENED });
        continue;
      }
      const result = reader.readAnyResultFile(text, size, definitions);
      if (!result.ok) {
        failed.push({ name, error: result.error });
        continue;
      }
      const { assessmentId, answers, school, tracking, savedAt, notices } = result;
      const file: DashboardFile = {
        id: nextId(),
        name,
        assessmentId,
        answers,
        ...(school === undefined ? {} : { school }),
        ...(tracking === null ? {} : { actions: tracking.actions }),
        savedAt,
        notices,
      };
      loaded.push({ file, text, row: score(file) });
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      onProgress(loaded.length + failed.length);
      await nextTask();
      sliceStart = performance.now();
    }
  }
  onProgress(sources.length);
  return { loaded, failed };
}
