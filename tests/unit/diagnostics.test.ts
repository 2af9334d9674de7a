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
