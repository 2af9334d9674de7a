/**
 * Thread-level analysis: the other side's current positions (latest wins, with how each changed), the
 * tone of each round and whether the conversation is cooling down or heating up, and who escalated.
 */
import type { Message, Person, Thread } from '../mail/types';
import { analyzeCached } from './analyze';
import { POSITION_KINDS } from './types';
import type { DeadlineValue, MessageAnalysis, MoneyValue, Position, PositionKind, ToneLevel } from './types';

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

const mention = (m: Message, p: Position): PositionMention => ({
  messageId: m.id,
  date: m.date,
  text: p.text,
  ...(p.value ? { value: p.value } : {}),
});

/** Whose side a message is on: the mailbox owner's, or the other side. Unknown owner: the last sender's counterpart. */
function otherSide(messages: Message[]): (m: Message) => boolean {
  if (messages.some((m) => m.own)) return (m) => !m.own;
  return () => true;
}

function trendOf(rounds: Round[]): Trend {
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

  const byKind = new Map<PositionKind, { m: Message; p: Position }[]>();
  for (const { message, analysis } of analysed) {
    if (!isOther(message)) continue;
    for (const p of analysis.positions) {
      const list = byKind.get(p.kind) ?? [];
      list.push({ m: message, p });
      byKind.set(p.kind, list);
    }
  }

  const current: CurrentPosition[] = [];
  for (const kind of POSITION_KINDS) {
    const list = byKind.get(kind);
    if (!list?.length) continue;
    // Latest wins: every position of this kind in the newest message that has one.
    const latestId = list[list.length - 1].m.id;
    const earlier = list.filter((x) => x.m.id !== latestId).map((x) => mention(x.m, x.p));
    for (const { m, p } of list.filter((x) => x.m.id === latestId)) {
      current.push({
        kind,
        ...mention(m, p),
        start: p.start,
        end: p.end,
        from: m.from,
        ...(p.reason ? { reason: p.reason.text } : {}),
        history: earlier,
      });
    }
  }

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
