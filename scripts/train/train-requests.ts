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
import {
  chooseOneSe,
  compact,
  gridSearch,
  pct,
  train,
  writeJson,
  type Featurised,
  type TrainOptions,
} from './lib';

const DATA =
  process.argv[2] ??
  fileURLToPath(new URL('../../../shared/data/public/email-requests-train.tsv', import.meta.url));
const OUT = fileURLToPath(new URL('../../utils/analysis/data/request-weights.json', import.meta.url));
/** The shipped file must stay small: it is bundled into the extension. */
const MAX_BYTES = 300_000;
const FOLDS = 5;
const CV_SEED = 'parley-cv-v1';

const grid: TrainOptions[] = [];
for (const vocabSize of [2000, 4000, 6000, 10000])
  for (const l2 of [5e-4, 1e-3, 2e-3, 4e-3])
    for (const handL2Scale of [1, 0.25])
      for (const nb of [false, true]) grid.push({ vocabSize, l2, minDf: 2, handL2Scale, nb });

const examples = requestDataset(readFileSync(DATA, 'utf8'));
const { train: trainEx, test: testEx } = stratifiedSplit(examples);
console.error(`requests: ${examples.length} examples → train ${trainEx.length}, held-out ${testEx.length}`);

// Model selection: cross-validation on the training part only.
const items: Featurised[] = trainEx.map((example) => ({ example, keys: requestFeatureKeys(example.text) }));
const results = gridSearch(items, grid, FOLDS, CV_SEED);
const top = results[0]!;
const best = chooseOneSe(results, FOLDS);
const settings = (r: TrainOptions) => ({
  vocabSize: r.vocabSize,
  minDf: r.minDf,
  l2: r.l2,
  handL2Scale: r.handL2Scale,
  nb: r.nb ?? false,
});
console.error(`best CV: ${JSON.stringify({ ...settings(top), cv: pct(top.mean), sd: pct(top.std) })}`);
console.error(
  `chosen (one-SE rule): ${JSON.stringify({ ...settings(best), cv: pct(best.mean), sd: pct(best.std) })}`,
);

// One fit on the whole training part, then one score on the held-out part, through the shipped inference.
const model = compact(train(items, best), 3);
const map = new Map(model.features.map((k, i) => [k, model.weights[i]!]));
const accuracy = (xs: typeof trainEx) =>
  xs.filter((e) => (isRequestWith(model, map, e.text) >= 0.5 ? 1 : 0) === e.label).length / xs.length;
const heldOut = accuracy(testEx);
const trainAcc = accuracy(trainEx);
console.error(`held-out accuracy ${pct(heldOut)} % (n=${testEx.length}); train ${pct(trainAcc)} %`);

const out = {
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
  split: {
    method:
      'stratified; per class ordered by FNV-1a(seed + normalised sentence: lower case, letters and digits), first 20 % held out (stratifiedSplit in utils/analysis/eval-public.ts); near-duplicate sentences kept once',
    seed: SPLIT_SEED,
    testFraction: TEST_FRACTION,
    train: trainEx.length,
    test: testEx.length,
  },
  selection: {
    cv: `${FOLDS}-fold stratified within the training part (seed ${CV_SEED}); one-standard-error rule: simplest setting within one SE of the best mean accuracy (fewest n-grams, then lightest penalty on hand-made features, then strongest L2)`,
    bestCv: { ...settings(top), cvAccuracy: pct(top.mean), cvStd: pct(top.std) },
    gridSize: grid.length,
    ...settings(best),
    cvAccuracy: pct(best.mean),
    cvStd: pct(best.std),
    cvFolds: best.folds.map(pct),
  },
  heldOut: { accuracy: pct(heldOut), n: testEx.length, trainAccuracy: pct(trainAcc) },
  bias: model.bias,
  features: model.features,
  weights: model.weights,
};
const bytes = await writeJson(OUT, out);
console.error(`wrote ${OUT} (${out.features.length} features, ${bytes} bytes)`);
if (bytes > MAX_BYTES) throw new Error(`weights file exceeds ${MAX_BYTES / 1000} KB`);
