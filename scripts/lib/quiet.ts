/**
 * Waits until this machine's processors are quiet, before a timed benchmark phase.
 *
 * After Chromium starts on a profile that has just taken a large write (the popup bench imports 70 MB
 * into IndexedDB), the browser spends several seconds compacting the database on background threads.
 * On a 2-core machine that work competes with whatever is being timed, and the first popups opened
 * then are 30–60 % slower than every later one. A user's 10,000 negotiations were written over months,
 * so the bench times the popup once that one-off work is over, and reports how long it waited.
 */
import { cpus } from 'node:os';

/** Busy fraction of all processors over `ms` milliseconds (0 = idle, 1 = all busy). */
async function busyOver(ms: number): Promise<number> {
  const total = () =>
    cpus().reduce(
      (acc, cpu) => {
        const t = cpu.times;
        acc.idle += t.idle;
        acc.all += t.user + t.nice + t.sys + t.irq + t.idle;
        return acc;
      },
      { idle: 0, all: 0 },
    );
  const a = total();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const b = total();
  const all = b.all - a.all;
  return all > 0 ? 1 - (b.idle - a.idle) / all : 0;
}

/**
 * Resolves once the processors were less than `threshold` busy for `windows` consecutive windows of
 * `windowMs`, or after `maxMs` whatever the load (the answer then says so). Returns the time waited.
 */
export async function waitForQuiet(
  options: { threshold?: number; windowMs?: number; windows?: number; maxMs?: number } = {},
): Promise<{ waitedMs: number; quiet: boolean }> {
  const { threshold = 0.15, windowMs = 500, windows = 2, maxMs = 30_000 } = options;
  const start = Date.now();
  let calm = 0;
  while (Date.now() - start < maxMs) {
    calm = (await busyOver(windowMs)) < threshold ? calm + 1 : 0;
    if (calm >= windows) return { waitedMs: Date.now() - start, quiet: true };
  }
  return { waitedMs: Date.now() - start, quiet: false };
}
