import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface DirSize {
  bytes: number;
  files: number;
}

/**
 * The total size of the files under a folder (not their blocks on disk), and how many there are;
 * only the files whose name passes `include`, when given.
 */
export function dirSize(dir: string, include: (name: string) => boolean = () => true): DirSize {
  return readdirSync(dir, { withFileTypes: true }).reduce<DirSize>(
    (sum, entry) => {
      const full = join(dir, entry.name);
      const part = entry.isDirectory()
        ? dirSize(full, include)
        : include(entry.name)
          ? { bytes: statSync(full).size, files: 1 }
          : { bytes: 0, files: 0 };
      return { bytes: sum.bytes + part.bytes, files: sum.files + part.files };
    },
    { bytes: 0, files: 0 },
  );
}
