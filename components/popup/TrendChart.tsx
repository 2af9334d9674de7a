/**
 * The tone trend across rounds as a small inline SVG (no chart library). Screen readers get one
 * sentence (`role="img"` + aria-label); each point also has a hover title.
 */
import type { RoundRecord } from '@/utils/db/types';
import type { Trend } from '@/utils/analysis/thread';
import { CHART, chartGeometry, trendSummary } from '@/utils/popup/trend';
import { personName, shortDate } from '@/utils/popup/format';

export function TrendChart({ rounds, trend, today }: { rounds: RoundRecord[]; trend: Trend; today: string }) {
  const { width, height, pad } = CHART;
  const { points, line } = chartGeometry(rounds);
  const summary = trendSummary(rounds, trend);
  return (
    <figure class="trend-chart" data-parley="trend">
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        height={height}
        preserveAspectRatio="none"
      >
        <line class="grid" x1={pad} x2={width - pad} y1={pad} y2={pad} />
        <line class="grid" x1={pad} x2={width - pad} y1={height / 2} y2={height / 2} />
        <line class="grid base" x1={pad} x2={width - pad} y1={height - pad} y2={height - pad} />
        {line && <path class="trend-line" d={line} />}
        {points.map((p) => (
          <circle
            key={p.round.messageId}
            cx={p.x}
            cy={p.y}
            r={p.round.own ? 3 : 4}
            class={`pt tone-${p.round.judged ? p.round.level : 'unjudged'}${p.round.own ? ' own' : ''}`}
          >
            <title>
              {`${p.index + 1}. ${p.round.own ? 'You' : personName(p.round.from)}${
                p.round.date ? `, ${shortDate(p.round.date, today)}` : ''
              }: ${p.round.judged ? p.round.level : 'not judged'}`}
            </title>
          </circle>
        ))}
      </svg>
      <figcaption>
        <span class="legend hostile-up">Higher is more hostile</span>
        <span class="legend own-key">○ your replies</span>
      </figcaption>
    </figure>
  );
}
