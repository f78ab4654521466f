import { readdirSync, readFileSync } from 'node:fs';

export interface MemoryPeak {
  /** Highest sum of resident memory over the whole process tree, sampled. */
  treeRssBytes: number;
  /** Highest resident memory of any single process in the tree (the kernel's VmHWM). */
  processHwmBytes: number;
}

function parentOf(pid: string): string | null {
  try {
    // The command name in field 2 may hold spaces or parentheses, so fields are counted after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? null;
  } catch {
    return null; // exited between listing and reading
  }
}

function descendantsAndSelf(root: number): string[] {
  const children = new Map<string, string[]>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const parent = parentOf(pid);
    if (parent) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const tree: string[] = [];
  const queue = [String(root)];
  while (queue.length > 0) {
    const pid = queue.shift() ?? '';
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function statusKb(pid: string, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return Number(match?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Watches the memory of a process and everything it starts (Astro builds in Node, then Pagefind
 * indexes in its own binary), by polling /proc on Linux. Returns null elsewhere.
 */
export function watchProcessTreeMemory(pid: number, intervalMs = 100): { stop(): MemoryPeak } | null {
  try {
    readdirSync('/proc');
    readFileSync(`/proc/${pid}/status`);
  } catch {
    return null;
  }
  const peak: MemoryPeak = { treeRssBytes: 0, processHwmBytes: 0 };
  const sample = () => {
    let rssKb = 0;
    for (const member of descendantsAndSelf(pid)) {
      rssKb += statusKb(member, 'VmRSS');
      peak.processHwmBytes = Math.max(peak.processHwmBytes, statusKb(member, 'VmHWM') * 1024);
    }
    peak.treeRssBytes = Math.max(peak.treeRssBytes, rssKb * 1024);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
