/**
 * Edits the mail site's compose editor the way a person typing would: through the browser's own
 * editing commands, so the site sees `beforeinput`/`input` events, saves the draft and sends what is
 * shown. Parley never rewrites the editor's markup, so the user's text, quoted history and signature
 * stay as they are.
 */
import { historyBoundary } from '@/utils/mail/quotes';

/** Where the user last had their caret in each editor (clicking Parley's UI moves focus away). */
const lastRanges = new WeakMap<HTMLElement, Range>();

/** Remembers the caret of whichever editor has it. Call from a `selectionchange` listener. */
export function rememberSelection(editors: HTMLElement[]): void {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return;
  const range = selection.getRangeAt(0);
  const editor = editors.find((e) => e.contains(range.startContainer) && e.contains(range.endContainer));
  if (editor) lastRanges.set(editor, range.cloneRange());
}

function inside(editor: HTMLElement, range: Range | undefined): range is Range {
  return !!range && editor.contains(range.startContainer) && editor.contains(range.endContainer);
}

/** The end of the user's own words: right before quoted history and the signature, else the end. */
function endOfOwnText(editor: HTMLElement): Range {
  const range = document.createRange();
  let boundary: Node | null = historyBoundary(editor);
  // Insert between the editor's blocks, not inside the signature's or the quote's own markup.
  while (boundary && boundary.parentNode !== editor && boundary.parentNode) {
    if (boundary.parentNode.firstChild !== boundary) break;
    boundary = boundary.parentNode;
  }
  if (boundary && editor.contains(boundary) && boundary !== editor) {
    range.setStartBefore(boundary);
  } else {
    range.selectNodeContents(editor);
    range.collapse(false);
  }
  range.collapse(true);
  return range;
}

/** The text before `range` in the editor: does the inserted text need a blank line before it? */
function textBefore(editor: HTMLElement, range: Range): string {
  const before = document.createRange();
  before.selectNodeContents(editor);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString();
}

function select(range: Range): void {
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Types `text` at the current selection; false if the browser refused the editing command. */
function typeText(editor: HTMLElement, text: string): boolean {
  // `insertText` is deprecated in name only: it is the one way to edit a contenteditable that the
  // page's editor (and its undo stack) sees as typing.
  if (typeof document.execCommand === 'function' && document.execCommand('insertText', false, text))
    return true;
  // Fallback (browsers without the command): insert text nodes and tell the page it changed.
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  const range = selection.getRangeAt(0);
  range.deleteContents();
  const lines = text.split('\n');
  const fragment = document.createDocumentFragment();
  lines.forEach((line, i) => {
    if (i > 0) fragment.append(document.createElement('br'));
    fragment.append(document.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    select(range);
  }
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}

/**
 * Puts `text` into the editor at the user's caret, or (when they had none there) after their own words,
 * above the quoted history and signature. What the user already typed is kept.
 */
export function insertIntoEditor(editor: HTMLElement, text: string): boolean {
  const saved = lastRanges.get(editor);
  const range = inside(editor, saved) ? saved : endOfOwnText(editor);
  editor.focus();
  select(range);
  const before = textBefore(editor, range).replace(/[\s\u00a0]+$/, '');
  const prefix = before && !inside(editor, saved) ? '\n\n' : '';
  return typeText(editor, prefix + text);
}

/** Text nodes of the editor in order, with where each starts in their concatenation. */
function textIndex(editor: HTMLElement): { nodes: Text[]; starts: number[]; text: string } {
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  return { nodes, starts, text };
}

function pointAt(index: { nodes: Text[]; starts: number[] }, offset: number, end: boolean) {
  for (let i = index.nodes.length - 1; i >= 0; i--) {
    const start = index.starts[i];
    if (offset > start || (offset === start && !end)) {
      return { node: index.nodes[i], offset: offset - start };
    }
  }
  return index.nodes.length ? { node: index.nodes[0], offset: 0 } : null;
}

/** One character for one, so offsets in the normalized text are offsets in the original. */
const normalize = (s: string) => s.replace(/[\s\u00a0]/g, ' ');

/**
 * Replaces the `occurrence`-th appearance (0-based) of `find` in the editor's text with `replacement`,
 * as typing. Whitespace differences (line breaks, non-breaking spaces) do not matter. False when the
 * text is no longer there (the user edited it meanwhile).
 */
export function replaceInEditor(
  editor: HTMLElement,
  find: string,
  occurrence: number,
  replacement: string,
): boolean {
  const index = textIndex(editor);
  const haystack = normalize(index.text);
  const needle = normalize(find);
  if (!needle.trim()) return false;
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = haystack.indexOf(needle, at + 1);
    if (at < 0) return false;
  }
  const start = pointAt(index, at, false);
  const end = pointAt(index, at + needle.length, true);
  if (!start || !end) return false;
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  editor.focus();
  select(range);
  return typeText(editor, replacement);
}

/** How many times `find` appears in `text` before `start`: which occurrence a finding is. */
export function occurrenceBefore(text: string, find: string, start: number): number {
  const needle = normalize(find);
  const hay = normalize(text);
  let count = 0;
  for (let at = hay.indexOf(needle); at >= 0 && at < start; at = hay.indexOf(needle, at + 1)) count++;
  return count;
}

/** Puts the caret back where the user had it (after "Edit" in the review). */
export function restoreCaret(editor: HTMLElement): void {
  const saved = lastRanges.get(editor);
  editor.focus();
  if (inside(editor, saved)) select(saved);
}
