import { describe, expect, it } from 'vitest';
import { urlShape } from '../../utils/content/diagnostics';

describe('urlShape', () => {
  it('keeps the view and drops ids and search words', () => {
    expect(urlShape('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLmJwTqVsnRrXkHdPzWcMgKd')).toBe(
      'https://mail.google.com/mail/u/0/#inbox/<id>',
    );
    expect(urlShape('https://mail.google.com/mail/u/0/#search/acme+refund/FMfcgzQbfLmJwTqV')).toBe(
      'https://mail.google.com/mail/u/0/#search/<id>/<id>',
    );
    expect(urlShape('https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1jTgmlvb8%3D?x=1')).toBe(
      'https://outlook.office.com/mail/inbox/id/<id>',
    );
  });
});

describe('buildDiagnostics', () => {
  it('reports selector counts and versions, never mail text, names or addresses', async () => {
    const { readFileSync } = await import('node:fs');
    const { buildDiagnostics } = await import('../../utils/content/diagnostics');
    const { gmailAdapter } = await import('../../utils/mail/gmail');
    const html = readFileSync('tests/pages/gmail/thread-en-renewal.html', 'utf8');
    document.documentElement.innerHTML = new DOMParser().parseFromString(
      html,
      'text/html',
    ).documentElement.innerHTML;
    const read = gmailAdapter.read(
      document,
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLmJwTqVsnRrXkHdPzWcMgKd',
    );
    expect(read.thread!.messages.length).toBeGreaterThan(0);
    const report = buildDiagnostics(gmailAdapter, read, [{ at: 'now', where: 'update', message: 'boom' }]);
    const parsed = JSON.parse(report);
    expect(parsed.selectors.find((s: { key: string }) => s.key === 'body').count).toBeGreaterThan(0);
    for (const m of read.thread!.messages) {
      expect(report).not.toContain(m.from.email);
      expect(report).not.toContain(m.from.name);
      expect(report).not.toContain(m.text.slice(0, 30));
    }
    expect(report).not.toContain(read.thread!.subject);
  });
});
