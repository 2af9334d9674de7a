/**
 * Scores the position extractor on the labeled dev set, separately on the TUNE split (dev-001..060)
 * and the HELD-OUT split (dev-061..090), and on all of it.
 *
 *   npx tsx scripts/eval-positions.ts [--errors tune|held-out|all] [path/to/dev-emails.jsonl]
 *
 * `--errors tune` also prints each missed gold position (fn) and spurious prediction (fp) of the tune
 * split, which is what the rules were tuned on. Held-out errors are never printed by default.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { extractPositions } from '../utils/analysis/positions';
import { formatScores, matchEmail, scorePositions } from '../utils/analysis/eval-positions';
import type { GoldPosition } from '../utils/analysis/eval-positions';

interface Row {
  id: string;
  text: string;
  date?: string | null;
  positions: GoldPosition[];
}

const args = process.argv.slice(2);
const errIdx = args.indexOf('--errors');
const showErrors = errIdx >= 0 ? args[errIdx + 1] : null;
const pathArg = args.find((a, i) => !a.startsWith('--') && (errIdx < 0 || i !== errIdx + 1));
const here = dirname(fileURLToPath(import.meta.url));
const file = pathArg ?? resolve(here, '../../shared/data/dev-emails.jsonl');

const rows: Row[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

const num = (id: string) => Number(/(\d+)$/.exec(id)?.[1] ?? NaN);
const splits: [string, Row[]][] = [
  ['TUNE (dev-001..060)', rows.filter((r) => num(r.id) <= 60)],
  ['HELD-OUT (dev-061..090)', rows.filter((r) => num(r.id) > 60)],
  ['ALL (dev-001..090)', rows],
];

// Warm up the regex engine and JIT so the timing below is the steady state of a running extension.
for (let i = 0; i < 20; i++) for (const r of rows) extractPositions(r.text, { date: r.date ?? null });

for (const [name, set] of splits) {
  const runs = 20;
  const t0 = performance.now();
  for (let i = 0; i < runs - 1; i++) for (const r of set) extractPositions(r.text, { date: r.date ?? null });
  const predicted = set.map((r) => extractPositions(r.text, { date: r.date ?? null }));
  const ms = (performance.now() - t0) / runs;
  const scores = scorePositions(
    set.map((r) => r.positions),
    predicted,
    set.map((r) => r.text),
  );
  console.log(
    formatScores(
      `${name}: ${set.length} emails, ${(ms / Math.max(1, set.length)).toFixed(3)} ms/email`,
      scores,
    ),
  );
  console.log('');
  const wanted =
    showErrors === 'tune'
      ? name.startsWith('TUNE')
      : showErrors === 'held-out'
        ? name.startsWith('HELD')
        : showErrors === 'all'
          ? name.startsWith('ALL')
          : false;
  if (wanted) {
    set.forEach((r, i) => {
      const { detail } = matchEmail(r.positions, predicted[i], r.text);
      for (const m of detail.missed) console.log(`${r.id}  FN ${m.kind.padEnd(10)} | ${m.text}`);
      for (const s of detail.spurious) console.log(`${r.id}  FP ${s.kind.padEnd(10)} | ${s.text}`);
    });
    console.log('');
  }
}
