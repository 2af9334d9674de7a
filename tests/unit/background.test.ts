import { describe, expect, it } from 'vitest';
import { handleRequest } from '../../utils/background/handler';

const message = (id: string, text: string) => ({
  id,
  from: { name: 'Kim', email: 'kim@x.example' },
  date: '2026-03-03T09:00:00',
  text,
  own: false,
  partial: false,
});

describe('background request handler', () => {
  it('analyses a thread for the content script', () => {
    const response = handleRequest({
      type: 'analyze-thread',
      messages: [message('1', 'Refund the $40 by Friday!!!')],
    });
    expect(response?.ok).toBe(true);
    if (response?.ok) {
      expect(response.analysis.messages[0].analysis.positions.some((p) => p.kind === 'amount')).toBe(true);
    }
  });

  it('ignores messages that are not Parley requests', () => {
    expect(handleRequest({ type: 'something-else' })).toBeUndefined();
    expect(handleRequest('hello')).toBeUndefined();
    expect(handleRequest(null)).toBeUndefined();
  });

  it('refuses a malformed thread instead of throwing', () => {
    expect(handleRequest({ type: 'analyze-thread', messages: [{ id: 1, text: 5 }] })).toEqual({
      ok: false,
      error: 'malformed thread',
    });
  });
});
