/**
 * Analysis of one message: tone with located signals, and the writer's stated positions. Pure and
 * cached per message (id + text hash), so re-reading a thread costs nothing for messages seen before.
 */
import { hash32 } from '../hash';
import { extractPositions } from './positions';
import { ownScope } from './scope';
import { analyzeTone, toneInputs, type ToneInputs } from './tone';
import type { MessageAnalysis } from './types';

export interface AnalyzeOptions {
  /** The message's date (ISO 8601), to resolve "by Friday" into a date. */
  date?: string | null;
  /**
   * The text is already the writer's own words (the mail readers removed quotes and signature).
   * Otherwise quoted history and the signature block are found and left out here.
   */
  ownTextOnly?: boolean;
}

/** Where the writer's own words end, and the positions in them. */
function ownPositions(text: string, options: AnalyzeOptions) {
  const end = options.ownTextOnly ? text.length : ownScope(text).end;
  return { end, positions: extractPositions(text, { date: options.date ?? null, end }) };
}

export function analyzeMessage(text: string, options: AnalyzeOptions = {}): MessageAnalysis {
  const { end, positions } = ownPositions(text, options);
  return { tone: analyzeTone(text, { end, positions }), positions };
}

/** What `analyzeMessage` judges the tone level from (for the trainer), or null if it cannot judge. */
export function messageToneInputs(text: string, options: AnalyzeOptions = {}): ToneInputs | null {
  return toneInputs(text, ownPositions(text, options));
}

const CACHE_LIMIT = 500;
const cache = new Map<string, MessageAnalysis>();

/** `analyzeMessage` with a bounded cache keyed by message id, date and a hash of the text. */
export function analyzeCached(id: string, text: string, options: AnalyzeOptions = {}): MessageAnalysis {
  const key = `${id}|${options.date ?? ''}|${options.ownTextOnly ? 1 : 0}|${text.length}|${hash32(text)}`;
  const hit = cache.get(key);
  if (hit) {
    // Refresh its place in the eviction order.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const result = analyzeMessage(text, options);
  cache.set(key, result);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return result;
}
