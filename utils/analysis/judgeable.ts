/**
 * Can Parley judge this text's tone? Its rules are for English prose: it says so, instead of guessing,
 * for text that is too short, not English, or mostly code or numbers.
 */

/** Frequent English function words: a text with too few of them is not English prose. */
export const ENGLISH = new Set(
  (
    'the a an and or but if of to in on at for with from by as is are was were be been being it this that these those ' +
    'i you he she we they me us them my your our their his her its not no do does did have has had will would can could ' +
    'should shall may might must what which who when where why how all any some there here so than then just also very ' +
    'please thanks thank hi hello dear regards about into out up down over again still yet only now through ' +
    'without within before after since until because while off more most much many every each both few same ' +
    'other such own too once one two three been am per let like well back get got'
  ).split(' '),
);

/**
 * Frequent function words of other Latin-script languages (Spanish, French, German, Portuguese, Italian,
 * Dutch) that are not English words: text with more of them than English ones is not English.
 */
const FOREIGN = new Set(
  (
    'el la los las del que y un una por para con es está están pero más muy todavía hoy usted ustedes ' +
    'le les des du et est une pour avec pas je nous vous ils sont mais cette aujourd ' +
    'der das und ist nicht ich wir mit für auf dem ein eine zu von bitte heute noch sehr aber ' +
    'os um uma não com é mas muito ainda obrigado você ' +
    'il che di e non sono della grazie ' +
    'het een van niet ik en wij'
  ).split(' '),
);

export interface Judgeable {
  ok: boolean;
  reason?: string;
}

/** Letters (code points), as `match(/\p{L}/gu).length` counts them. */
function countLetters(text: string): number {
  const only = text.replace(/\P{L}+/gu, '');
  // A letter outside the Basic Multilingual Plane is two UTF-16 units.
  return only.length - (only.match(/[\uD800-\uDBFF]/g) ?? []).length;
}

export function judgeable(text: string): Judgeable {
  const words = text.toLowerCase().match(/\p{L}[\p{L}'’]*/gu) ?? [];
  if (words.length < 3) return { ok: false, reason: 'Too short to judge the tone.' };
  // Counted by what is left after removing everything else: one pass and one string, not an array with a
  // string per character (this runs on every message).
  const letters = countLetters(text);
  const visible = text.replace(/\s+/g, '').length;
  if (visible > 0 && letters / visible < 0.5) {
    return { ok: false, reason: 'Mostly numbers, code or symbols: Parley does not judge the tone of this.' };
  }
  const codeLines = text
    .split('\n')
    .filter((l) => /[{};<>]\s*$|^\s*(?:\$|>>>|#include|import |def |function )/.test(l));
  if (codeLines.length >= 3 && codeLines.length / Math.max(1, text.split('\n').length) > 0.4) {
    return { ok: false, reason: 'This looks like code or a log, not prose: Parley does not judge its tone.' };
  }
  const latin = text.replace(/[^A-Za-z]+/g, '').length;
  if (letters > 0 && latin / letters < 0.6) {
    return { ok: false, reason: 'Not in English: Parley judges the tone of English text only.' };
  }
  // "you've", "don't", "it's": the word before the apostrophe.
  const bases = words.map((w) => w.split(/['’]/)[0]!);
  const english = bases.filter((w) => ENGLISH.has(w)).length;
  const foreign = bases.filter((w) => FOREIGN.has(w)).length;
  if (words.length >= 6 && (english / words.length < 0.12 || (foreign >= 2 && foreign > english))) {
    return { ok: false, reason: 'Not in English: Parley judges the tone of English text only.' };
  }
  return { ok: true };
}
