import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownText, ownTextFromPlain } from '../../utils/mail/quotes';
import { SHARED, body, hasShared, loadHtml } from './helpers';

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.runIf(hasShared)('quote stripping on real client HTML (talon fixtures)', () => {
  const dir = join(SHARED, 'fixtures/quotes/talon');
  const expected: Record<string, string> = hasShared
    ? JSON.parse(readFileSync(join(dir, 'EXPECTED.json'), 'utf8'))
    : {};
  it.each(Object.keys(expected))('%s keeps only the new text', (file) => {
    const page = loadHtml(readFileSync(join(dir, file), 'utf8'));
    expect(fold(ownText(page.document.body))).toBe(expected[file]);
  });
});

describe('DOM markers', () => {
  it('removes Gmail quotes and signatures but keeps the sign-off', () => {
    const el =
      body(`<div dir="ltr"><div>Hi Sam,</div><div>The refund is $40.</div><div>Thanks,</div><div>Ana</div>
      <span class="gmail_signature_prefix">-- </span><br><div class="gmail_signature" data-smartmail="gmail_signature">Ana Ito<br>CFO</div></div>
      <div class="gmail_quote"><div class="gmail_attr">On Mon, Nov 2, 2026 at 9:00 AM Sam &lt;s@x.example&gt; wrote:<br></div>
      <blockquote class="gmail_quote">Pay $900 now.</blockquote></div>`);
    expect(ownText(el)).toBe('Hi Sam,\nThe refund is $40.\nThanks,\nAna');
  });

  it('cuts Outlook history at appendonsend / divRplyFwdMsg with any x_ prefix', () => {
    const el = body(`<div>Agreed, Friday works.</div><div id="x_x_Signature">Lee | Sales</div>
      <div id="x_x_appendonsend"></div><hr><div id="x_x_divRplyFwdMsg"><b>From:</b> Kim<br><b>Sent:</b> Monday</div>
      <div>Old text with $5,000 demand</div>`);
    expect(ownText(el)).toBe('Agreed, Friday works.');
  });

  it('keeps text written between quotes (inline replies)', () => {
    const el =
      body(`<div>See my answers below.</div><blockquote type="cite">Can you ship by Friday?</blockquote>
      <div>Yes, Thursday at the latest.</div><blockquote type="cite">And the price?</blockquote><div>Unchanged.</div>`);
    expect(ownText(el)).toBe('See my answers below.\nYes, Thursday at the latest.\nUnchanged.');
  });

  it('reads emoji images as their characters and never treats markup-looking text as markup', () => {
    const el = body(
      `<div>Paid &lt;script&gt;alert(1)&lt;/script&gt; <img class="an1" data-emoji="😡" alt="😡"></div>`,
    );
    expect(ownText(el)).toBe('Paid <script>alert(1)</script> 😡');
  });

  it('does not change the page it reads', () => {
    const el = body(`<div>New</div><div class="gmail_quote">Old</div>`);
    ownText(el);
    expect(el.textContent).toContain('Old');
  });
});

describe('text patterns', () => {
  it.each([
    [
      'English Outlook header',
      'Fine by me.\nFrom: Kim Lee <k@x.example>\nSent: Monday, March 2, 2026 9:14 AM\nTo: Ana\nSubject: RE: quote\nOld text',
    ],
    [
      'German Outlook header',
      'Fine by me.\nVon: Kim Lee\nGesendet: Montag, 2. März 2026 09:14\nAn: Ana\nBetreff: AW: Angebot\nAlt',
    ],
    [
      'French Outlook header',
      'Fine by me.\nDe : Kim Lee\nEnvoyé : lundi 2 mars 2026 09:14\nÀ : Ana\nObjet : RE: devis\nAncien',
    ],
    [
      'Spanish Outlook header',
      'Fine by me.\nDe: Kim Lee\nEnviado: lunes, 2 de marzo de 2026 9:14\nPara: Ana\nAsunto: RE: oferta\nViejo',
    ],
    ['Original Message separator', 'Fine by me.\n-----Original Message-----\nFrom: Kim\nOld'],
    ['German separator', 'Fine by me.\n-----Ursprüngliche Nachricht-----\nVon: Kim\nAlt'],
    [
      'On … wrote: with > lines',
      'Fine by me.\nOn Mon, Mar 2, 2026 at 9:14 AM Kim <k@x.example> wrote:\n> Old\n> text',
    ],
    [
      'wrapped attribution',
      'Fine by me.\nOn Mon, Mar 2, 2026 at 9:14 AM Kim Lee <\nk@x.example> wrote:\n> Old',
    ],
    [
      'German attribution',
      'Fine by me.\nAm Mo., 2. März 2026 um 09:14 Uhr schrieb Kim <k@x.example>:\n> Alt',
    ],
    [
      'German attribution, history not marked with >',
      'Fine by me.\nAm Mo., 2. März 2026 um 09:14 Uhr schrieb Kim Lee <k@x.example>:\nAlt',
    ],
    ['Dutch attribution', 'Fine by me.\nOp ma 2 mrt 2026 om 09:14 schreef Kim <k@x.example>:\nOud'],
    ['Polish attribution', 'Fine by me.\npon., 2 mar 2026 o 09:14 Kim <k@x.example> napisał(a):\nStare'],
    ['French attribution', 'Fine by me.\nLe lun. 2 mars 2026 à 09:14, Kim <k@x.example> a écrit :\n> Ancien'],
    [
      'Spanish attribution',
      'Fine by me.\nEl lun, 2 mar 2026 a las 9:14, Kim (<k@x.example>) escribió:\n> Viejo',
    ],
    ['signature delimiter', 'Fine by me.\n-- \nKim Lee\nSales | +1 555 0100'],
    ['mobile signature', 'Fine by me.\nSent from my iPhone'],
    ['German mobile signature', 'Fine by me.\nVon meinem iPhone gesendet'],
  ])('%s', (_name, text) => {
    expect(ownTextFromPlain(text)).toBe('Fine by me.');
  });

  it('keeps ordinary lines that merely contain a colon or the word "from"', () => {
    const text = 'Note: the refund from March is still open.\nDate of the call: Monday.\nThanks';
    expect(ownTextFromPlain(text)).toBe(text);
  });
});
