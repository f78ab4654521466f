import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface DirSize {
  bytes: number;
  files: number;
}

/** The total size of the files under a folder (not their blocks on disk), and how many there are. */
export function dirSize(dir: string): DirSize {
  return readdirSync(dir, { withFileTypes: true }).reduce<DirSize>(
    (sum, entry) => {
      const full = join(dir, entry.name);
      const part = entry.isDirectory() ? dirSize(full) : { bytes: statSync(full).size, files: 1 };
      return { bytes: sum.bytes + part.bytes, files: sum.files + part.files };
    },
    { bytes: 0, files: 0 },
  );
}
