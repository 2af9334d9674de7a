/**
 * Train the request detector (utils/analysis/requests.ts) on ParakweetLabs' EmailIntentDataSet
 * (`Yes`/`No` TAB sentence) and write utils/analysis/data/request-weights.json.
 *
 *   npx tsx scripts/train/train-requests.ts [path/to/email-requests-train.tsv]
 *
 * Deterministic: fixed hash-based split (utils/analysis/eval-public.ts) and folds, full-batch L-BFGS.
 * Every choice — n-gram vocabulary size, L2 strength, the relative penalty on hand-made cues, and whether
 * to scale features by naive-Bayes log-count ratios (NB-LR) — is made by 5-fold CV inside the 80 % training
 * part only (one-standard-error rule); the 20 % held-out part is scored once, after the final fit.
 * Note: importing the model module reads the current weights file; only its feature extractor is used here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { requestDataset, SPLIT_SEED, stratifiedSplit, TEST_FRACTION } from '../../utils/analysis/eval-public';
import { isRequestWith, requestFeatureKeys } from '../../utils/analysis/requests';
import { run, writeJson, type TrainOptions } from './lib';

const DATA =
  process.argv[2] ??
  fileURLToPath(new URL('../../../shared/data/public/email-requests-train.tsv', import.meta.url));
const OUT = fileURLToPath(new URL('../../utils/analysis/data/request-weights.json', import.meta.url));
/** The shipped file must stay small: it is bundled into the extension. */
const MAX_BYTES = 300_000;

const grid: TrainOptions[] = [];
for (const vocabSize of [2000, 4000, 6000, 10000])
  for (const l2 of [5e-4, 1e-3, 2e-3, 4e-3])
    for (const handL2Scale of [1, 0.25])
      for (const nb of [false, true]) grid.push({ vocabSize, l2, minDf: 2, handL2Scale, nb });

const examples = requestDataset(readFileSync(DATA, 'utf8'));
const out = run(
  {
    name: 'requests',
    examples,
    featureKeys: requestFeatureKeys,
    scoreWith: isRequestWith,
    grid,
    describe: {
      source: {
        dataset:
          'EmailIntentDataSet (ParakweetLabs): e-mail sentences labelled Yes/No for "asks the reader for something"',
        repository: 'ParakweetLabs/EmailIntentDataSet@055f628',
        file: 'src/resources/Ask0729-fixed.txt',
        license: 'Apache-2.0',
      },
      task: 'binary: Yes (asks the reader for an action or an answer, 1) vs No (0); the data include marketing and spam',
      model:
        'logistic regression (L2, L-BFGS; optionally NB-scaled, folded into the weights) over binary hand-made request cues (@…), pairs of cues (&…), word classes (<when>, <Name>) and the top-N n-grams by training document frequency',
    },
  },
  stratifiedSplit(examples),
  {
    method:
      'stratified; per class ordered by FNV-1a(seed + normalised sentence: lower case, letters and digits), first 20 % held out (stratifiedSplit in utils/analysis/eval-public.ts); near-duplicate sentences kept once',
    seed: SPLIT_SEED,
    testFraction: TEST_FRACTION,
  },
);
const bytes = await writeJson(OUT, out);
console.error(`wrote ${OUT} (${out.features.length} features, ${bytes} bytes)`);
if (bytes > MAX_BYTES) throw new Error(`weights file exceeds ${MAX_BYTES / 1000} KB`);
