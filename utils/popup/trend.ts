/**
 * The tone trend chart's geometry and its spoken summary, kept pure so both are unit-testable. The
 * chart plots each round's tone score (0 calm … 1 hostile; higher is drawn higher), one point per
 * message in thread order. The line follows the other side only: the trend is about how *they* are
 * moving, and the user's own replies are drawn as hollow points for context.
 */
import type { RoundRecord } from '@/utils/db/types';
import type { Trend } from '@/utils/analysis/thread';
import { TREND_LABEL } from './format';

export interface ChartPoint {
  x: number;
  y: number;
  round: RoundRecord;
  index: number;
}

export interface ChartGeometry {
  points: ChartPoint[];
  /** SVG path through the other side's judged rounds ('' when fewer than two). */
  line: string;
}

export const CHART = { width: 320, height: 72, pad: 8 } as const;

export function chartGeometry(
  rounds: RoundRecord[],
  size: { width: number; height: number; pad: number } = CHART,
) {
  const { width, height, pad } = size;
  const n = rounds.length;
  const step = n > 1 ? (width - 2 * pad) / (n - 1) : 0;
  const points: ChartPoint[] = rounds.map((round, index) => ({
    round,
    index,
    x: n > 1 ? pad + index * step : width / 2,
    // Unjudged rounds sit on the calm baseline, drawn differently by the component.
    y: pad + (1 - clamp(round.judged ? round.score : 0)) * (height - 2 * pad),
  }));
  const theirs = points.filter((p) => !p.round.own && p.round.judged);
  const line =
    theirs.length > 1
      ? theirs.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ')
      : '';
  return { points, line } satisfies ChartGeometry;
}

const clamp = (v: number) => Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0));

/** "Tone over 5 rounds: cooling down. Their latest message: tense." */
export function trendSummary(rounds: RoundRecord[], trend: Trend): string {
  if (!rounds.length) return 'No rounds yet';
  const head = `Tone over ${rounds.length === 1 ? '1 round' : `${rounds.length} rounds`}: ${TREND_LABEL[trend]}`;
  const last = [...rounds].reverse().find((r) => !r.own && r.judged);
  return last ? `${head}. Their latest message: ${last.level}.` : `${head}.`;
}
