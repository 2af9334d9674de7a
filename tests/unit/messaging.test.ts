import { describe, expect, it, vi } from 'vitest';
import { ALIVE_PING, isAlivePing, isParleyRequest, withTimeout, withinLimits } from '@/utils/messaging';
import { checkRequest } from '@/utils/background/requests';
import { LIMITS } from '@/utils/db/validate';
import type { Message } from '@/utils/mail/types';

const message = (id: string, text: string): Message => ({
  id,
  from: { name: 'Kim', email: 'kim@example.com' },
  date: null,
  text,
  own: false,
  partial: false,
});

describe('the thread sent to the background', () => {
  it('is unchanged when it is within the limits', () => {
    const messages = [message('1', 'Please confirm by Friday.'), message('2', 'Fine.')];
    expect(withinLimits(messages)).toEqual(messages);
  });

  it('cuts a huge message (marked partial) instead of losing the whole analysis', () => {
    const huge = message('1', 'a'.repeat(LIMITS.messageText + 10));
    const [cut] = withinLimits([huge]);
    expect(cut.text).toHaveLength(LIMITS.messageText);
    expect(cut.partial).toBe(true);
    expect(() =>
      checkRequest({ type: 'analyze-thread', messages: withinLimits([huge, message('2', 'ok')]) }),
    ).not.toThrow();
    expect(() => checkRequest({ type: 'analyze-thread', messages: [huge] })).toThrow(/too long/);
  });

  it('keeps the newest messages of a thread longer than the background reads', () => {
    const many = Array.from({ length: LIMITS.messagesPerThread + 3 }, (_, i) => message(String(i), `m${i}`));
    const kept = withinLimits(many);
    expect(kept).toHaveLength(LIMITS.messagesPerThread);
    expect(kept[0].id).toBe('3');
    expect(kept.at(-1)?.id).toBe(String(LIMITS.messagesPerThread + 2));
  });
});

describe('the background’s question to a tab', () => {
  it('is recognised, and is not one of the requests the background answers', () => {
    expect(isAlivePing(ALIVE_PING)).toBe(true);
    expect(isAlivePing({ type: 'get-context' })).toBe(false);
    expect(isAlivePing(null)).toBe(false);
    expect(isParleyRequest(ALIVE_PING)).toBe(false);
  });
});

describe('waiting with a time limit', () => {
  it('gives the answer when it comes in time, and the fallback (or its error) when it does not', async () => {
    vi.useFakeTimers();
    try {
      await expect(withTimeout(Promise.resolve('yes'), 500, () => 'late')).resolves.toBe('yes');
      const never = new Promise<string>(() => undefined);
      const late = withTimeout(never, 500, () => 'late');
      await vi.advanceTimersByTimeAsync(500);
      await expect(late).resolves.toBe('late');
      const failed = withTimeout(never, 500, () => {
        throw new Error('no answer');
      });
      const seen = expect(failed).rejects.toThrow('no answer');
      await vi.advanceTimersByTimeAsync(500);
      await seen;
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
