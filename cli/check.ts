/**
 * `parley check [file|-]`: the Send check on a draft. Input: plain text (the draft alone), or JSON
 * `{"draft","thread"?,"facts"?,"recourses"?,"commitments"?,"sensitivity"?,"user"?,"today"?}`.
 * Output: `{"verdict":"ok"|"review","findings":[{"kind","text","start","end","message","suggestion"?}]}`.
 * The command line reports every kind of finding (`strict`) unless the input asks for another
 * sensitivity; the extension uses the user's setting (`lenient` until they change it).
 */
import { checkDraft } from '../utils/analysis/check';
import type { CheckContext, CheckResult } from '../utils/analysis/types';
import { InputError } from './errors';
import {
  parseCommitments,
  parseFacts,
  parseJsonInput,
  parseRecourses,
  parseSensitivity,
  parseThread,
  parseUser,
} from './input';

const CLI_SENSITIVITY = 'strict';

function parseCheckInput(input: string): { draft: string; ctx: CheckContext } {
  const json = parseJsonInput(input);
  if (json === null) return { draft: input, ctx: { sensitivity: CLI_SENSITIVITY } };
  if (typeof json !== 'object' || Array.isArray(json))
    throw new InputError('input must be plain text or a JSON object with "draft"');
  const v = json as Record<string, unknown>;
  if (typeof v.draft !== 'string') throw new InputError('"draft" is missing or not a string');
  if (v.today !== undefined && (typeof v.today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v.today)))
    throw new InputError('"today" must be a date YYYY-MM-DD');
  const ctx: CheckContext = {
    ...(v.thread !== undefined ? { thread: parseThread(v.thread) } : {}),
    facts: parseFacts(v.facts),
    recourses: parseRecourses(v.recourses),
    commitments: parseCommitments(v.commitments),
  };
  ctx.sensitivity = parseSensitivity(v.sensitivity) ?? CLI_SENSITIVITY;
  const user = parseUser(v.user);
  if (user) ctx.user = user;
  if (typeof v.today === 'string') ctx.today = v.today;
  return { draft: v.draft, ctx };
}

/** Runs the check; the output has exactly the design's shape (no extra fields). */
export function checkCommand(input: string): CheckResult {
  const { draft, ctx } = parseCheckInput(input);
  const result = checkDraft(draft, ctx);
  return {
    verdict: result.verdict,
    findings: result.findings.map((f) => ({
      kind: f.kind,
      text: f.text,
      start: f.start,
      end: f.end,
      message: f.message,
      ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
    })),
  };
}
