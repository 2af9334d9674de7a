/**
 * The part of a draft the Send check judges: the user's own new words. Quoted history (`>` lines,
 * "On … wrote:" and after) and the sign-off and signature are left out. The draft is analysed once
 * (tone and positions) and every check reads that one view.
 */
import { extractPositions } from './positions';
import { localDay } from '../dates';
import { ownScope } from './scope';
import { sentences } from './text';
import { analyzeTone } from './tone';
import type { Position, Span, ToneResult } from './types';

export interface DraftView {
  /** The draft as the user wrote it: every offset points into it. */
  draft: string;
  /** The draft with `>` quoted lines blanked (same length): what the analysers read. */
  text: string;
  /** The user's own words run from 0 to `end`. */
  end: number;
  tone: ToneResult;
  positions: Position[];
  /** Sentences (and lines) of the own words, in order. */
  sentences: Span[];
  /** `YYYY-MM-DD`. */
  today: string;
}

/** Blanks lines quoted with `>` (inline or bottom-posted history), keeping every offset. */
export function blankQuotedLines(draft: string): string {
  return draft.replace(/^[ \t]*>.*$/gm, (line) => ' '.repeat(line.length));
}

/** A greeting line ("Hi Anna,", "Dear team,"): not where a finding about the content belongs. */
export const GREETING =
  /^(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|greetings)\b[^.!?\n]{0,40},?$/i;

export function viewDraft(draft: string, today: string): DraftView {
  const text = blankQuotedLines(draft);
  const end = ownScope(text).end;
  const positions = extractPositions(text, { date: today, end });
  const tone = analyzeTone(text, { end, positions });
  const own = sentences(text.slice(0, end)).map((s) => ({ ...s, text: draft.slice(s.start, s.end) }));
  return { draft, text, end, tone, positions, sentences: own, today };
}

/** The sentence of `view` that contains offset `at` (or the nearest one before it). */
export function sentenceAt(view: DraftView, at: number): Span | undefined {
  let found: Span | undefined;
  for (const s of view.sentences) {
    if (s.start > at) break;
    found = s;
  }
  return found;
}

/** The last sentence of the own words that is not a greeting: where a missing proposal belongs. */
export function lastSentence(view: DraftView): Span | undefined {
  const body = view.sentences.filter((s) => !GREETING.test(s.text.trim()));
  return body[body.length - 1] ?? view.sentences[view.sentences.length - 1];
}

/** The first sentence after the greeting: where an update on an open promise belongs. */
export function firstSentence(view: DraftView): Span | undefined {
  return view.sentences.find((s) => !GREETING.test(s.text.trim())) ?? view.sentences[0];
}

/** The sign-off after the own words ("Best regards,"), when there is one. */
export function closing(view: DraftView): Span | undefined {
  const m = /\S[^\n]*/.exec(view.text.slice(view.end));
  if (!m) return undefined;
  const start = view.end + m.index;
  const end = start + m[0].trimEnd().length;
  return { start, end, text: view.draft.slice(start, end) };
}

/** Today's date as `YYYY-MM-DD` in local time. */
export const localToday = (): string => localDay();
