/**
 * CPU of a whole Chromium instance (every process of it: browser, renderers, the extension's
 * service worker, GPU, utilities), from /proc, so work ThruDial moves out of the page (matching in
 * the extension's worker) is still counted. Linux only; NaN elsewhere.
 */
import fs from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

interface ProcInfo {
  pid: number;
  ppid: number;
  /** utime + stime + cutime + cstime: its own CPU and that of children it reaped, ms. */
  cpuMs: number;
  cmdline: string;
}

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces and brackets: state is field 3.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    return { pid, ppid: Number(f[1]), cpuMs: ticks * TICK_MS, cmdline };
  } catch {
    return undefined; // gone meanwhile
  }
}

export interface BrowserCpu {
  /** Every process of the instance, ms. */
  totalMs: number;
  /** The extension's own process (its service worker), ms. */
  extensionMs: number;
}

/** The CPU so far of the Chromium whose browser process runs with this profile folder. */
export function browserCpu(profile: string): BrowserCpu {
  if (!fs.existsSync('/proc/self/stat')) return { totalMs: NaN, extensionMs: NaN };
  const procs = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map((d) => readProc(Number(d))).filter((p): p is ProcInfo => p !== undefined);
  const roots = new Set(procs.filter((p) => p.cmdline.includes(`--user-data-dir=${profile}`) && !p.cmdline.includes('--type=')).map((p) => p.pid));
  const children = new Map<number, ProcInfo[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let totalMs = 0;
  let extensionMs = 0;
  const visit = (p: ProcInfo) => {
    totalMs += p.cpuMs;
    if (p.cmdline.includes('--extension-process')) extensionMs += p.cpuMs;
    for (const c of children.get(p.pid) ?? []) visit(c);
  };
  for (const p of procs) if (roots.has(p.pid)) visit(p);
  return roots.size ? { totalMs, extensionMs } : { totalMs: NaN, extensionMs: NaN };
}
