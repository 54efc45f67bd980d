// CPU time used so far by every process of a process group (Linux /proc), to
// turn a run into "milliseconds of CPU per request".
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** utime + stime of all live processes whose group is `pgid`, in ms; NaN off Linux. */
export function groupCpuMs(pgid: number): number {
  let ticks = 0;
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return NaN;
  }
  for (const pid of entries) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // Fields after the command name (which may hold spaces) in parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) !== pgid) continue; // field 5: pgrp
    ticks += Number(fields[11]) + Number(fields[12]); // fields 14, 15: utime, stime
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

function groupPids(pgid: number): number[] {
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) === pgid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/**
 * Pins every thread of a process group to one CPU (taskset), so two processes
 * compared side by side get the same share of one core: otherwise one that hands
 * work to libuv's thread pool also gets time on the other core.
 */
export function pinGroup(pgid: number, cpu: number): void {
  for (const pid of groupPids(pgid)) {
    const result = spawnSync('taskset', ['-a', '-p', '-c', String(cpu), String(pid)], {
      stdio: 'ignore',
    });
    if (result.status !== 0) throw new Error(`taskset could not pin process ${pid}`);
  }
}
