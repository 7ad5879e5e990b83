import { cpus, loadavg, totalmem } from 'node:os';

/** The line every read-model benchmark prints first: cores, memory, Node and the load average at the start. */
export function machineLine(): string {
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
  return `  machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; node ${process.version}; load average ${load}`;
}
