import type { KeptFile } from '../../lib/dashboard/kept-files';
import type { DashboardFile } from '../../lib/dashboard/model';
import type { AssessmentDefinition } from '../../schemas/assessment';
import { MAX_RESULT_FILE_BYTES } from '../../schemas/result-format';

/** A file read and checked, with its text so it can be kept in this browser if the lead asks. */
export interface LoadedEntry {
  file: DashboardFile;
  text: string;
}

/** A file that could not be read, and why, in words for the trust lead. */
export interface FailedFile {
  name: string;
  error: string;
}

/** Something to read: a chosen or dropped file, or one kept in this browser. */
export interface Source {
  name: string;
  /** Size in bytes, checked before the text is read. */
  size: number;
  read(): Promise<string>;
}

export function fromFile(file: File): Source {
  return { name: file.name, size: file.size, read: () => file.text() };
}

export function fromKept(kept: KeptFile): Source {
  return { name: kept.name, size: new TextEncoder().encode(kept.text).length, read: () => Promise.resolve(kept.text) };
}

const NOT_OPENED =
  'This file could not be opened. It may have been moved or deleted since it was chosen; choose it again.';
const NOT_LOADED =
  'The part of this page that reads files did not load. Check your connection, reload the page and try again.';

/**
 * Reads and checks each file in turn. The reader, and zod with it, is fetched only now, so the
 * page's first load stays small.
 */
export async function readSources(
  sources: readonly Source[],
  definitions: Readonly<Record<string, AssessmentDefinition>>,
  nextId: () => string,
): Promise<{ loaded: LoadedEntry[]; failed: FailedFile[] }> {
  const loaded: LoadedEntry[] = [];
  const failed: FailedFile[] = [];
  let reader: typeof import('../../lib/results/read-result-file');
  try {
    reader = await import('../../lib/results/read-result-file');
  } catch {
    return { loaded, failed: sources.map(({ name }) => ({ name, error: NOT_LOADED })) };
  }
  for (const source of sources) {
    let text = '';
    // A file over the limit is never read: the reader refuses it on its size alone, with the reason.
    if (source.size <= MAX_RESULT_FILE_BYTES) {
      try {
        text = await source.read();
      } catch {
        failed.push({ name: source.name, error: NOT_OPENED });
        continue;
      }
    }
    const result = reader.readAnyResultFile(text, source.size, definitions);
    if (!result.ok) {
      failed.push({ name: source.name, error: result.error });
      continue;
    }
    const { assessmentId, answers, school, savedAt, notices } = result;
    loaded.push({
      file: {
        id: nextId(),
        name: source.name,
        assessmentId,
        answers,
        ...(school === undefined ? {} : { school }),
        savedAt,
        notices,
      },
      text,
    });
  }
  return { loaded, failed };
}
