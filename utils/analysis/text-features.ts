/**
 * Shared, dependency-free text helpers for the small linear classifiers (politeness, requests).
 * Pure functions: no DOM, no browser APIs. Offsets are UTF-16 indices into the input string.
 */

export interface Token {
  /** Normalised form: lower case, curly apostrophes straightened, URLs → `<url>`, e-mails → `<email>`,
   * numbers → `<num>`. Punctuation tokens are `?`, `!`, `$`, `€`, `£`, `:`, `,`. */
  norm: string;
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Position of the token among the *word* tokens of its sentence (0-based; -1 for punctuation). */
  wordIndex: number;
  /**
   * True for the first word of a sentence, and for the first word after a short leading vocative or
   * interjection ("Rick, are you…", "Hi Anna, could you…", "Thanks, but why…").
   */
  clauseStart: boolean;
  /** Word position relative to the latest clause start of its sentence (0 = the clause start). */
  clausePos: number;
  /** True for word-like tokens (letters, placeholders, numbers). */
  word: boolean;
}

export interface Analysed {
  text: string;
  tokens: Token[];
  /** Word tokens only, in order (a view of `tokens`). */
  words: Token[];
  /** For each sentence, the index into `words` of its first word token (or -1 when it has none). */
  sentenceFirstWord: number[];
  sentenceCount: number;
  /** Indices into `words` of the clause starts (sentence starts and post-vocative starts), ascending. */
  clauseStarts: number[];
}

const TOKEN_RE =
  /(?:https?:\/\/|www\.)[^\s<>"')\]]+|<url>|\$LINK\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\p{L}+(?:['’-]\p{L}+)*|\d+(?:[.,:/-]\d+)*|[?!$€£:,]|-+|[–—]/giu;

/** Sentence boundary: end punctuation followed by space/closing quote, or a line break. */
function isBoundaryGap(gap: string, prevNorm: string | undefined): boolean {
  if (prevNorm === '?' || prevNorm === '!') return true;
  if (gap.includes('\n')) return true;
  // "word. Next" / "word.) Next" / "word... next"; not "e.g." inside a token (tokens never contain '.')
  return /\.[\s"'”’)\]]*\s/.test(gap);
}

/** Tokenise `text` and assign sentence indices. */
export function analyse(text: string): Analysed {
  const tokens: Token[] = [];
  const words: Token[] = [];
  const sentenceFirstWord: number[] = [];
  let sentence = 0;
  let wordIndex = 0;
  let prevEnd = 0;
  let prevNorm: string | undefined;
  let sentenceHasContent = false;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const gap = text.slice(prevEnd, start);
    if (sentenceHasContent && isBoundaryGap(gap, prevNorm)) {
      sentence++;
      wordIndex = 0;
      sentenceHasContent = false;
    }
    let norm: string;
    let word = true;
    const c = raw.charCodeAt(0);
    if (raw.length === 1 && '?!$€£:,'.includes(raw)) {
      norm = raw;
      word = false;
    } else if (/^[-–—]+$/.test(raw)) {
      norm = '-';
      word = false;
    } else if (/^(?:https?:\/\/|www\.)/i.test(raw) || raw === '<url>' || raw.toUpperCase() === '$LINK') {
      norm = '<url>';
    } else if (raw.includes('@')) {
      norm = '<email>';
    } else if (c >= 48 && c <= 57) {
      norm = '<num>';
    } else {
      norm = raw.toLowerCase().replace(/’/g, "'");
    }
    while (sentenceFirstWord.length <= sentence) sentenceFirstWord.push(-1);
    const tok: Token = {
      norm,
      start,
      end,
      sentence,
      wordIndex: word ? wordIndex : -1,
      word,
      clauseStart: word && wordIndex === 0,
      clausePos: word ? wordIndex : -1,
    };
    tokens.push(tok);
    if (word) {
      if (wordIndex === 0) sentenceFirstWord[sentence] = words.length;
      words.push(tok);
      wordIndex++;
    }
    sentenceHasContent = true;
    prevEnd = end;
    prevNorm = norm;
  }
  markVocatives(text, tokens);
  const clauseStarts: number[] = [];
  words.forEach((w, i) => w.clauseStart && clauseStarts.push(i));
  return { text, tokens, words, sentenceFirstWord, sentenceCount: sentenceFirstWord.length, clauseStarts };
}

const GREETING_WORDS = new Set(['hi', 'hello', 'hey', 'dear', 'greetings', 'hiya', 'heya', 'morning', 'yo']);

/**
 * "Rick, are you on this?" / "Hi Anna - could you…" / "Thanks, but…": when a sentence opens with one to
 * three words followed by `,` `:` or a dash, the next word also starts a clause. Several words must all be
 * capitalised (a name) unless the first is a greeting.
 */
function markVocatives(text: string, tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!first.word || first.wordIndex !== 0) continue;
    let k = i;
    while (k < tokens.length && tokens[k]!.word && tokens[k]!.sentence === first.sentence && k - i < 4) k++;
    const nWords = k - i;
    const punct = tokens[k];
    if (nWords < 1 || nWords > 3 || !punct || punct.sentence !== first.sentence) continue;
    if (punct.norm !== ',' && punct.norm !== ':' && punct.norm !== '-') continue;
    if (nWords > 1 && !GREETING_WORDS.has(first.norm)) {
      let allCaps = true;
      for (let j = i; j < k; j++)
        if (!/^\p{Lu}/u.test(text.slice(tokens[j]!.start, tokens[j]!.end))) allCaps = false;
      if (!allCaps) continue;
    }
    let n = k + 1;
    while (n < tokens.length && !tokens[n]!.word && tokens[n]!.sentence === first.sentence) n++;
    const next = tokens[n];
    if (!next || next.sentence !== first.sentence) continue;
    next.clauseStart = true;
    for (let j = n, pos = 0; j < tokens.length && tokens[j]!.sentence === first.sentence; j++) {
      if (tokens[j]!.word) tokens[j]!.clausePos = pos++;
    }
  }
}

