/** "1 file", "1,000 files": counts in en-GB digits, like every number the dashboard shows. */
function files(count: number): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'file' : 'files'}`;
}

/**
 * What a screen reader hears after files are read, e.g. "3 files loaded, 1 could not be read.";
 * `kept` says the files came from this browser rather than from the person's choice.
 */
export function describeLoad(loaded: number, failed: number, kept = false): string {
  const done = `${files(loaded)} ${kept ? 'kept in this browser ' : ''}loaded`;
  return failed === 0 ? `${done}.` : `${done}, ${failed} could not be read.`;
}

/** What a screen reader hears while files are read, e.g. "Read 300 of 1,000 files…". */
export function describeProgress(done: number, total: number): string {
  return `Read ${done.toLocaleString('en-GB')} of ${files(total)}…`;
}
