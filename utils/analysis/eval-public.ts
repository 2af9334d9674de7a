/**
 * Held-out evaluation of the shipped politeness and request classifiers on the public data sets in
 * `shared/data/public/`, plus the dataset loaders and the one deterministic split that the trainers
 * (`scripts/train/*.ts`) also use. Pure: callers pass the file contents as text.
 */
import { parseCsvRecords, parseLabelledTsv } from './csv';
import { politenessScore } from './politeness';
import { isRequest } from './requests';

export interface Example {
  /** Stable identity used by the split (corpus Id, or the sentence text). */
  key: string;
  text: string;
  /** 1 = polite / request, 0 = impolite / not a request. */
  label: 0 | 1;
}

export interface EvalResult {
  accuracy: number;
  n: number;
  split: 'held-out';
  /** Accuracy of always predicting the majority class of the training part. */
  baseline?: number;
}

/** Seed of the train/test split; changing it changes which rows are held out. */
export const SPLIT_SEED = 'parley-split-v1';
export const TEST_FRACTION = 0.2;

/** FNV-1a 32-bit (unsigned). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Deterministic stratified split: within each class, examples are ordered by the hash of `seed + key`
 * (ties by key) and the first `round(count × testFraction)` go to test. Independent of row order.
 */
export function stratifiedSplit<T extends Example>(
  examples: readonly T[],
  testFraction = TEST_FRACTION,
  seed = SPLIT_SEED,
): { train: T[]; test: T[] } {
  const train: T[] = [];
  const test: T[] = [];
  for (const label of [0, 1] as const) {
    const cls = examples
      .filter((e) => e.label === label)
      .map((e) => ({ e, h: fnv1a(seed + '\u0000' + e.key) }))
      .sort((a, b) => a.h - b.h || (a.e.key < b.e.key ? -1 : a.e.key > b.e.key ? 1 : 0));
    const nTest = Math.round(cls.length * testFraction);
    cls.forEach((x, i) => (i < nTest ? test : train).push(x.e));
  }
  const byKey = (a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return { train: train.sort(byKey), test: test.sort(byKey) };
}

/**
 * Stanford Politeness Corpus (Wikipedia) → the paper's binary task: the top quartile of `Normalized Score`
 * (polite, 1) vs the bottom quartile (impolite, 0), quartiles over all rows: ceil(n/4) rows each
 * (1,089 of 4,353). Ties are broken by Id.
 */
export function politenessDataset(csvText: string): Example[] {
  const rows = parseCsvRecords(csvText)
    .map((r) => ({ id: r['Id'] ?? '', text: r['Request'] ?? '', score: Number(r['Normalized Score']) }))
    .filter((r) => r.id !== '' && r.text !== '' && Number.isFinite(r.score));
  rows.sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const q = Math.ceil(rows.length / 4);
  const low = rows.slice(0, q).map((r): Example => ({ key: r.id, text: r.text, label: 0 }));
  const high = rows.slice(rows.length - q).map((r): Example => ({ key: r.id, text: r.text, label: 1 }));
  return [...low, ...high];
}

/**
 * EmailIntentDataSet (`Yes`/`No` TAB sentence) → examples. Near-duplicates (same letters, ignoring case,
 * punctuation and spacing) are kept once, so a sentence and its copy never straddle the split; the key is
 * that normalised text.
 */
export function requestDataset(tsvText: string): Example[] {
  const seen = new Set<string>();
  const out: Example[] = [];
  for (const { label, text } of parseLabelledTsv(tsvText)) {
    const l = label.toLowerCase();
    if (l !== 'yes' && l !== 'no') continue;
    const key = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push({ key, text, label: l === 'yes' ? 1 : 0 });
  }
  return out;
}

function evaluate(examples: Example[], score: (text: string) => number): EvalResult {
  const { train, test } = stratifiedSplit(examples);
  let correct = 0;
  for (const e of test) if ((score(e.text) >= 0.5 ? 1 : 0) === e.label) correct++;
  const pos = train.filter((e) => e.label === 1).length;
  const majority = pos * 2 >= train.length ? 1 : 0;
  const baseline = test.filter((e) => e.label === majority).length / Math.max(1, test.length);
  return { accuracy: test.length ? correct / test.length : 0, n: test.length, split: 'held-out', baseline };
}

/** Held-out accuracy of `politenessScore` (≥ 0.5 = polite) on the quartile task. */
export function evalPoliteness(csvText: string): EvalResult {
  return evaluate(politenessDataset(csvText), politenessScore);
}

/** Held-out accuracy of `isRequest` (≥ 0.5 = request) on the e-mail request sentences. */
export function evalRequests(tsvText: string): EvalResult {
  return evaluate(requestDataset(tsvText), isRequest);
}
