/**
 * Thread-level analysis: the other side's current positions (latest wins, with how each changed), the
 * tone of each round and whether the conversation is cooling down or heating up, and who escalated.
 */
import type { Message, Person, Thread } from '../mail/types';
import { analyzeCached } from './analyze';
import { currentPositions, trendOf } from './latest';
import type { DeadlineValue, MessageAnalysis, MoneyValue, PositionKind, ToneLevel } from './types';

export { currentPositions, trendOf, type PositionSource } from './latest';

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

/** Whose side a message is on: the mailbox owner's, or the other side. Unknown owner: the last sender's counterpart. */
function otherSide(messages: Message[]): (m: Message) => boolean {
  if (messages.some((m) => m.own)) return (m) => !m.own;
  return () => true;
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
