/**
 * Recording a sent reply: the promises in it ("I'll send the revised quote by Thursday") become open
 * commitments with their due dates. Kept apart from repo.ts so the popup and options pages, which use
 * the repository but never record a send, do not load the text analysers.
 */
import { commitmentsIn } from '../analysis/commitments';
import type { FindingKind } from '../analysis/types';
import type { Person } from '../mail/types';
import type { ThreadMeta } from '../messaging';
import { storeSent } from './repo';
import type { ParleyDB } from './schema';
import type { CommitmentRecord } from './types';

export function recordSent(
  db: ParleyDB,
  meta: ThreadMeta,
  sent: { text: string; date: string; to: Person[]; findings: FindingKind[] },
): Promise<CommitmentRecord[]> {
  return storeSent(db, meta, sent, commitmentsIn(sent.text, sent.date));
}
