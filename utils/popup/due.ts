/**
 * The popup's "needs attention" list, one page at a time. `commitmentsDue` (utils/db/repo.ts) returns
 * every open commitment that is overdue or due within the week, each with its negotiation's subject,
 * which reads one full negotiation record per commitment: with years of history that is hundreds of
 * records (measured: ~1.5 s before the popup's first paint with 10,000 negotiations). The popup shows
 * only the first few, so it reads only those: the same index range (`openDue`, soonest first), limited,
 * plus the count of the rest.
 */
import { addDays } from '@/utils/dates';
import { commitmentRecord } from '@/utils/db/rows';
import type { ParleyDB } from '@/utils/db/schema';
import type { CommitmentRecord } from '@/utils/db/types';

export interface DuePage {
  items: (CommitmentRecord & { subject: string })[];
  /** All open commitments overdue or due within `withinDays`. */
  total: number;
}

export async function duePage(db: ParleyDB, today: string, limit: number, withinDays = 7): Promise<DuePage> {
  return db.transaction('r', db.commitments, db.negotiations, async () => {
    const range = () => db.commitments.where('openDue').belowOrEqual(addDays(today, withinDays));
    const [rows, total] = await Promise.all([range().limit(limit).toArray(), range().count()]);
    const ids = [...new Set(rows.map((r) => r.negotiationId))];
    const negotiations = await db.negotiations.bulkGet(ids);
    const subjects = new Map(ids.map((id, i) => [id, negotiations[i]?.subject ?? '']));
    return {
      items: rows.map((r) => ({ ...commitmentRecord(r), subject: subjects.get(r.negotiationId) ?? '' })),
      total,
    };
  });
}
