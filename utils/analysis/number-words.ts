/**
 * Numbers written as words, shared by the amount and deadline readers: "two grand", "fourteen days",
 * "twenty-four hours", "twenty five dollars".
 */

/** Cardinals from two to ninety that compounds are built from. */
export const CARDINALS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** "one", "seven", "twenty-four", "twenty four" → their value; NaN for anything else. */
export function cardinalValue(text: string): number {
  const words = text
    .toLowerCase()
    .trim()
    .split(/[\s-]+/);
  if (words.length === 1) return words[0] === 'one' ? 1 : (CARDINALS[words[0]] ?? NaN);
  if (words.length !== 2) return NaN;
  const [tens, unit] = [CARDINALS[words[0]], words[1] === 'one' ? 1 : CARDINALS[words[1]]];
  return tens >= 20 && tens % 10 === 0 && unit !== undefined && unit < 10 ? tens + unit : NaN;
}
