/**
 * Checks the fields of requests from content scripts before the background acts on them. A content
 * script runs inside a mail page, so its messages are treated as untrusted input: every field's type
 * and size is checked, and only the checked fields are passed on.
 */
import type { Fact } from '../analysis/types';
import type { Message } from '../mail/types';
import type { ParleyRequest, ThreadMeta } from '../messaging';
import {
  FACT_KINDS,
  FINDING_KINDS,
  Invalid,
  LIMITS,
  SITES,
  bool,
  isoDateTime,
  list,
  nullableDateTime,
  object,
  oneOf,
  person,
  pageUrl,
  text,
} from '../db/validate';

export { Invalid };

function message(v: unknown, path: string): Message {
  const o = object(v, path);
  return {
    id: text(o.id, `${path}.id`, LIMITS.id, { nonEmpty: true }),
    from: person(o.from, `${path}.from`),
    date: nullableDateTime(o.date, `${path}.date`),
    text: text(o.text, `${path}.text`, LIMITS.messageText),
    own: bool(o.own, `${path}.own`),
    partial: o.partial === undefined ? false : bool(o.partial, `${path}.partial`),
  };
}

/** `newMessage`: an empty thread id is allowed, and means a message outside any conversation. */
function threadKey(v: unknown, path: string, newMessage = false): Pick<ThreadMeta, 'site' | 'threadId'> {
  const o = object(v, path);
  return {
    site: oneOf(o.site, `${path}.site`, SITES),
    threadId: text(o.threadId, `${path}.threadId`, LIMITS.id, { nonEmpty: !newMessage }),
  };
}

function threadMeta(v: unknown, path: string): ThreadMeta {
  const o = object(v, path);
  return {
    ...threadKey(o, path),
    subject: text(o.subject, `${path}.subject`, LIMITS.subject),
    // A link that is not a web address is dropped, not the request: the thread is still read and kept.
    url: pageUrl(o.url, `${path}.url`),
  };
}

function newFact(v: unknown, path: string): Omit<Fact, 'id'> {
  const o = object(v, path);
  return {
    label: text(o.label, `${path}.label`, LIMITS.factLabel),
    value: text(o.value, `${path}.value`, LIMITS.factValue, { nonEmpty: true }),
    kind: oneOf(o.kind, `${path}.kind`, FACT_KINDS),
  };
}

/** The request with checked fields only; throws `Invalid` naming the first bad field. */
export function checkRequest(req: ParleyRequest): ParleyRequest {
  const o = req as unknown as Record<string, unknown>;
  switch (req.type) {
    case 'analyze-thread':
      return {
        type: req.type,
        messages: list(o.messages, 'messages', LIMITS.messagesPerThread).map((m, i) =>
          message(m, `messages[${i}]`),
        ),
        ...(o.meta === undefined ? {} : { meta: threadMeta(o.meta, 'meta') }),
      };
    case 'get-context':
      // A new message (no conversation yet) is checked with the user's settings, facts and recourses.
      return { type: req.type, meta: threadKey(o.meta, 'meta', true) };
    case 'ignore-thread':
      return { type: req.type, meta: threadKey(o.meta, 'meta') };
    case 'record-sent':
      return {
        type: req.type,
        meta: threadMeta(o.meta, 'meta'),
        text: text(o.text, 'text', LIMITS.messageText),
        date: isoDateTime(o.date, 'date'),
        to: list(o.to, 'to', LIMITS.people).map((p, i) => person(p, `to[${i}]`)),
        findings: list(o.findings, 'findings', LIMITS.findings).map((f, i) =>
          oneOf(f, `findings[${i}]`, FINDING_KINDS),
        ),
      };
    case 'add-fact':
      return { type: req.type, fact: newFact(o.fact, 'fact') };
    case 'record-failure':
      // A failure report is kept even when long: its first part is what diagnostics need.
      return {
        type: req.type,
        where: text(o.where, 'where', LIMITS.failureWhere, { nonEmpty: true }),
        message: text(o.message, 'message', LIMITS.messageText).slice(0, LIMITS.failureMessage),
      };
    case 'load-checker':
      return { type: req.type };
  }
}
