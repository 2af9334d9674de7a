/**
 * Train the request detector (utils/analysis/requests.ts) on ParakweetLabs' EmailIntentDataSet
 * (`Yes`/`No` TAB sentence) and write utils/analysis/data/request-weights.json.
 *
 *   npx tsx scripts/train/train-requests.ts [path/to/email-requests-train.tsv]
 *
 * Deterministic: fixed hash-based split (utils/analysis/eval-public.ts) and folds, full-batch L-BFGS.
 * Model selection uses 5-fold CV inside the 80 % training part only; the 20 % held-out part is scored once.
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

const grid: TrainOptions[] = [];
for (const vocabSize of [0, 250, 500, 1000, 1500, 2000, 3000])
  for (const l2 of [3e-4, 1e-3, 3e-3, 1e-2])
    for (const handL2Scale of [1, 0.25, 0.1]) grid.push({ vocabSize, l2, minDf: 2, handL2Scale });

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
        'logistic regression (L2, L-BFGS) over binary hand-made request cues (@…) and the top-N n-grams by training document frequency',
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
if (bytes > 60_000) throw new Error('weights file exceeds 60 KB');
