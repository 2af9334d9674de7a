/**
 * Scoring of extracted positions against gold labels (shared/data/dev-emails.jsonl format). A predicted
 * position matches a gold one when the kinds are equal and the character spans overlap; the gold span
 * is found with indexOf of its text in the email. Each gold and each predicted position is matched at
 * most once (greedy, in order of largest overlap).
 */
import { POSITION_KINDS } from './types';
import type { Position, PositionKind } from './types';

export interface GoldPosition {
  kind: PositionKind | string;
  text: string;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface PositionScores {
  perKind: Record<string, Score>;
  micro: Score;
}

export interface MatchDetail {
  /** Per email: unmatched gold (false negatives) and unmatched predictions (false positives). */
  missed: GoldPosition[];
  spurious: Position[];
}

export { POSITION_KINDS };

/**
 * The half of a labeled set with odd (1) or even (0) numeric id suffixes: how the sets written later are
 * split into a development half and a held-out half ("f3a-017" is odd).
 */
export function idHalf<T extends { id: string }>(rows: T[], parity: 0 | 1): T[] {
  return rows.filter((x) => Number(/\d+$/.exec(x.id)?.[0]) % 2 === parity);
}

const score = (tp: number, fp: number, fn: number): Score => {
  const precision = tp + fp ? tp / (tp + fp) : tp + fn ? 0 : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
};

/** Matches one email's predictions to its gold positions. */
export function matchEmail(
  gold: GoldPosition[],
  predicted: Position[],
  text: string,
): { pairs: [number, number][]; detail: MatchDetail } {
  const goldSpans = gold.map((g) => {
    const start = text.indexOf(g.text);
    return { start, end: start < 0 ? -1 : start + g.text.length };
  });
  const candidates: { gi: number; pi: number; overlap: number }[] = [];
  gold.forEach((g, gi) => {
    const gs = goldSpans[gi];
    if (gs.start < 0) return;
    predicted.forEach((p, pi) => {
      if (p.kind !== g.kind) return;
      const overlap = Math.min(gs.end, p.end) - Math.max(gs.start, p.start);
      if (overlap > 0) candidates.push({ gi, pi, overlap });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedG.has(c.gi) || usedP.has(c.pi)) continue;
    usedG.add(c.gi);
    usedP.add(c.pi);
    pairs.push([c.gi, c.pi]);
  }
  return {
    pairs,
    detail: {
      missed: gold.filter((_, i) => !usedG.has(i)),
      spurious: predicted.filter((_, i) => !usedP.has(i)),
    },
  };
}

/** Per-kind and micro-averaged precision / recall / F1 over a set of emails. */
export function scorePositions(
  gold: GoldPosition[][],
  predicted: Position[][],
  texts: string[],
): PositionScores {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  const bump = (kind: string, key: 'tp' | 'fp' | 'fn') => {
    counts[kind] ??= { tp: 0, fp: 0, fn: 0 };
    counts[kind][key]++;
  };
  for (const k of POSITION_KINDS) counts[k] = { tp: 0, fp: 0, fn: 0 };
  gold.forEach((g, i) => {
    const p = predicted[i] ?? [];
    const { pairs, detail } = matchEmail(g, p, texts[i] ?? '');
    for (const [gi] of pairs) bump(g[gi].kind, 'tp');
    for (const m of detail.missed) bump(m.kind, 'fn');
    for (const s of detail.spurious) bump(s.kind, 'fp');
  });
  const perKind: Record<string, Score> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of Object.entries(counts)) {
    perKind[k] = score(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { perKind, micro: score(tp, fp, fn) };
}

/** A plain-text table of scores. */
export function formatScores(title: string, s: PositionScores): string {
  const pct = (x: number) => x.toFixed(3);
  const rows = [
    `${title}`,
    `${'kind'.padEnd(12)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}`,
  ];
  const line = (k: string, v: Score) =>
    `${k.padEnd(12)} ${pct(v.precision).padStart(6)} ${pct(v.recall).padStart(6)} ${pct(v.f1).padStart(6)} ${String(v.tp).padStart(4)} ${String(v.fp).padStart(4)} ${String(v.fn).padStart(4)}`;
  for (const [k, v] of Object.entries(s.perKind)) rows.push(line(k, v));
  rows.push(line('micro', s.micro));
  return rows.join('\n');
}
