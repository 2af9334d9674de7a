/**
 * Train the politeness classifier (utils/analysis/politeness.ts) on the Stanford Politeness Corpus
 * (Wikipedia), the paper's quartile task, and write utils/analysis/data/politeness-weights.json.
 *
 *   npx tsx scripts/train/train-politeness.ts [path/to/politeness-wikipedia.csv]
 *
 * Deterministic: fixed hash-based split (utils/analysis/eval-public.ts) and folds, full-batch L-BFGS.
 * Model selection uses 5-fold CV inside the 80 % training part only; the 20 % held-out part is scored once.
 * Note: importing the model module reads the current weights file; only its feature extractor is used here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  politenessDataset,
  SPLIT_SEED,
  stratifiedSplit,
  TEST_FRACTION,
} from '../../utils/analysis/eval-public';
import { politenessFeatureKeys, politenessScoreWith } from '../../utils/analysis/politeness';
import { run, writeJson, type TrainOptions } from './lib';

const DATA =
  process.argv[2] ??
  fileURLToPath(new URL('../../../shared/data/public/politeness-wikipedia.csv', import.meta.url));
const OUT = fileURLToPath(new URL('../../utils/analysis/data/politeness-weights.json', import.meta.url));

/** Wikipedia-talk-page vocabulary: kept out of the n-grams so the model does not key on the corpus's topic. */
const DOMAIN = new Set(
  (
    'wikipedia wiki wp wikiproject article articles edit edits edited editing editor editors talk userpage ' +
    'user users admin admins administrator administrators adminship revert reverted reverting reverts rv ' +
    'vandalism vandal vandals afd rfa deletion template templates infobox category categories stub npov pov ' +
    '<url> blocked block'
  ).split(' '),
);

const grid: TrainOptions[] = [];
for (const vocabSize of [0, 250, 500, 1000, 1500, 2000, 2500])
  for (const l2 of [1e-3, 3e-3, 1e-2, 3e-2])
    for (const handL2Scale of [1, 0.25, 0.1]) grid.push({ vocabSize, l2, minDf: 2, handL2Scale });

const examples = politenessDataset(readFileSync(DATA, 'utf8'));
const out = run(
  {
    name: 'politeness',
    examples,
    featureKeys: politenessFeatureKeys,
    exclude: (k) => k.split(' ').some((w) => DOMAIN.has(w)),
    scoreWith: politenessScoreWith,
    grid,
    describe: {
      source: {
        dataset: 'Stanford Politeness Corpus (Wikipedia requests), Danescu-Niculescu-Mizil et al., ACL 2013',
        repository: 'sudhof/politeness@0449a15',
        file: 'corpora/wikipedia.annotated.csv',
        license: 'research corpus, redistributed by ConvoKit under CC BY 4.0',
      },
      task: 'top quartile (polite, 1) vs bottom quartile (impolite, 0) of Normalized Score; quartiles over all 4,353 rows (1,089 each)',
      model:
        'logistic regression (L2, L-BFGS) over binary strategy features (@…) and the top-N n-grams by training document frequency (Wikipedia-specific words excluded)',
    },
  },
  stratifiedSplit(examples),
  {
    method:
      'stratified; per class ordered by FNV-1a(seed + Id), first 20 % held out (stratifiedSplit in utils/analysis/eval-public.ts)',
    seed: SPLIT_SEED,
    testFraction: TEST_FRACTION,
  },
);
const bytes = await writeJson(OUT, out);
console.error(`wrote ${OUT} (${out.features.length} features, ${bytes} bytes)`);
if (bytes > 60_000) throw new Error('weights file exceeds 60 KB');
