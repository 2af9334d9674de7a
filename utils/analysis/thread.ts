/**
 * Thread-level analysis: the other side's current positions (latest wins, with how each changed), the
 * tone of each round and whether the conversation is cooling down or heating up, and who escalated.
 */
import type { Message, Person, Thread } from '../mail/types';
import { analyzeCached } from './analyze';
import { POSITION_KINDS } from './types';
import type { DeadlineValue, MessageAnalysis, MoneyValue, PositionKind, ToneLevel } from './types';

export interface PositionMention {
  messageId: string;
  date: string | null;
  text: string;
  value?: MoneyValue | DeadlineValue;
}

export interface CurrentPosition extends PositionMention {
  kind: PositionKind;
  start: number;
  end: number;
  /** Who stated it. */
  from: Person;
  /** The interest behind it, when the text gives one. */
  reason?: string;
  /** Earlier mentions of the same kind by the other side, oldest first (for amounts: how they moved). */
  history: PositionMention[];
}

export interface Round {
  messageId: string;
  date: string | null;
  from: Person;
  own: boolean;
  level: ToneLevel;
  score: number;
  judged: boolean;
}

export type Trend = 'cooling' | 'heating' | 'steady' | 'unknown';

export interface ThreadAnalysis {
  messages: { id: string; analysis: MessageAnalysis }[];
  /** The other side's current positions: demands, amounts, deadlines, threats first. */
  current: CurrentPosition[];
  rounds: Round[];
  trend: Trend;
  escalatedBy: { from: Person; messageId: string; date: string | null; text: string } | null;
}

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

/** Whose side a message is on: the mailbox owner's, or the other side. Unknown owner: the last sender's counterpart. */
function otherSide(messages: Message[]): (m: Message) => boolean {
  if (messages.some((m) => m.own)) return (m) => !m.own;
  return () => true;
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

export function analyzeThread(thread: Pick<Thread, 'messages'>): ThreadAnalysis {
  const isOther = otherSide(thread.messages);
  const analysed = thread.messages.map((m) => ({
    message: m,
    analysis: analyzeCached(m.id, m.text, { date: m.date, ownTextOnly: true }),
  }));

  const current = currentPositions(
    analysed
      .filter(({ message }) => isOther(message))
      .map(({ message, analysis }) => ({
        messageId: message.id,
        date: message.date,
        from: message.from,
        positions: analysis.positions.map((p) => ({
          kind: p.kind,
          text: p.text,
          start: p.start,
          end: p.end,
          ...(p.value ? { value: p.value } : {}),
          ...(p.reason ? { reason: p.reason.text } : {}),
        })),
      })),
  );

  const rounds: Round[] = analysed.map(({ message, analysis }) => ({
    messageId: message.id,
    date: message.date,
    from: message.from,
    own: message.own,
    level: analysis.tone.level,
    score: analysis.tone.score,
    judged: analysis.tone.judged,
  }));

  let escalatedBy: ThreadAnalysis['escalatedBy'] = null;
  for (const { message, analysis } of analysed) {
    const e = analysis.positions.find((p) => p.kind === 'escalation');
    if (e) {
      escalatedBy = { from: message.from, messageId: message.id, date: message.date, text: e.text };
      break;
    }
  }

  return {
    messages: analysed.map(({ message, analysis }) => ({ id: message.id, analysis })),
    current,
    rounds,
    trend: trendOf(rounds),
    escalatedBy,
  };
}
