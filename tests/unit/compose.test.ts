/**
 * Compose boxes on saved pages: the editor, its own Send button (never the schedule-send menu or the
 * split button's toggle), recipients, and which box an element belongs to. Localized labels must not
 * matter: the French Gmail and Spanish Outlook pages are found by structure and attributes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../utils/mail/gmail';
import { outlookAdapter } from '../../utils/mail/outlook';
import type { MailAdapter } from '../../utils/mail/types';
import { PAGES, SHARED, body, hasShared, loadHtml } from './helpers';

const load = (path: string) => loadHtml(readFileSync(path, 'utf8')).document;

function expectOneCompose(adapter: MailAdapter, doc: Document) {
  const boxes = adapter.composers(doc);
  expect(boxes).toHaveLength(1);
  const [box] = boxes;
  expect(box.send).not.toBeNull();
  expect(box.root.contains(box.editor)).toBe(true);
  expect(adapter.sendControl(box.send!)).toBe(box.send);
  // A click on the label or icon inside the button is a click on Send.
  const inner = box.send!.querySelector('*');
  if (inner) expect(adapter.sendControl(inner)).toBe(box.send);
  expect(adapter.composeOf(box.editor)?.send).toBe(box.send);
  expect(adapter.sendControl(box.editor)).toBeNull();
  // The split button's menu toggle opens a menu (schedule send): not a send.
  for (const toggle of Array.from(box.root.querySelectorAll('[aria-haspopup="true"]'))) {
    expect(adapter.sendControl(toggle)).toBeNull();
  }
  return box;
}

describe('compose boxes on the project pages', () => {
  it('Gmail inline reply in French', () => {
    const doc = load(join(PAGES, 'gmail/thread-fr-inline-reply.html'));
    const box = expectOneCompose(gmailAdapter, doc);
    expect(box.send!.textContent).toBe('Envoyer');
    expect(gmailAdapter.recipients(box).map((p) => p.email)).toContain(
      'o.marchand@boulangeries-marchand.example',
    );
    expect(gmailAdapter.composeSubject(box)).toMatch(/^Re: Commande CMD-8812/);
  });

  it('Outlook reply in Spanish, with a split Send button', () => {
    const doc = load(join(PAGES, 'outlook/thread-es-compose.html'));
    const box = expectOneCompose(outlookAdapter, doc);
    expect(box.send!.textContent).toContain('Enviar');
    expect(outlookAdapter.recipients(box).map((p) => p.email)).toEqual([
      'm.ibanez@grupo-vinaterra.example',
      'andres.salgado@grupo-vinaterra.example',
    ]);
  });

  it('pages without a compose box have none', () => {
    expect(gmailAdapter.composers(load(join(PAGES, 'gmail/thread-de.html')))).toEqual([]);
    expect(outlookAdapter.composers(load(join(PAGES, 'outlook/thread-live-de.html')))).toEqual([]);
  });
});

describe.runIf(hasShared)('compose boxes on the shared fixtures', () => {
  it.each([
    ['gmail/compose-inline-reply.html', gmailAdapter],
    ['gmail/compose-popout.html', gmailAdapter],
    ['outlook/compose-reply.html', outlookAdapter],
  ] as const)('%s', (file, adapter) => {
    const box = expectOneCompose(adapter, load(join(SHARED, 'fixtures', file)));
    expect(adapter.recipients(box).length).toBeGreaterThan(0);
  });
});

describe('several compose windows', () => {
  it('each editor gets its own Send button, and a box without one gets none', () => {
    const root = body(`
      <div class="M9" id="a"><div g_editable="true" contenteditable="true">one</div>
        <div class="dC"><div role="button" class="T-I aoO" id="send-a">Send</div>
          <div role="button" class="T-I hG" aria-haspopup="true" id="more-a"></div></div></div>
      <div class="M9" id="b"><div g_editable="true" contenteditable="true">two</div>
        <div class="dC"><div role="button" class="T-I aoO" id="send-b">Senden</div></div></div>
      <div class="M9" id="c"><div g_editable="true" contenteditable="true">three</div></div>`);
    const boxes = gmailAdapter.composers(root.ownerDocument);
    expect(boxes.map((b) => b.send?.id ?? null)).toEqual(['send-a', 'send-b', null]);
    expect(gmailAdapter.composeOf(root.querySelector('#send-b')!)?.editor.textContent).toBe('two');
    expect(gmailAdapter.sendControl(root.querySelector('#more-a')!)).toBeNull();
  });

  it('Outlook: schedule send (SendClock icon) and menu items are not Send', () => {
    const root = body(`
      <div role="region"><div role="textbox" contenteditable="true" aria-label="Message body">x</div>
        <div class="fui-SplitButton"><button id="send"><i data-icon-name="SendRegular"></i><span>Send</span></button>
          <button id="menu" aria-haspopup="true"><i data-icon-name="ChevronDownRegular"></i></button></div>
        <div role="menu"><button role="menuitem" id="schedule"><i data-icon-name="SendClockRegular"></i>Schedule send</button></div>
      </div>`);
    const [box] = outlookAdapter.composers(root.ownerDocument);
    expect(box.send?.id).toBe('send');
    expect(outlookAdapter.sendControl(root.querySelector('#schedule')!)).toBeNull();
    expect(outlookAdapter.sendControl(root.querySelector('#menu')!)).toBeNull();
    expect(outlookAdapter.sendControl(root.querySelector('#send span')!)?.id).toBe('send');
  });
});
