// Resident memory of a process group (Linux /proc), sampled while something runs,
// to report the memory a step adds to a server.
import { readdirSync, readFileSync } from 'node:fs';

/** VmRSS of all live processes whose group is `pgid`, in bytes; NaN off Linux. */
export function groupRssBytes(pgid: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return NaN;
  }
  let total = 0;
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== pgid) continue;
      const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += Number(rss?.[1] ?? 0) * 1024;
    } catch {
      // exited meanwhile
    }
  }
  return total;
}

/** Samples the groups' RSS every `everyMs` until stop(); gives each group's peak. */
export function watchRss(pgids: number[], everyMs = 100) {
  const peaks = pgids.map((pgid) => groupRssBytes(pgid));
  const timer = setInterval(() => {
    pgids.forEach((pgid, i) => {
      peaks[i] = Math.max(peaks[i] ?? 0, groupRssBytes(pgid));
    });
  }, everyMs);
  return {
    stop(): number[] {
      clearInterval(timer);
      return peaks;
    },
  };
}
