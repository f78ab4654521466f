import { useEffect, useRef, useState } from 'preact/hooks';
import { forgetKeptFiles, keepFiles, readKeptFiles } from '../../lib/dashboard/kept-files';
import { describeLoad, describeProgress } from '../../lib/dashboard/messages';
import type { AssessmentDefinition } from '../../schemas/assessment';
import { browserStorage } from '../assessment/browser-storage';
import { fromFile, fromKept, readSources, type FailedFile, type LoadedEntry, type Source } from './read-files';

/**
 * Least time between two progress announcements: the bar moves with every stretch of work, but a
 * screen reader hears how far reading has gone no more than once a second.
 */
const ANNOUNCE_EVERY_MS = 1000;

const NOT_KEPT = 'They are still shown here, but will be gone when you close or reload this page.';
const STORAGE_PROBLEMS = {
  full: `These results could not be kept: this browser has no room left for this site. ${NOT_KEPT}`,
  unavailable: `These results could not be kept: this browser does not let this site keep anything, which can happen in private browsing. ${NOT_KEPT}`,
  unreadable:
    'Results kept in this browser earlier could not be read. Choose “Clear all results” to remove them, then load the files again.',
  notForgotten:
    'The kept results could not be removed, because this browser does not let this site change what it keeps. Clear this site’s data in your browser’s settings to remove them.',
} as const;

/**
 * The loaded files and everything about them that the page says: the last batch's failures, the
 * status line, and whether the files are kept in this browser. Nothing is stored unless `keep` is on.
 */
export function useDashboardFiles(definitionsAddress: string) {
  const [entries, setEntries] = useState<LoadedEntry[]>([]);
  /** Fetched with the reader when the first file is read; none until then, as there is nothing to show. */
  const [definitions, setDefinitions] = useState<Readonly<Record<string, AssessmentDefinition>>>({});
  const [failed, setFailed] = useState<FailedFile[]>([]);
  /** Counts batches that failed, so a new list of failures is announced again. */
  const [failedBatch, setFailedBatch] = useState(0);
  const [status, setStatus] = useState('');
  /** Files read so far and in all, while a batch is being read. */
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  /** True when the last failures were files kept in this browser, which are now no longer kept. */
  const [failedWereKept, setFailedWereKept] = useState(false);
  const [keep, setKeep] = useState(false);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const lastId = useRef(0);

  async function load(sources: readonly Source[], kept: boolean): Promise<void> {
    if (sources.length === 0) return;
    const total = sources.length;
    setStatus(describeProgress(0, total));
    setProgress({ done: 0, total });
    let announced = performance.now();
    const batch = await readSources(
      sources,
      definitionsAddress,
      () => `file-${(lastId.current += 1)}`,
      (done) => {
        setProgress({ done, total });
        if (performance.now() - announced < ANNOUNCE_EVERY_MS) return;
        announced = performance.now();
        setStatus(describeProgress(done, total));
      },
    );
    setProgress(null);
    if (batch.definitions) setDefinitions(batch.definitions);
    setEntries((current) => [...current, ...batch.loaded]);
    setFailed(batch.failed);
    setFailedWereKept(kept);
    if (batch.failed.length > 0) setFailedBatch((count) => count + 1);
    setStatus(describeLoad(batch.loaded.length, batch.failed.length, kept));
  }

  useEffect(() => {
    const kept = readKeptFiles(browserStorage());
    if (kept.status !== 'kept') {
      if (kept.status === 'unreadable') setStorageProblem(STORAGE_PROBLEMS.unreadable);
      setReady(true);
      return;
    }
    // Keep is switched on only once the kept files are back, so they are never overwritten by an empty list.
    void load(kept.files.map(fromKept), true).then(() => {
      setKeep(true);
      setReady(true);
    });
    // Once, on mount: the kept files are read back a single time; `load` is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!keep) return;
    const result = keepFiles(
      browserStorage(),
      entries.map(({ file, text }) => ({ name: file.name, text })),
    );
    if (result.ok) return;
    setKeep(false);
    setStorageProblem(STORAGE_PROBLEMS[result.reason]);
  }, [keep, entries]);

  return {
    definitions,
    entries,
    failed,
    failedBatch,
    failedWereKept,
    status,
    progress,
    keep,
    storageProblem,
    ready,
    addFiles: (files: readonly File[]) => load(files.map(fromFile), false),
    remove(id: string) {
      const entry = entries.find(({ file }) => file.id === id);
      setEntries((current) => current.filter(({ file }) => file.id !== id));
      if (entry) setStatus(`${entry.file.school ?? entry.file.name} removed.`);
    },
    setKeeping(on: boolean) {
      setStorageProblem(null);
      if (on) {
        setKeep(true);
        return;
      }
      setKeep(false);
      if (!forgetKeptFiles(browserStorage()).ok) setStorageProblem(STORAGE_PROBLEMS.notForgotten);
    },
    clear() {
      setEntries([]);
      setFailed([]);
      setKeep(false);
      setStorageProblem(forgetKeptFiles(browserStorage()).ok ? null : STORAGE_PROBLEMS.notForgotten);
      setStatus('All results cleared from this page and this browser.');
    },
  };
}
