/**
 * The labeled emails the tone level is fitted on and held out from (see train-tone.ts), and their feature
 * vectors as `analyzeMessage` computes them. Shared by the trainer and by the unit test that checks the
 * shipped weights were fitted on the rules as they are now.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { messageToneInputs } from '../../utils/analysis/analyze';
import { fnv1a } from '../../utils/analysis/eval-public';
import { idHalf } from '../../utils/analysis/eval-positions';
import type { ToneLevel } from '../../utils/analysis/types';
import { readJsonl } from './lib';

// A path from the repository root (not `new URL(…, import.meta.url)`, which Vite rewrites in tests).
const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const root = (p: string) => join(REPO, p);
export const DEV = root('../shared/data/dev-emails.jsonl');
export const LATER = [
  'labeled-fresh3',
  'labeled-fresh4',
  'labeled-fresh5',
  'labeled-fresh6',
  'labeled-fresh7',
  'labeled-fresh8',
];

export interface Row {
  id: string;
  text: string;
  tone: ToneLevel;
}
export interface Item {
  id: string;
  /** The rules' findings (TONE_FEATURES order). */
  x: number[];
  /** The writer's own words as the word models see them (toneWordKeys). */
  words: string[];
  y: number;
}

export const LEVEL: Record<ToneLevel, number> = { calm: 0, tense: 1, hostile: 2 };

const load = (path: string) => readJsonl<Row>(path);

/** Training rows (the dev set and the odd ids of the later sets) and the held-out sets. */
export function toneRows(dev = DEV): { train: Row[]; heldOut: { name: string; rows: Row[] }[] } {
  const train = [...load(dev)];
  const heldOut = [{ name: 'labeled-emails', rows: load(root('tests/data/labeled-emails.jsonl')) }];
  for (const name of LATER) {
    const rows = load(root(`tests/data/${name}.jsonl`));
    train.push(...idHalf(rows, 1));
    heldOut.push({ name: `${name} even ids`, rows: idHalf(rows, 0) });
  }
  return { train, heldOut };
}

/** The inputs exactly as `analyzeMessage` computes them (emails it cannot judge are left out). */
export function featurise(rows: Row[]): Item[] {
  return rows.flatMap((r) => {
    const t = messageToneInputs(r.text);
    return t ? [{ id: r.id, x: t.features, words: t.words, y: LEVEL[r.tone] }] : [];
  });
}

/** A fingerprint of the training features: it changes whenever a rule changes what the model sees. */
export function featuresHash(items: Item[]): string {
  const text = items
    .map((it) => `${it.id}:${it.y}:${it.x.map((v) => v.toFixed(6)).join(',')}:${it.words.join('|')}`)
    .join('\n');
  return fnv1a(text).toString(16).padStart(8, '0');
}
