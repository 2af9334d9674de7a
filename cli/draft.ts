/**
 * `parley draft [file|-]`: reply suggestions for the newest message from the other side.
 * Input JSON `{"thread","facts"?,"recourses"?,"commitments"?,"user"?:{"name","authority"?,"tone"?}}`
 * (plus an optional `"today":"YYYY-MM-DD"` for overdue commitments); output
 * `{"analysis":{…},"suggestions":[{"strategy","text","options","factsCited","recoursesStated","rationale","gaps"}]}`.
 */
import { draftReplies } from '../utils/analysis/draft';
import type { Suggestion } from '../utils/analysis/types';
import { InputError } from './errors';
import {
  parseCommitments,
  parseFacts,
  parseJsonInput,
  parseRecourses,
  parseThread,
  parseUser,
} from './input';

export function draftCommand(input: string): { analysis: unknown; suggestions: Suggestion[] } {
  const json = parseJsonInput(input);
  if (json === null) {
    throw new InputError(
      'draft needs JSON: {"thread":{"messages":[{"from":{"name","email"},"date","text","own"}]},"facts"?,"recourses"?,"commitments"?,"user"?}',
    );
  }
  const v = json as Record<string, unknown>;
  if (v.thread === undefined) throw new InputError('thread is missing');
  const thread = parseThread(v.thread);
  if (!thread.messages.length) throw new InputError('thread.messages is empty: there is nothing to reply to');
  if (thread.messages.every((m) => m.own)) {
    throw new InputError(
      'every message in thread.messages is marked "own": there is no message from the other side',
    );
  }
  let today: string | undefined;
  if (v.today !== undefined) {
    if (typeof v.today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v.today))
      throw new InputError('today must be a date YYYY-MM-DD');
    today = v.today;
  }
  const user = parseUser(v.user);
  return draftReplies(
    {
      thread,
      facts: parseFacts(v.facts),
      recourses: parseRecourses(v.recourses),
      commitments: parseCommitments(v.commitments),
      ...(user ? { user } : {}),
    },
    today ? { today } : {},
  );
}
