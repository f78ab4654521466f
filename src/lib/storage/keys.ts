/** Every key this site writes starts with this, so its data is easy to find and to clear. */
export const STORAGE_KEY_PREFIX = 'sbp:';

/** The key holding one assessment's saved answers. */
export function answersKey(assessmentId: string): string {
  return `${STORAGE_KEY_PREFIX}answers:${assessmentId}`;
}

/** Where saved answers that could not be read are kept aside, one key per time it happened. */
export function corruptKey(assessmentId: string, at: Date): string {
  return `${STORAGE_KEY_PREFIX}corrupt:${assessmentId}:${at.toISOString()}`;
}

/** Where the trust dashboard keeps result files, only when the trust lead asks it to. */
export const DASHBOARD_KEY = `${STORAGE_KEY_PREFIX}trust-dashboard`;

/** The keys this site may write to `localStorage`, in words, for the privacy page. */
export const STORAGE_KEY_PATTERNS: readonly { pattern: string; holds: string }[] = [
  {
    pattern: `${STORAGE_KEY_PREFIX}answers:<assessment id>`,
    holds:
      'your answers to that assessment, your notes, the owners, due dates and statuses of its actions, and the school name you typed, each with when it was given',
  },
  {
    pattern: `${STORAGE_KEY_PREFIX}corrupt:<assessment id>:<date and time>`,
    holds: 'saved answers that could not be read, kept aside rather than deleted',
  },
  {
    pattern: DASHBOARD_KEY,
    holds: 'result files you chose to keep in the trust dashboard: their file names, school names and answers',
  },
];
