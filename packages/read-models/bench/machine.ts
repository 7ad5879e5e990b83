import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

/** The line every read-model benchmark prints first: cores, memory, Node and the load average at the start. */
export function machineLine(): string {
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
  return `  machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; node ${process.version}; load average ${load}`;
}

/** CPU milliseconds the whole machine has spent (user, nice, system, irq, softirq), or undefined off Linux. */
export function machineCpuMs(): number | undefined {
  if (!existsSync('/proc/stat')) return undefined;
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1);
  const ticks = [0, 1, 2, 5, 6].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0);
  return ticks * 10;
}
