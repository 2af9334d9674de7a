/**
 * Which part of a plain-text email is the writer's own new words: quoted history ("On … wrote:" and
 * after, `>` lines, forwarded headers) and the signature block are out of scope for analysis. Offsets
 * into the original text are kept, so results still point at the right characters.
 */
import { firstHistoryLine } from '../mail/quotes';

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(input: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of input.split('\n')) {
    out.push({ start, end: start + raw.length, text: raw.trim() });
    start += raw.length + 1;
  }
  return out;
}

const CLOSING =
  /^(regards|best|best regards|kind regards|warm regards|warmest regards|many thanks|thanks|thank you|thanks again|thanks in advance|cheers|sincerely|yours|yours sincerely|yours truly|respectfully|all the best|take care|talk soon|br|mit freundlichen grüßen|viele grüße|beste grüße|liebe grüße|freundliche grüße|herzliche grüße|cordialement|bien à vous|saludos|un saludo|un abrazo|atentamente|abraço|abraços|um abraço|cumprimentos|pozdrawiam|z poważaniem|met vriendelijke groet|cordiali saluti|distinti saluti|best wishes|kind wishes|warm wishes|rgds|brgds|with (?:many |best |kind |warm )?(?:thanks|regards|wishes)(?: and (?:best |kind |warm )?(?:regards|wishes))?)\b[\s,.!]*$/i;
const CONTACT = /(@|https?:\/\/|www\.|\+?\d[\d ()./-]{6,}\d|\b(tel|phone|mobile|fax|direct)\b\s*:?)/i;

const NAME = /^[-–—]?\s*[A-Z][\p{L}'’.-]*(\s+[A-Z][\p{L}'’.-]*){0,3}$/u;

/** A legal footer: "This email and any attachments are confidential …", "CONFIDENTIALITY NOTICE: …". */
const DISCLAIMER =
  /^(?:confidentiality\s+notice|disclaimer|legal\s+notice|privileged\s+(?:and|&)\s+confidential|this\s+(?:e-?mail|message|communication|transmission)\b[^.]{0,80}?\b(?:is|are|may\s+be|contains?)\s+(?:strictly\s+)?(?:confidential|privileged|intended\s+(?:solely|only)))/i;

/** A line that reads like part of a signature: short, no sentence punctuation, or contact details. */
function signatureLike(line: string): boolean {
  if (!line) return true;
  if (CONTACT.test(line) && line.split(/\s+/).length <= 12) return true;
  // "Bella Cosméticos Ltda.", "Acme Inc.": a company's name may end with its abbreviated form.
  const abbreviated = /\b(?:ltd|ltda|inc|co|corp|llc|plc|gmbh|ag|s\.a|s\.l|b\.v|n\.v|pty|jr|sr)\.$/i.test(
    line,
  );
  if (/[.!?]$/.test(line) && !/^[A-Z]\.?$/.test(line) && !abbreviated) return false;
  return line.split(/\s+/).length <= 7 && !/[?!]/.test(line);
}

export interface Scope {
  /** The own words run from 0 to `end`. */
  end: number;
}

/** Where the writer's own words end: before quoted history, and before the sign-off and signature. */
export function ownScope(input: string): Scope {
  const all = lines(input);
  const history = firstHistoryLine(all.map((l) => l.text));
  // A legal footer after the first line ends the own words as quoted history does.
  const footer = all.findIndex((l, k) => k > 0 && k < history && DISCLAIMER.test(l.text));
  const historyAt = footer > 0 ? footer : history;
  let last = historyAt - 1;
  while (last >= 0 && !all[last].text) last--;
  if (last < 0) return { end: 0 };
  // The trailing block of signature-like lines (at most 8), never including the first line.
  let i = last;
  while (i > 0 && last - i < 8 && signatureLike(all[i].text)) i--;
  let cut = last + 1;
  for (let j = i + 1; j <= last; j++) {
    if (CLOSING.test(all[j].text)) {
      cut = j;
      break;
    }
  }
  if (cut > last) {
    // No closing word: a block that starts with a bare name ("Marco Bellini", "- Alex") is a signature.
    const first = all.slice(i + 1, last + 1).find((l) => l.text);
    if (first && NAME.test(first.text)) cut = all.indexOf(first);
  }
  const end = cut <= last ? all[cut].start : all[last].end;
  return { end: Math.max(0, end) };
}
