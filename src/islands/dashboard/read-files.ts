import type { KeptFile } from '../../lib/dashboard/kept-files';
import type { DashboardFile } from '../../lib/dashboard/model';
import { rowScorer, type ScoredRow } from '../../lib/dashboard/tables';
import { MAX_RESULT_FILE_BYTES } from '../../schemas/result-format';
import { loadReadingTools, type ReadingTools } from './reading-tools';

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

/** A file's text and its size in bytes, or only the size once it is over the limit. */
export interface ReadText {
  text: string;
  bytes: number;
}

/**
 * Something to read: a chosen or dropped file, or one kept in this browser. Everything about it is
 * asked for only when it is its turn, because each question about a chosen file (even its size)
 * is a trip to the disk that holds up the page, which for thousands of files at once would freeze it.
 */
export interface Source {
  name(): string;
  /** The text, or null when the file could not be opened; a file over the limit is not read past it. */
  read(): Promise<ReadText | null>;
}

/**
 * Reads a chosen file as a stream, stopping once it passes the limit: one trip to the disk per
 * file rather than one for its size and another for its text, and a huge file is never loaded whole.
 */
async function readWithin(file: File, limit: number): Promise<ReadText> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    if (bytes > limit) {
      await reader.cancel();
      return { text: '', bytes };
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
  return { text: text + decoder.decode(), bytes };
}

export function fromFile(file: File): Source {
  return { name: () => file.name, read: () => readWithin(file, MAX_RESULT_FILE_BYTES).catch(() => null) };
}

export function fromKept(kept: KeptFile): Source {
  return {
    name: () => kept.name,
    read: () => Promise.resolve({ text: kept.text, bytes: new TextEncoder().encode(kept.text).length }),
  };
}

const NOT_OPENED =
  'This file could not be opened. It may have been moved or deleted since it was chosen; choose it again.';
const NOT_LOADED =
  'The part of this page that reads files did not load. Check your connection, reload the page and try again.';

/** Files opened at once: the browser reads them in parallel, far quicker than one by one. */
const READ_AT_ONCE = 32;
/** Longest stretch of checking and scoring before the page gets a turn to paint and respond. */
const SLICE_MS = 30;

/**
 * Lets the browser paint and handle input before the next stretch of work: `scheduler.yield()` where
 * the browser has it (it resumes first, not behind every other task, and is never clamped to 4 ms as
 * nested timers are), a timer elsewhere.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reads, checks and scores the files, in groups read in parallel and in short stretches of work
 * with a pause between them, so that thousands of files never freeze the page; `onProgress` hears
 * how many are done. The reader (and zod with it) and the definitions (from `definitionsAddress`)
 * are fetched only now, so the page's first load stays small; the definitions come back with the
 * files, for the tables.
 */
export async function readSources(
  sources: readonly Source[],
  definitionsAddress: string,
  nextId: () => string,
  onProgress: (done: number) => void = () => {},
): Promise<{ loaded: LoadedEntry[]; failed: FailedFile[]; definitions: ReadingTools['definitions'] | null }> {
  const loaded: LoadedEntry[] = [];
  const failed: FailedFile[] = [];
  let tools: ReadingTools;
  try {
    tools = await loadReadingTools(definitionsAddress);
  } catch {
    return {
      loaded,
      failed: sources.map((source) => ({ name: source.name(), error: NOT_LOADED })),
      definitions: null,
    };
  }
  const { reader, definitions } = tools;
  const score = rowScorer(definitions);
  let sliceStart = performance.now();
  const readGroup = (start: number) =>
    Promise.all(sources.slice(start, start + READ_AT_ONCE).map((source) => source.read()));
  // The next group is being read from disk while this one is checked and scored.
  let reading = readGroup(0);
  for (let start = 0; start < sources.length; start += READ_AT_ONCE) {
    const group = sources.slice(start, start + READ_AT_ONCE);
    const reads = await reading;
    if (start + READ_AT_ONCE < sources.length) reading = readGroup(start + READ_AT_ONCE);
    for (const [index, source] of group.entries()) {
      const name = source.name();
      const read = reads[index];
      if (!read) {
        failed.push({ name, error: NOT_OPENED });
        continue;
      }
      // A file over the limit was not read whole: the reader refuses it on its size alone, with the reason.
      const { text, bytes } = read;
      const result = reader.readAnyResultFile(text, bytes, definitions);
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
  return { loaded, failed, definitions };
}
