/**
 * Keeps a message's own new words: removes quoted history and signatures, first by the markers mail
 * clients put in the DOM, then by the text patterns clients write ("On … wrote:", "-----Original
 * Message-----", "From: … Sent: …" header blocks, "-- " signature delimiter), in several languages.
 */
import { all } from './common';
import { QUOTE_MARK, isElement, textLines } from './dom-text';

/** Everything from the first of these to the end of the body is history (Outlook, Hotmail, Apple Mail). */
const HISTORY_FROM = [
  '[id$="appendonsend"]', // Outlook web/desktop: history appended on send (also x_, x_x_ prefixed)
  '[id$="divRplyFwdMsg"]', // Outlook: "From: … Sent: …" reply/forward header
  '[id$="OLK_SRC_BODY_SECTION"]', // Outlook for Mac
  '[id$="mail-editor-reference-message-container"]', // new Outlook: quoted original message
  'hr[id$="stopSpelling"]', // Hotmail / Windows Live
].join(',');

/** Quoted blocks: removed where they stand, so text written between quotes (inline replies) is kept. */
const QUOTED = [
  'blockquote',
  '[class*="gmail_quote"]', // Gmail (also x_gmail_quote inside Outlook bodies), includes .gmail_attr
  '[class*="yahoo_quoted"]',
  '[class*="protonmail_quote"]',
  '[class*="gmail_extra"]', // old Gmail wrapper around quote and signature
].join(',');

/** Signature blocks and quote attributions that are not text of the message. */
const SKIPPED = [
  '[data-smartmail="gmail_signature"]',
  '[class*="gmail_signature"]', // includes gmail_signature_prefix ("-- ")
  '[id="Signature"]', // Outlook compose
  '[id$="_Signature"]', // Outlook received (x_Signature)
  '[id$="ms-outlook-mobile-signature"]',
  '[class*="moz-signature"]',
  '[class*="moz-cite-prefix"]', // Thunderbird "On … wrote:"
  '[data-signatureblock="true"]', // Windows Mail
].join(',');

/** Where history starts: the marker, or the separator <hr> Outlook and Windows Live put right before it. */
function historyStart(body: Element): Element | null {
  const marker = all(body, HISTORY_FROM)[0] ?? null;
  const prev = marker?.previousElementSibling;
  return prev && prev.tagName.toLowerCase() === 'hr' ? prev : marker;
}

// ---------- text patterns ----------

const HEADER_KEYS: Record<string, string[]> = {
  from: ['from', 'von', 'de', 'van', 'da', 'от', 'från', 'fra', 'od', 'expéditeur', 'remitente'],
  sent: [
    'sent',
    'gesendet',
    'envoyé',
    'enviado',
    'enviada',
    'verzonden',
    'inviato',
    'отправлено',
    'skickat',
    'sendt',
    'wysłano',
  ],
  date: ['date', 'datum', 'fecha', 'data', 'дата'],
  to: ['to', 'an', 'à', 'a', 'para', 'aan', 'кому', 'till', 'til', 'do', 'destinataire'],
  cc: ['cc', 'kopie', 'cci', 'копия'],
  subject: [
    'subject',
    'betreff',
    'objet',
    'asunto',
    'onderwerp',
    'oggetto',
    'assunto',
    'тема',
    'ämne',
    'emne',
    'temat',
  ],
};

const keyOf = new Map<string, string>();
for (const [kind, words] of Object.entries(HEADER_KEYS)) for (const w of words) keyOf.set(w, kind);

const HEADER_LINE = /^\*?([\p{L} ]{1,20}?)\s?\*?\s?:\s?\*?/u;

/** The header field a line starts with ("From: …" → from), or null. */
function headerKind(line: string): string | null {
  const m = HEADER_LINE.exec(line);
  if (!m) return null;
  return keyOf.get(m[1].trim().toLowerCase()) ?? null;
}

/** "From: … / Sent: … / To: … / Subject: …" starting at line i (also all on one line). */
function isHeaderBlock(lines: string[], i: number): boolean {
  const first = headerKind(lines[i]);
  if (first !== 'from' && first !== 'sent' && first !== 'date') return false;
  const kinds = new Set<string>([first]);
  for (let j = i + 1; j < Math.min(lines.length, i + 7); j++) {
    const k = headerKind(lines[j]);
    if (k) kinds.add(k);
  }
  if (kinds.size >= 3) return true;
  // Flattened into one line: "From: A Sent: Monday … To: B Subject: C"
  const inline = lines[i].match(/\b[\p{L}]{2,14}\s?:/gu) ?? [];
  for (const token of inline) {
    const k = keyOf.get(token.replace(/\s?:$/, '').toLowerCase());
    if (k) kinds.add(k);
  }
  return kinds.size >= 3 && (kinds.has('subject') || kinds.has('to'));
}