/** A matched phrase: indices into `words` (inclusive start, exclusive end). */
export interface PhraseHit {
  from: number;
  to: number;
}

/** Matches one word: exact alternatives, or prefixes (`thank*`). */
export interface WordMatcher {
  exact: Set<string>;
  prefixes: string[];
}

/** A compiled phrase: one matcher per word. */
export type CompiledPhrase = WordMatcher[];

/**
 * Compile word sequences. `phrases` are space-separated normalised words; a word may be an alternation
 * `a|b|c`, or end in `*` for a prefix match (`thank*`).
 */
export function compilePhrases(phrases: readonly string[]): CompiledPhrase[] {
  return phrases.map((p) =>
    p.split(' ').map((w) => {
      const alts = w.split('|');
      return {
        exact: new Set(alts.filter((a) => !a.endsWith('*'))),
        prefixes: alts.filter((a) => a.endsWith('*')).map((a) => a.slice(0, -1)),
      };
    }),
  );
}

function wordMatches(norm: string, m: WordMatcher): boolean {
  if (m.exact.has(norm)) return true;
  for (const p of m.prefixes) if (norm.startsWith(p)) return true;
  return false;
}

/** All occurrences of any compiled phrase in `a.words`, optionally only at a clause start. */
export function findPhrases(
  a: Analysed,
  compiled: CompiledPhrase[],
  opts: { atSentenceStart?: boolean } = {},
): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const w = a.words;
  for (let i = 0; i < w.length; i++) {
    if (opts.atSentenceStart && !w[i]!.clauseStart) continue;
    for (const phrase of compiled) {
      const n = phrase.length;
      if (i + n > w.length) continue;
      let ok = true;
      for (let k = 0; k < n; k++) {
        const t = w[i + k]!;
        if ((k > 0 && t.sentence !== w[i]!.sentence) || !wordMatches(t.norm, phrase[k]!)) {
          ok = false;
          break;
        }
      }
      if (ok) {
        hits.push({ from: i, to: i + n });
        break;
      }
    }
  }
  return hits;
}

/** Character span of words[from..to). */
export function wordSpan(
  a: Analysed,
  from: number,
  to: number,
): { start: number; end: number; text: string } {
  const start = a.words[from]!.start;
  const end = a.words[to - 1]!.end;
  return { start, end, text: a.text.slice(start, end) };
}

/**
 * Candidate n-gram keys of a text: unigrams (`w`), bigrams (`w1 w2`, within a sentence) and
 * sentence-start markers (`^ w` for the first word of each sentence). Punctuation `?`/`!` appear as
 * unigrams. Deduplicated (binary presence).
 */
export function ngramKeys(a: Analysed): string[] {
  const keys = new Set<string>();
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (tok.word || tok.norm === '?' || tok.norm === '!') keys.add(tok.norm);
    if (tok.word && tok.clauseStart) keys.add('^ ' + tok.norm);
  }
  const w = a.words;
  for (let i = 0; i + 1 < w.length; i++) {
    if (w[i]!.sentence === w[i + 1]!.sentence) keys.add(w[i]!.norm + ' ' + w[i + 1]!.norm);
  }
  return [...keys];
}

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Weights file shape shared by the linear models. */
export interface LinearWeights {
  bias: number;
  /** Feature keys: strategy/hand-made features are prefixed `@`, n-grams are plain. */
  features: string[];
  weights: number[];
}

/** Build a key → weight lookup from a weights file (done once per model). */
export function weightMap(w: LinearWeights): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < w.features.length; i++) m.set(w.features[i]!, w.weights[i]!);
  return m;
}

/** Linear score of a set of feature keys. */
export function linearScore(bias: number, map: Map<string, number>, keys: Iterable<string>): number {
  let z = bias;
  for (const k of keys) z += map.get(k) ?? 0;
  return z;
}

/**
 * A linear model over feature keys: scoring with the shipped weights (lookup built once, lazily) or with
 * explicit weights (the trainers). `empty` is the score of text with no letters.
 */
export function linearModel(weights: LinearWeights, featureKeys: (text: string) => string[], empty: number) {
  let map: Map<string, number> | undefined;
  const lookup = () => (map ??= weightMap(weights));
  const scoreWith = (w: LinearWeights, m: Map<string, number>, text: string): number =>
    /\p{L}/u.test(text) ? sigmoid(linearScore(w.bias, m, featureKeys(text))) : empty;
  return { lookup, scoreWith, score: (text: string) => scoreWith(weights, lookup(), text) };
}
