/**
 * The popup's "needs attention" list, one page at a time: the first few open commitments that are
 * overdue or due within the week, and how many there are in all (`commitmentsDuePage` in
 * utils/db/repo.ts reads only that page, by index, with subjects from the compact search rows).
 */
import { commitmentsDuePage, type DuePage } from '@/utils/db/repo';
import type { ParleyDB } from '@/utils/db/schema';

export type { DuePage };

export function duePage(db: ParleyDB, today: string, limit: number, withinDays = 7): Promise<DuePage> {
  return commitmentsDuePage(db, today, withinDays, limit);
}
