/** Offset-preserving text helpers shared by the analysers. */
import type { Span } from './types';

export function span(input: string, start: number, end: number): Span {
  return { start, end, text: input.slice(start, end) };
}

/** Sentences (and lines) with their offsets; trailing whitespace excluded. */
export function sentences(input: string): Span[] {
  const out: Span[] = [];
  // A '.', '!' or '?' ends a sentence only before a space, a closing quote or the end: "$59.99", "v2.1"
  // and "e.g.x" stay inside (they used to split the sentence and lose its first part).
  const re = /[^\n.!?]*(?:[.!?]+(?=[^\s.!?"')\]])[^\n.!?]*)*(?:[.!?]+(?=\s|$|["')\]])["')\]]*|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input)) !== null) {
    if (m[0] === '' && re.lastIndex >= input.length) break;
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(input[start])) start++;
    while (end > start && /\s/.test(input[end - 1])) end--;
    if (end > start) out.push(span(input, start, end));
  }
  return out;
}

/**
 * Ranges inside straight or curly double quotes: reported speech or scare quotes. Single quotes are
 * left alone (they are apostrophes far more often).
 */
export function quotedRanges(input: string): [number, number][] {
  const ranges: [number, number][] = [];
  const re = /"([^"\n]{1,300})"|“([^”\n]{1,300})”|«([^»\n]{1,300})»/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input)) !== null) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

const LETTERED = String.raw`\((?:[a-h]|i{1,3}|iv|vi{0,3})\)|[a-h]\)`;
/** A lettered or roman list marker: "(a) ", "(ii) ", "b) ". */
export const LETTER_MARKER = new RegExp(`^(?:${LETTERED})\\s+`);
/** A list marker at the start of a line: "- ", "• ", "2) ", "3. ", or a lettered one. */
export const LIST_MARKER = new RegExp(`^(?:[-*•·–]|\\d{1,2}[.)]|${LETTERED})\\s+`);

export const inRanges = (ranges: [number, number][], start: number, end: number) =>
  ranges.some(([a, b]) => start >= a && end <= b);

/** Case-insensitive word list → one alternation (longest first), for `\b(?:…)\b` patterns. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
