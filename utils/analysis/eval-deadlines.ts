/**
 * Scores deadline detection on labeled emails (tests/data/deadline-dev.jsonl): span precision, recall
 * and F1 (a found deadline matches a labeled one when the spans overlap, each used once) and how many
 * matched deadlines with a labeled date got that date. Pure: used by `npm run eval`, its script and a test.
 */
import { extractPositions } from './positions';

export interface DeadlineItem {
  id: string;
  /** The message's date, `YYYY-MM-DD`. */
  date: string;
  text: string;
  deadlines: { text: string; date: string | null }[];
  not_deadlines: string[];
}

export interface DeadlineScores {
  emails: number;
  precision: number;
  recall: number;
  f1: number;
  dated: number;
  datesRight: number;
  /** One line per miss, false alarm and wrong date. */
  problems: string[];
}

export function parseDeadlineItems(jsonl: string): DeadlineItem[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DeadlineItem);
}

const context = (text: string, start: number, end: number) =>
  (
    text.slice(Math.max(0, start - 60), start) +
    '[' +
    text.slice(start, end) +
    ']' +
    text.slice(end, end + 40)
  ).replace(/\s+/g, ' ');

export function scoreDeadlines(items: DeadlineItem[]): DeadlineScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let dated = 0;
  let datesRight = 0;
  const problems: string[] = [];
  for (const item of items) {
    const found = extractPositions(item.text, { date: `${item.date}T09:00:00` }).filter(
      (p) => p.kind === 'deadline',
    );
    const used = new Set<number>();
    for (const gold of item.deadlines) {
      const start = item.text.indexOf(gold.text);
      const end = start + gold.text.length;
      const i = found.findIndex((p, k) => !used.has(k) && p.start < end && p.end > start);
      if (i < 0) {
        fn++;
        problems.push(`MISS  ${item.id} "${gold.text}"  ‹${context(item.text, start, end)}›`);
        continue;
      }
      used.add(i);
      tp++;
      if (!gold.date) continue;
      dated++;
      const value = found[i].value;
      const got = value && 'date' in value && value.date ? value.date.slice(0, 10) : '';
      if (got === gold.date) datesRight++;
      else problems.push(`DATE  ${item.id} "${gold.text}" want ${gold.date} got ${got || 'none'}`);
    }
    found.forEach((p, k) => {
      if (used.has(k)) return;
      fp++;
      problems.push(`FALSE ${item.id} "${p.text}"  ‹${context(item.text, p.start, p.end)}›`);
    });
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  return { emails: items.length, precision, recall, f1, dated, datesRight, problems };
}

export function formatDeadlineScores(title: string, s: DeadlineScores): string {
  return (
    `${title} (${s.emails} emails): deadline P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  ` +
    `F1 ${s.f1.toFixed(3)}; dates right ${s.datesRight}/${s.dated}`
  );
}
