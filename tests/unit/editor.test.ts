/**
 * Editing the compose box like a person typing: text goes at the caret or after the user's own words
 * (above the quoted history and signature), nothing the user typed is lost, and the page hears an
 * `input` event.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  insertIntoEditor,
  occurrenceBefore,
  rememberSelection,
  replaceInEditor,
} from '../../utils/content/editor';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" id="ed">${html}</div>`;
  return document.querySelector('#ed')!;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('insertIntoEditor', () => {
  it('puts the reply after the user’s words and above the Gmail signature and quote', () => {
    const ed = editor(
      '<div dir="ltr"><div>Hi Dana,</div><span class="gmail_signature_prefix">-- </span><div class="gmail_signature">Karim</div></div>' +
        '<div class="gmail_quote">On Mon, Dana wrote: refund now</div>',
    );
    const inputs: string[] = [];
    ed.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    expect(insertIntoEditor(ed, 'Thanks for your patience.')).toBe(true);
    const text = ed.textContent!;
    expect(text.indexOf('Hi Dana,')).toBeLessThan(text.indexOf('Thanks for your patience.'));
    expect(text.indexOf('Thanks for your patience.')).toBeLessThan(text.indexOf('-- '));
    expect(text.indexOf('Karim')).toBeLessThan(text.indexOf('On Mon, Dana wrote'));
    expect(inputs).toEqual(['insertText']);
  });

  it('uses the caret the user left in the editor', () => {
    const ed = editor('<div>First line.</div><div>Second line.</div>');
    const range = document.createRange();
    range.setStart(ed.firstChild!.firstChild!, 'First line.'.length);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    rememberSelection([ed]);
    document.getSelection()!.removeAllRanges(); // focus moved to Parley's panel
    insertIntoEditor(ed, ' Inserted.');
    expect(ed.textContent).toBe('First line. Inserted.Second line.');
  });

  it('into an empty editor, just the reply', () => {
    const ed = editor('');
    insertIntoEditor(ed, 'Hello');
    expect(ed.textContent).toBe('Hello');
  });
});

describe('replaceInEditor', () => {
  it('replaces the n-th occurrence across formatting, keeping the rest', () => {
    const ed = editor('<div>You <b>always</b> do this. You always do that.</div>');
    expect(replaceInEditor(ed, 'You always', 1, 'This has happened before:')).toBe(true);
    expect(ed.textContent).toBe('You always do this. This has happened before: do that.');
    expect(replaceInEditor(ed, 'You always', 0, 'Once again')).toBe(true);
    expect(ed.textContent).toBe('Once again do this. This has happened before: do that.');
  });

  it('says so when the text is no longer there', () => {
    const ed = editor('<div>All fine now.</div>');
    expect(replaceInEditor(ed, 'ridiculous', 0, '')).toBe(false);
    expect(ed.textContent).toBe('All fine now.');
  });

  it('counts occurrences before a finding', () => {
    expect(occurrenceBefore('no, no, no', 'no', 4)).toBe(1);
    expect(occurrenceBefore('no, no, no', 'no', 0)).toBe(0);
  });
});
