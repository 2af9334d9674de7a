/** Small helpers the provider adapters share. */
import type { Person, SelectorHit } from './types';

export interface SelectorDef {
  css: string;
  /** The view of the mail app this selector belongs to (shown in diagnostics). */
  view: string;
}

/** querySelectorAll that never throws on a selector a DOM implementation does not support. */
export function all(root: ParentNode, css: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
}

export function first(root: ParentNode, css: string): Element | null {
  try {
    return root.querySelector(css);
  } catch {
    return null;
  }
}

export function countSelectors(doc: Document, map: Record<string, SelectorDef>): SelectorHit[] {
  return Object.entries(map).map(([key, def]) => ({ key, view: def.view, count: all(doc, def.css).length }));
}

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** "Dana Ruiz <dana@x.example>", "dana@x.example", "\"Ruiz, Dana\" <dana@x>" → {name, email}. */
export function parsePerson(text: string): Person {
  const clean = text.replace(/[\u200e\u200f\u202a-\u202e]/g, '').trim();
  const email = EMAIL.exec(clean)?.[0] ?? '';
  let name = clean
    .replace(/<[^>]*>/g, '')
    .replace(EMAIL, '')
    .replace(/[()[\]"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!name) name = email;
  return { name, email: email.toLowerCase() };
}

export function extractEmail(text: string | null | undefined): string {
  return (text && EMAIL.exec(text)?.[0]?.toLowerCase()) || '';
}

/** The page language, for date order. */
export function pageLang(doc: Document): string {
  return doc.documentElement?.getAttribute('lang') || 'en';
}

/**
 * For each marker, the largest ancestor (below `container`) that holds no other marker: one item per
 * marker without relying on the item's (hashed, changing) class name.
 */
export function itemRoots(container: Element, markers: Element[]): Element[] {
  const set = new Set(markers);
  const countIn = (el: Element) => {
    let n = 0;
    for (const m of set) if (el !== m && el.contains(m)) n++;
    return n + (set.has(el) ? 1 : 0);
  };
  const roots: Element[] = [];
  for (const marker of markers) {
    let node = marker;
    while (node.parentElement && node.parentElement !== container && countIn(node.parentElement) <= 1) {
      node = node.parentElement;
    }
    if (!roots.includes(node)) roots.push(node);
  }
  return roots;
}