const SEPARATOR =
  /^[-_=]{2,}\s*(original message|ursprüngliche nachricht|originalnachricht|message d'origine|mensaje original|oorspronkelijk bericht|messaggio originale|mensagem original|исходное сообщение|forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|mensagem encaminhada|begin forwarded message)\s*[-_=]{2,}$/i;

const BEGIN_FORWARD =
  /^(begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié)\s*:$/i;

/**
 * The verb that ends an attribution line. German and Dutch Gmail put the sender after it ("Am Mo., 2. März
 * 2026 um 09:14 Uhr schrieb Kim <k@x.example>:", "Op ma 2 mrt 2026 schreef Kim <k@x.example>:"), and Polish
 * writes "napisał(a):".
 */
const WROTE =
  /(wrote|writes|schrieb|a écrit|escribió|escribio|schreef|ha scritto|escreveu|pisze|napisał(?:\(a\))?|написал|написала|написал\(а\)|skrev|kirjoitti)(?:\s+[^<>:]{1,80}?\s*<[^<>\s]+@[^<>\s]+>)?\s*:?\s*$/i;
const ATTRIBUTION_START = /^(on|am|le|el|op|il|em|w dniu|den|в)\b/i;

/** An attribution line introducing a quote: "On Mon, … Dana <d@x> wrote:", "26.06.2014, "A" <a@x>:". */
function isAttribution(line: string): boolean {
  if (line.length > 300) return false;
  if (WROTE.test(line) && (ATTRIBUTION_START.test(line) || /@|\d/.test(line))) return true;
  return /:\s*$/.test(line) && /<[^<>\s]+@[^<>\s]+>|\[mailto:/.test(line) && /\d/.test(line);
}

const MOBILE_SIGNATURE =
  /^(sent from my |sent from outlook|sent from mail for|get outlook for |von meinem .{1,40} gesendet|gesendet von meinem |envoyé de mon |envoyé depuis |enviado desde mi |enviado do meu |verzonden (vanaf|met) mijn |inviato da |отправлено с )/i;

const isQuoteLine = (l: string) => l === QUOTE_MARK || /^>/.test(l);

/**
 * Index of the first line that starts quoted history or a signature ("On … wrote:", header blocks,
 * separators, `-- `, mobile signatures, `>` quoting), or `lines.length` when there is none. Lines are
 * trimmed. Used by the analysers on plain text, where offsets must be kept.
 */
export function firstHistoryLine(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (line === '--' || line === '—' || MOBILE_SIGNATURE.test(line) || /^>/.test(line)) return i;
    if (SEPARATOR.test(line) || BEGIN_FORWARD.test(line) || isHeaderBlock(lines, i)) return i;
    if (/^_{8,}$/.test(line) && i + 1 < lines.length && isHeaderBlock(lines, i + 1)) return i;
    if (isAttribution(line) && (WROTE.test(line) || /^>/.test(lines[i + 1] ?? ''))) return i;
    const joined = `${line} ${lines[i + 1] ?? ''}`;
    if (ATTRIBUTION_START.test(line) && WROTE.test(joined) && isAttribution(joined)) return i;
  }
  return lines.length;
}

/** Applies the text rules to folded lines and returns the lines that are the sender's own words. */
export function stripTextLines(input: string[]): string[] {
  const lines = [...input];
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === QUOTE_MARK) continue;
    // Signature delimiter "-- " (folded to "--") and mobile signatures: the rest is signature.
    if (line === '--' || line === '—' || MOBILE_SIGNATURE.test(line)) {
      end = i;
      break;
    }
    if (SEPARATOR.test(line) || BEGIN_FORWARD.test(line)) {
      end = i;
      break;
    }
    // Outlook's "________________________________" rule before the header block.
    if (/^_{8,}$/.test(line) && i + 1 < lines.length && isHeaderBlock(lines, i + 1)) {
      end = i;
      break;
    }
    if (isHeaderBlock(lines, i)) {
      end = i;
      break;
    }
    // Attribution (possibly wrapped over two lines) introducing a quote.
    const joined = i + 1 < lines.length ? `${line} ${lines[i + 1]}` : line;
    // Only an "On …" line can wrap onto the next ("On Thu, … Alexander L <" / "a@example.com> wrote:").
    const two =
      !isAttribution(line) &&
      ATTRIBUTION_START.test(line) &&
      WROTE.test(joined) &&
      isAttribution(joined) &&
      !isQuoteLine(lines[i + 1] ?? '');
    if (isAttribution(line) || two) {
      const next = lines[i + (two ? 2 : 1)];
      if (next !== undefined && isQuoteLine(next)) {
        lines[i] = QUOTE_MARK;
        if (two) lines[i + 1] = QUOTE_MARK;
        continue;
      }
      if (WROTE.test(two ? joined : line)) {
        // "On … wrote:" with the history flattened below it (no quote markers left): cut here.
        end = i;
        break;
      }
    }
  }
  return lines.slice(0, end).filter((l) => !isQuoteLine(l));
}

/**
 * The first element of a compose editor that is not the user's own words: quoted history, a quote
 * block or the signature (in document order), or null. New text goes right before it.
 */
export function historyBoundary(editor: Element): Element | null {
  const candidates = [historyStart(editor), all(editor, QUOTED)[0], all(editor, SKIPPED)[0]].filter(
    (el): el is Element => !!el,
  );
  // Gmail's "-- " prefix sits just before the signature block.
  const prefix = all(editor, '[class*="gmail_signature_prefix"]')[0];
  if (prefix) candidates.push(prefix);
  // 4 is DOCUMENT_POSITION_FOLLOWING (the command line has no `Node` global).
  candidates.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return candidates[0] ?? null;
}

/** The sender's own new text of a message body element (the page is only read, never changed). */
export function ownText(body: Element): string {
  // Reads the page's own nodes without copying them: bodies can be large (Gmail keeps the whole
  // history in every message). One query per kind instead of a selector match per element.
  const skipped = new Set(all(body, SKIPPED));
  const quoted = new Set(all(body, QUOTED));
  const lines = textLines(body, {
    skip: (el) => skipped.has(el),
    quote: (el) => quoted.has(el),
    stopAt: historyStart(body),
  });
  return stripTextLines(lines).join('\n');
}

/** Own text of a plain-text message (no DOM): same text rules. */
export function ownTextFromPlain(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean);
  return stripTextLines(lines).join('\n');
}

export { isElement };
