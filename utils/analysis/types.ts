/**
 * Analysis result types. Everything in utils/analysis/ is pure: text in, typed results out, with
 * UTF-16 character offsets into the input (`text === input.slice(start, end)`). No DOM, no browser APIs.
 */

export type SignalKind =
  | 'insult'
  | 'profanity'
  | 'shouting'
  | 'exclamation'
  | 'blame'
  | 'sarcasm'
  | 'absolute'
  | 'contempt'
  | 'command'
  | 'threat';

export type PositionKind =
  'demand' | 'amount' | 'deadline' | 'threat' | 'escalation' | 'refusal' | 'commitment';

/** Position kinds in the order they are listed: what they want and by when first. */
export const POSITION_KINDS: readonly PositionKind[] = [
  'demand',
  'amount',
  'deadline',
  'threat',
  'escalation',
  'refusal',
  'commitment',
];

export type ToneLevel = 'calm' | 'tense' | 'hostile';

export interface Span {
  start: number;
  end: number;
  /** Exactly `input.slice(start, end)`. */
  text: string;
}

export interface Signal extends Span {
  kind: SignalKind;
  /** Plain-words explanation shown to the user ("Name-calling attacks the person, not the problem."). */
  explanation: string;
}

/** A money amount: ISO 4217 currency code (or '' when the text gives none) and its numeric value. */
export interface MoneyValue {
  currency: string;
  value: number;
}

/** A deadline: an ISO date resolved against the message date, or a relative duration (ISO 8601). */
export interface DeadlineValue {
  /** `YYYY-MM-DD` (or `YYYY-MM-DDTHH:MM` when a time is given). */
  date?: string;
  /** ISO 8601 duration when no reference date was available or the text is relative: `PT48H`, `P5D`. */
  duration?: string;
}

export interface Position extends Span {
  kind: PositionKind;
  value?: MoneyValue | DeadlineValue;
  /** The reason the text gives for this position ("because our launch is next week"): the interest. */
  reason?: Span;
}

export interface ToneResult {
  level: ToneLevel;
  /** 0 (calm) … 1 (hostile). */
  score: number;
  signals: Signal[];
  /** False when the text cannot be judged (not English, too short, mostly code or numbers). */
  judged: boolean;
  /** Why the text was not judged, in plain words. */
  reason?: string;
}

export interface MessageAnalysis {
  tone: ToneResult;
  positions: Position[];
}
