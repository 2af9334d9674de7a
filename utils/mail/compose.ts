/**
 * Compose boxes, found the same way on every provider: an editor, and the nearest ancestor that also
 * holds a Send control. This leans on no container class names, so inline replies, pop-outs and several
 * compose windows at once are told apart by structure alone. The provider adapters supply the
 * selectors (in their selector maps) and decide which controls are Send.
 */
import { all, extractEmail, parsePerson } from './common';
import type { ComposeBox, Person } from './types';

export interface ComposeSpec {
  /** The body editors. */
  editor: string;
  /** Candidate Send controls (refined by `isSend`). */
  send: string;
  /** Is this candidate really a Send control (not a menu toggle, not schedule-send)? */
  isSend(el: Element): boolean;
  /** Recipient chips in the compose box's To/Cc fields. */
  recipient: string;
  /**
   * The provider's own compose container, when it has one that also holds the recipients and subject
   * (Gmail's editor and Send button share a table below the recipient form).
   */
  container?: string;
}

/** Menus (schedule send, more send options) open popups: never a send by themselves. */
export function notAMenu(el: Element): boolean {
  return (
    el.getAttribute('aria-haspopup') !== 'true' &&
    el.getAttribute('role') !== 'menuitem' &&
    !el.closest('[role=menu]')
  );
}

/** How far up from an editor its compose box can be (Gmail nests deepest, at about 20 levels). */
const MAX_DEPTH = 30;

function sendControls(doc: Document | Element, spec: ComposeSpec): HTMLElement[] {
  const found = new Set<HTMLElement>();
  for (const el of all(doc, spec.send)) {
    const control = el.closest<HTMLElement>('button, [role=button]') ?? (el as HTMLElement);
    if (spec.isSend(control)) found.add(control);
  }
  return [...found];
}

function boxOf(editor: HTMLElement, editors: Element[], sends: HTMLElement[], spec: ComposeSpec): ComposeBox {
  let node = editor.parentElement;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    // Past another compose box's editor: this editor has no Send button of its own on the page.
    if (editors.some((e) => e !== editor && node!.contains(e))) break;
    const send = sends.find((s) => node!.contains(s));
    if (send) {
      const container = spec.container ? node.closest(spec.container) : null;
      return { root: container ?? node, editor, send };
    }
  }
  return { root: editor.parentElement ?? editor, editor, send: null };
}

export function findComposers(doc: Document, spec: ComposeSpec): ComposeBox[] {
  const editors = all(doc, spec.editor).filter((e): e is HTMLElement => 'isContentEditable' in e);
  if (!editors.length) return [];
  const sends = sendControls(doc, spec);
  return editors.map((editor) => boxOf(editor, editors, sends, spec));
}

export function findSendControl(target: Element, spec: ComposeSpec): HTMLElement | null {
  const control = target.closest<HTMLElement>('button, [role=button]');
  if (!control) return null;
  return control.matches(spec.send) || control.querySelector(spec.send)
    ? spec.isSend(control)
      ? control
      : null
    : null;
}

export function findComposeOf(el: Element, doc: Document, spec: ComposeSpec): ComposeBox | null {
  const boxes = findComposers(doc, spec);
  return boxes.find((b) => b.root.contains(el) || b.editor.contains(el)) ?? null;
}

/** Recipients from chips carrying an address (email / data-hovercard-id / title attributes). */
export function findRecipients(box: ComposeBox, spec: ComposeSpec): Person[] {
  const people = new Map<string, Person>();
  for (const chip of all(box.root, spec.recipient)) {
    if (box.editor.contains(chip)) continue;
    const email =
      extractEmail(chip.getAttribute('email')) ||
      extractEmail(chip.getAttribute('data-hovercard-id')) ||
      extractEmail(chip.getAttribute('title')) ||
      extractEmail(chip.getAttribute('value'));
    if (!email || people.has(email)) continue;
    const name = chip.getAttribute('name') || chip.textContent?.trim() || '';
    const person = chip.getAttribute('value') ? parsePerson(chip.getAttribute('value') ?? '') : null;
    people.set(email, { name: person?.name && person.name !== email ? person.name : name || email, email });
  }
  return [...people.values()];
}
