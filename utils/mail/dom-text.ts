/**
 * Turns a mail body's DOM into plain text the way a reader sees it: block elements and <br> start new
 * lines, whitespace is folded, blank lines are dropped. Works on any DOM (browser, happy-dom) because
 * it only uses nodeType, tagName and attributes, never layout.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content is never mail text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'svg',
  'button',
  'select',
  'input',
  'textarea',
  'object',
  'iframe',
  'audio',
  'video',
]);

/** Elements that break lines before and after. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'body',
  'html',
]);

/** A line holding only this marks where a quoted block was removed (see quotes.ts). */
export const QUOTE_MARK = '\u2063[quote]\u2063';

export interface TextOptions {
  /** Elements to leave out entirely (with their content). */
  skip?: (el: Element) => boolean;
  /** Elements replaced by a QUOTE_MARK line. */
  quote?: (el: Element) => boolean;
  /** Reading stops at this element: it and everything after it (in document order) are left out. */
  stopAt?: Element | null;
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

function hiddenInline(el: Element): boolean {
  // Most elements of a mail body (<div>, <br>) have no attributes at all: one call answers for them.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /(^|;)\s*display\s*:\s*none\b/i.test(style);
}

/** An emoji drawn as an image (Gmail `img.an1[data-emoji]`, Outlook emoji images): the character it shows. */
function imageText(el: Element): string {
  const emoji = el.getAttribute('data-emoji');
  if (emoji) return emoji;
  const alt = el.getAttribute('alt') ?? '';
  // Only pictographic alt text stands for text; a logo's alt ("Company logo") is not mail text.
  if (alt && alt.length <= 8 && /\p{Extended_Pictographic}/u.test(alt)) return alt;
  return '';
}

/** Folds whitespace on each line and drops blank lines. */
export function foldLines(raw: string): string[] {
  return raw
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim())
    .filter((l) => l.length > 0);
}

/** The raw text of `root` with '\n' at block and <br> boundaries (not yet folded). */
export function rawText(root: Node, options: TextOptions = {}): string {
  const out: string[] = [];
  const newline = () => {
    if (out.length && out[out.length - 1] !== '\n') out.push('\n');
  };
  let stopped = false;
  const walk = (node: Node, isRoot: boolean) => {
    if (stopped) return;
    if (node === options.stopAt) {
      stopped = true;
      return;
    }
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      out.push(node.nodeValue ?? '');
      return;
    }
    if (type !== ELEMENT_NODE) {
      // Document or fragment: walk children.
      if (type === 9 || type === 11) walkChildren(node);
      return;
    }
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (!isRoot && hiddenInline(el)) return;
    if (!isRoot && options.skip?.(el)) return;
    if (!isRoot && options.quote?.(el)) {
      newline();
      out.push(QUOTE_MARK, '\n');
      return;
    }
    if (tag === 'br') {
      out.push('\n');
      return;
    }
    if (tag === 'img') {
      out.push(imageText(el));
      return;
    }
    const block = BLOCK.has(tag);
    if (block) newline();
    if (tag === 'td' || tag === 'th') out.push(' ');
    walkChildren(el);
    if (block) newline();
  };
  // Sibling pointers, not `childNodes.forEach`: no NodeList per element and no callback per child
  // (this runs over every node of every message body on each read).
  const walkChildren = (node: Node) => {
    for (let c = node.firstChild; c && !stopped; c = c.nextSibling) walk(c, false);
  };
  walk(root, true);
  return out.join('');
}

/** Visible text of `root` as folded, non-blank lines. */
export function textLines(root: Node, options: TextOptions = {}): string[] {
  return foldLines(rawText(root, options));
}

/** One-line text of an element (labels, names, subjects). */
export function inlineText(el: Element | null | undefined): string {
  if (!el) return '';
  return foldLines(rawText(el)).join(' ');
}
