/**
 * Deadline check on tests/data/deadline-dev.jsonl: 160 short business emails written to cover the many
 * ways a due time is stated (prepositions, numeric and European dates, end-of periods, durations,
 * holidays, non-native phrasings) and the dates that are not due times. A development set: the
 * deadline rules were extended while looking at its misses, so its figures are fit, not generalisation
 * (the untouched check is the project's own labeled set in `npm run eval`).
 *
 *   npx tsx scripts/eval-deadlines.ts [--misses] [file.jsonl]
 *
 * Another file in the same format (id, date, text, deadlines [{text, date|null}], not_deadlines) can be
 * scored instead, e.g. a fresh set kept aside as a test.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDeadlineScores, parseDeadlineItems, scoreDeadlines } from '../utils/analysis/eval-deadlines';

const FILE =
  process.argv.slice(2).find((a) => !a.startsWith('--')) ??
  fileURLToPath(new URL('../tests/data/deadline-dev.jsonl', import.meta.url));
const scores = scoreDeadlines(parseDeadlineItems(readFileSync(FILE, 'utf8')));
console.log(formatDeadlineScores(basename(FILE, '.jsonl'), scores));
if (process.argv.includes('--misses')) for (const line of scores.problems) console.log(line);
