/** The background's answers to content-script requests (see utils/messaging.ts). */
import { analyzeThread } from '../analysis/thread';
import type { Message } from '../mail/types';
import { isParleyRequest, type ParleyResponse } from '../messaging';

const MAX_MESSAGES = 200;
const MAX_TEXT = 100_000;

function validMessage(m: unknown): m is Message {
  if (typeof m !== 'object' || m === null) return false;
  const v = m as Partial<Message>;
  return (
    typeof v.id === 'string' &&
    typeof v.text === 'string' &&
    v.text.length <= MAX_TEXT &&
    (v.date === null || typeof v.date === 'string') &&
    typeof v.own === 'boolean' &&
    typeof v.from === 'object' &&
    v.from !== null
  );
}

/** The response for a request, or undefined when the message is not one of Parley's. */
export function handleRequest(
  message: unknown,
): ParleyResponse<{ type: 'analyze-thread'; messages: Message[] }> | undefined {
  if (!isParleyRequest(message)) return undefined;
  const { messages } = message;
  if (messages.length > MAX_MESSAGES || !messages.every(validMessage)) {
    return { ok: false, error: 'malformed thread' };
  }
  try {
    return { ok: true, analysis: analyzeThread({ messages }) };
  } catch (err) {
    return { ok: false, error: String((err as Error)?.message ?? err) };
  }
}
