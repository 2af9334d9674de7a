/**
 * The thread-level rules shared by the open thread's analysis (thread.ts) and the stored history
 * (utils/db/derive.ts): which positions are current, and whether the conversation is cooling down.
 * Deliberately free of the analysers themselves, so the popup can use it without loading them.
 */
import type { CurrentPosition, PositionMention, Round, Trend } from './thread';
import { POSITION_KINDS } from './types';
import type { DeadlineValue, MoneyValue, PositionKind } from './types';
import type { Person } from '../mail/types';

/** One message's stated positions, as analysed now or as stored in the history (utils/db/derive.ts). */
export interface PositionSource {
  messageId: string;
  date: string | null;
  from: Person;
  positions: readonly {
    kind: PositionKind;
    text: string;
    start?: number;
    end?: number;
    value?: MoneyValue | DeadlineValue;
    reason?: string;
  }[];
}

/**
 * The other side's current positions from their messages in order: per kind, every position of the
 * newest message that states one wins; earlier mentions of that kind are its history.
 */
export function currentPositions(sources: readonly PositionSource[]): CurrentPosition[] {
  const byKind = new Map<PositionKind, { s: PositionSource; p: PositionSource['positions'][number] }[]>();
  for (const s of sources) {
    for (const p of s.positions) {
      const list = byKind.get(p.kind) ?? [];
      list.push({ s, p });
      byKind.set(p.kind, list);
    }
  }
  const mention = (s: PositionSource, p: PositionSource['positions'][number]): PositionMention => ({
    messageId: s.messageId,
    date: s.date,
    text: p.text,
    ...(p.value ? { value: p.value } : {}),
  });
  const current: CurrentPosition[] = [];
  for (const kind of POSITION_KINDS) {
    const list = byKind.get(kind);
    if (!list?.length) continue;
    const latestId = list[list.length - 1].s.messageId;
    const history = list.filter((x) => x.s.messageId !== latestId).map((x) => mention(x.s, x.p));
    for (const { s, p } of list.filter((x) => x.s.messageId === latestId)) {
      current.push({
        kind,
        ...mention(s, p),
        start: p.start ?? 0,
        end: p.end ?? p.text.length,
        from: s.from,
        ...(p.reason ? { reason: p.reason } : {}),
        history,
      });
    }
  }
  return current;
}

/**
 * Cooling or heating: the other side's newest judged round against the mean of the two before it.
 * Shared with the stored history (utils/db/derive.ts), so the panel and the popup agree.
 */
export function trendOf(rounds: readonly Pick<Round, 'own' | 'judged' | 'score'>[]): Trend {
  const theirs = rounds.filter((r) => !r.own && r.judged);
  if (theirs.length < 2) return 'unknown';
  const last = theirs[theirs.length - 1].score;
  const before = theirs.slice(0, -1).slice(-2);
  const prev = before.reduce((s, r) => s + r.score, 0) / before.length;
  if (last - prev > 0.12) return 'heating';
  if (prev - last > 0.12) return 'cooling';
  return 'steady';
}
