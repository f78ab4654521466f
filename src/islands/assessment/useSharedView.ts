import { useEffect, useState } from 'preact/hooks';
import { looksLikeShareFragment } from '../../lib/results/share-fragment';
import type { SharedExtras } from '../../lib/results/share-link';
import type { Answers, AssessmentDefinition } from '../../schemas/assessment';

/** What a share link holds: the answers, the school name and each action's status. */
export interface SharedResults extends SharedExtras {
  answers: Answers;
}

export interface SharedView {
  /** The results from a share link in the address, shown instead of the person's own. */
  shared: SharedResults | null;
  /** Why a share link in the address could not be read. */
  error: string | null;
  /** Leaves the shared view and removes the link's answers from the address. */
  close(): void;
}

/** Reads a share link's answers from the URL fragment, which browsers never send to a server. */
export function useSharedView(assessmentId: string, definition: AssessmentDefinition): SharedView {
  const [shared, setShared] = useState<SharedResults | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const read = async () => {
      const hash = window.location.hash.slice(1);
      if (!looksLikeShareFragment(hash)) return;
      // The codec loads only when the address holds a share link, which most visits do not.
      const { decodeShareFragment } = await import('../../lib/results/share-link');
      const decoded = decodeShareFragment(definition, assessmentId, hash);
      setShared(decoded.ok ? decoded : null);
      setError(decoded.ok ? null : decoded.error);
    };
    const onHash = () => void read();
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [assessmentId, definition]);

  return {
    shared,
    error,
    close() {
      setShared(null);
      setError(null);
      history.replaceState(null, '', window.location.pathname + window.location.search);
    },
  };
}
