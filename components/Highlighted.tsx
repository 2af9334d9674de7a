/**
 * A message's text with its tone signals and positions highlighted. Builds text nodes and <mark>
 * elements only (never HTML from the mail), splitting the text at every span boundary.
 */
import type { Position, Signal } from '@/utils/analysis/types';

export interface HighlightProps {
  text: string;
  signals: Signal[];
  positions: Position[];
  /** A position to draw attention to (clicked in the positions list). */
  focus?: { start: number; end: number } | null;
}

interface Piece {
  start: number;
  end: number;
  signals: Signal[];
  positions: Position[];
}

export function pieces(text: string, signals: Signal[], positions: Position[]): Piece[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of [...signals, ...positions]) {
    if (s.start >= 0 && s.end <= text.length && s.end > s.start) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    out.push({
      start,
      end,
      signals: signals.filter((s) => s.start <= start && s.end >= end),
      positions: positions.filter((p) => p.start <= start && p.end >= end),
    });
  }
  return out;
}

const KIND_LABEL: Record<string, string> = {
  demand: 'Demand',
  amount: 'Amount',
  deadline: 'Deadline',
  threat: 'Threat',
  escalation: 'Escalation',
  refusal: 'Refusal',
  commitment: 'Commitment',
};

export function Highlighted({ text, signals, positions, focus }: HighlightProps) {
  return (
    <>
      {pieces(text, signals, positions).map((p) => {
        const content = text.slice(p.start, p.end);
        if (!p.signals.length && !p.positions.length) return content;
        const focused = !!focus && p.start >= focus.start && p.end <= focus.end;
        const title = [
          ...p.signals.map((s) => `${s.kind}: ${s.explanation}`),
          ...p.positions.map((x) => KIND_LABEL[x.kind]),
        ].join('\n');
        const cls = [
          p.signals.length ? 'signal' : '',
          ...p.positions.map((x) => `pos pos-${x.kind}`),
          focused ? 'focus' : '',
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <mark key={p.start} class={cls} title={title} data-start={p.start}>
            {content}
          </mark>
        );
      })}
    </>
  );
}
