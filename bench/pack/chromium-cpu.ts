/**
 * CPU time of a Chromium instance and all its child processes (renderer, GPU, utility, zygote), read from
 * /proc, for bench/pack-browser.ts. The app's pack worker runs in a renderer process, but reading the stored
 * Blobs and writing to the origin private file system also costs the browser process: all of it is counted.
 */
import { readFileSync, readdirSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

interface ProcInfo {
  pid: number;
  ppid: number;
  cpuMs: number;
  kind: string;
}

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const kind = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
    const utility = /--utility-sub-type=([\w.]+)/.exec(cmd)?.[1];
    return {
      pid,
      ppid: Number(fields[1]),
      cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
      kind: utility ? `utility:${utility.split('.').pop()}` : kind,
    };
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** CPU per thread name (ms) of one process: Chromium names its threads ("DedicatedWorker thread", "V8 DefaultWorke"). */
function threadCpu(pid: number, kind: string, out: Map<string, number>): void {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return; // the process ended
  }
  for (const task of tasks) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/[\d/]+$/, '');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const key = `${kind} ${name}`;
      out.set(key, (out.get(key) ?? 0) + (Number(fields[11]) + Number(fields[12])) * TICK_MS);
    } catch {
      // the thread ended between listing and reading
    }
  }
}

/**
 * CPU per process kind (ms), for the Chromium whose browser process is `rootPid` and its descendants; with
 * `byThread`, per process kind and thread name.
 */
export function chromiumCpu(rootPid: number, byThread = false): Map<string, number> {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProc(Number(name)))
    .filter((p): p is ProcInfo => p !== undefined);
  const children = new Map<number, ProcInfo[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const out = new Map<string, number>();
  const root = all.find((p) => p.pid === rootPid);
  const queue = root ? [root] : [];
  for (let p = queue.shift(); p; p = queue.shift()) {
    if (byThread) threadCpu(p.pid, p.kind, out);
    else out.set(p.kind, (out.get(p.kind) ?? 0) + p.cpuMs);
    queue.push(...(children.get(p.pid) ?? []));
  }
  return out;
}

/** `after - before` per kind; kinds whose processes started in between count from zero. */
export function cpuDelta(before: Map<string, number>, after: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [kind, ms] of after) out.set(kind, ms - (before.get(kind) ?? 0));
  return out;
}

export function totalCpu(byKind: Map<string, number>): number {
  let sum = 0;
  for (const ms of byKind.values()) sum += ms;
  return sum;
}
