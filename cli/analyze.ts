/** `parley analyze [file|-]`: JSON lines {"id","text","date"?} in, one JSON line per input out. */
import { analyzeMessage } from '../utils/analysis/analyze';
import type { MessageAnalysis } from '../utils/analysis/types';

export interface AnalyzeLine {
  id: string | number | null;
  [key: string]: unknown;
}

/** The design's output shape; `details` adds explanations, reasons and the judged flag. */
export function formatAnalysis(id: unknown, a: MessageAnalysis, details = false): AnalyzeLine {
  const tone: Record<string, unknown> = {
    level: a.tone.level,
    score: a.tone.score,
    signals: a.tone.signals.map((s) =>
      details
        ? { kind: s.kind, text: s.text, start: s.start, end: s.end, explanation: s.explanation }
        : { kind: s.kind, text: s.text, start: s.start, end: s.end },
    ),
  };
  // Text Parley cannot judge says so instead of guessing.
  if (!a.tone.judged) Object.assign(tone, { judged: false, reason: a.tone.reason });
  if (details && a.tone.reasons) tone.reasons = a.tone.reasons;
  return {
    id: (id as string | number | null) ?? null,
    tone,
    positions: a.positions.map((p) => ({
      kind: p.kind,
      text: p.text,
      start: p.start,
      end: p.end,
      ...(p.value ? { value: p.value } : {}),
      ...(details && p.reason ? { reason: p.reason } : {}),
    })),
  };
}

/** Splits input into messages: JSON lines when the first non-empty line is a JSON object, else one text. */
export function parseAnalyzeInput(input: string, fallbackId: string): { line: number; value: unknown }[] {
  const lines = input.split('\n');
  const nonEmpty = lines.map((l, i) => ({ l: l.trim(), i })).filter((x) => x.l);
  const looksJson = nonEmpty.length > 0 && nonEmpty[0].l.startsWith('{');
  if (!looksJson) return input.trim() ? [{ line: 1, value: { id: fallbackId, text: input } }] : [];
  return nonEmpty.map(({ l, i }) => {
    try {
      return { line: i + 1, value: JSON.parse(l) as unknown };
    } catch (err) {
      return { line: i + 1, value: new Error(`line ${i + 1}: not valid JSON (${(err as Error).message})`) };
    }
  });
}

/** Runs the analysis over parsed input; bad lines become {"id","error"} and are counted. */
export function analyzeInput(
  input: string,
  fallbackId: string,
  details = false,
): { lines: AnalyzeLine[]; errors: string[] } {
  const out: AnalyzeLine[] = [];
  const errors: string[] = [];
  for (const { line, value } of parseAnalyzeInput(input, fallbackId)) {
    if (value instanceof Error) {
      errors.push(value.message);
      out.push({ id: null, error: value.message });
      continue;
    }
    const v = value as { id?: unknown; text?: unknown; date?: unknown };
    if (typeof v !== 'object' || v === null || typeof v.text !== 'string') {
      const message = `line ${line}: expected {"id","text"} with text a string`;
      errors.push(message);
      out.push({ id: (v?.id as string) ?? null, error: message });
      continue;
    }
    const date = typeof v.date === 'string' ? v.date : null;
    out.push(formatAnalysis(v.id ?? line, analyzeMessage(v.text, { date }), details));
  }
  return { lines: out, errors };
}
