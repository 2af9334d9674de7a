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
  /**
   * What made the level tense or hostile, strongest first, in short plain phrases ("contempt",
   * "“per my last email”", "3 demands"). Absent when the level is calm or the text was not judged.
   */
  reasons?: string[];
}

export interface MessageAnalysis {
  tone: ToneResult;
  positions: Position[];
}

// ---------------------------------------------------------------------------------------------------
// The user's own data (kept in Parley, cited by drafts and checks) and the check/draft results.
// JSON shapes follow ../shared/docs/design.md.

export type FactKind = 'amount' | 'date' | 'policy' | 'reference' | 'note';

/** A fact the user keeps: what replies may cite ("Invoice INV-2041", "€4,800", "Clause 7.2 …"). */
export interface Fact {
  id: string;
  label: string;
  value: string;
  kind: FactKind;
}

/** What the user is prepared to do if talks fail. Only `committed` ones may be stated in a reply. */
export interface Recourse {
  id: string;
  text: string;
  committed: boolean;
}

/** A promise the user made in a sent reply ("I'll send the revised quote by Thursday"). */
export interface Commitment {
  id: string;
  negotiationId: string;
  text: string;
  /** `YYYY-MM-DD`, or null when the promise names no date. */
  due: string | null;
  done: boolean;
}

/** What the user may grant without asking anyone, and whether a hand-off exists. */
export interface Authority {
  /** Largest credit or refund the user may grant on their own. */
  maxCredit?: MoneyValue;
  /** Largest discount in percent the user may grant on their own. */
  maxDiscountPercent?: number;
  /** How a hand-off to someone with more authority works, in the user's words; absent: there is none. */
  handoff?: string;
}

export type TonePreference = 'warmer' | 'neutral' | 'firmer';

export interface UserProfile {
  /** The name replies are signed with. */
  name: string;
  authority?: Authority;
  tone?: TonePreference;
}

/** How much the Send check flags: `off` never reviews, `lenient` only clear problems, `strict` all. */
export type Sensitivity = 'off' | 'lenient' | 'strict';

/** A message as checks and drafts see it (the mail readers' Message; `own` marks the user's). */
export interface ThreadMessage {
  id: string;
  from: { name: string; email: string };
  /** ISO 8601 or null. */
  date: string | null;
  text: string;
  own: boolean;
}

export interface ThreadInput {
  subject?: string;
  messages: ThreadMessage[];
}

export type FindingKind =
  SignalKind | 'bluff' | 'unsupported-claim' | 'no-proposal' | 'broken-commitment' | 'premature-escalation';

/** One problem in a draft, located in it and explained, with a softer alternative where one exists. */
export interface Finding extends Span {
  kind: FindingKind;
  /** Plain words: what is wrong and why it matters. */
  message: string;
  /** Replacement text for `draft.slice(start, end)`, when there is a concrete softer alternative. */
  suggestion?: string;
}

export interface CheckResult {
  verdict: 'ok' | 'review';
  findings: Finding[];
}

export interface CheckContext {
  /** The conversation the draft replies to (the newest message last). */
  thread?: ThreadInput;
  facts?: Fact[];
  recourses?: Recourse[];
  /** The user's commitments to this counterpart (open and done). */
  commitments?: Commitment[];
  sensitivity?: Sensitivity;
  /** Today's date `YYYY-MM-DD`, for commitments past due (default: the system date). */
  today?: string;
  /** The user's profile: amounts within their authority (e.g. a credit up to `maxCredit`) are supported offers. */
  user?: UserProfile;
}

export type Strategy = 'acknowledge' | 'options' | 'hold' | 'escalation' | 'payment';

export interface Suggestion {
  strategy: Strategy;
  text: string;
  /** The concrete options the reply offers, each something the user can deliver. */
  options: string[];
  /** Ids of the user's facts the text cites. */
  factsCited: string[];
  /** Ids of the (committed) recourses the text states. */
  recoursesStated: string[];
  /** One line naming the rule of the method this reply follows. */
  rationale: string;
  /** Visible gaps left in `text` for facts the reply needs but the user has not given ("[invoice number]"). */
  gaps: string[];
}

export interface DraftInput {
  thread: ThreadInput;
  facts?: Fact[];
  recourses?: Recourse[];
  commitments?: Commitment[];
  user?: UserProfile;
}
