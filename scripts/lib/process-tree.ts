import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeUsage {
  /** Highest sum of resident memory over the whole process tree, sampled. */
  peakRssBytes: number;
  /** Highest resident memory of any single process in the tree (the kernel's VmHWM). */
  peakProcessBytes: number;
  /**
   * CPU time (user + system) used by the tree, as last sampled: unlike wall time, it hardly changes
   * when other work shares the machine. Up to one interval of a process's last moments is missed.
   */
  cpuMs: number;
}

interface ProcStat {
  parent: string;
  cpuTicks: number;
}

function readStat(pid: string): ProcStat | null {
  try {
    // The command name in field 2 may hold spaces or parentheses, so fields are counted after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): parent is field 4, utime and stime are fields 14 and 15.
    return { parent: fields[1] ?? '', cpuTicks: Number(fields[11] ?? 0) + Number(fields[12] ?? 0) };
  } catch {
    return null; // exited between listing and reading
  }
}

function treeOf(root: number): Map<string, ProcStat> {
  const stats = new Map<string, ProcStat>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const stat = readStat(pid);
    if (stat) stats.set(pid, stat);
  }
  const tree = new Map<string, ProcStat>();
  const queue = [String(root)];
  while (queue.length > 0) {
    const pid = queue.shift() ?? '';
    const stat = stats.get(pid);
    if (!stat || tree.has(pid)) continue;
    tree.set(pid, stat);
    for (const [child, childStat] of stats) if (childStat.parent === pid) queue.push(child);
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
 * Watches a process and everything it starts (Astro builds in Node, then Pagefind indexes in its
 * own binary) by polling /proc on Linux: memory and CPU time. Returns null where there is no /proc.
 */
export function watchProcessTree(pid: number, intervalMs = 100): { stop(): TreeUsage } | null {
  let ticksPerSecond: number;
  try {
    readFileSync(`/proc/${pid}/stat`);
    ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return null;
  }
  const usage: TreeUsage = { peakRssBytes: 0, peakProcessBytes: 0, cpuMs: 0 };
  const cpuTicks = new Map<string, number>();
  const sample = () => {
    let rssKb = 0;
    for (const [member, stat] of treeOf(pid)) {
      rssKb += statusKb(member, 'VmRSS');
      usage.peakProcessBytes = Math.max(usage.peakProcessBytes, statusKb(member, 'VmHWM') * 1024);
      cpuTicks.set(member, stat.cpuTicks);
    }
    usage.peakRssBytes = Math.max(usage.peakRssBytes, rssKb * 1024);
    usage.cpuMs = ([...cpuTicks.values()].reduce((sum, ticks) => sum + ticks, 0) * 1000) / ticksPerSecond;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return usage;
    },
  };
}
