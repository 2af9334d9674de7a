import { describe, expect, it } from 'vitest';
import { parseMailDate } from '../../utils/mail/dates';

describe('parseMailDate', () => {
  it.each([
    ['Mon, Nov 2, 2026, 10:15 AM', 'en', '2026-11-02T10:15:00'],
    ['Wed, Nov 4, 2026, 2:37 PM', 'en', '2026-11-04T14:37:00'],
    ['Nov 4, 2026 at 12:05 AM', 'en', '2026-11-04T00:05:00'],
    ['Mon, 2 Nov 2026, 10:15', 'en-GB', '2026-11-02T10:15:00'],
    ['Mo., 2. Nov. 2026, 10:15', 'de', '2026-11-02T10:15:00'],
    ['Di., 10. März 2026, 08:05', 'de', '2026-03-10T08:05:00'],
    ['mar. 10 nov. 2026, 14:05', 'fr', '2026-11-10T14:05:00'],
    ['lun, 9 nov 2026, 14:05', 'es', '2026-11-09T14:05:00'],
    ['9 de noviembre de 2026, 2:05 p. m.', 'es', '2026-11-09T14:05:00'],
    ['Mon 11/9/2026 8:14 AM', 'en-US', '2026-11-09T08:14:00'],
    ['Mo 09.11.2026 08:14', 'de-DE', '2026-11-09T08:14:00'],
    ['lun 09/11/2026 8:14', 'es-ES', '2026-11-09T08:14:00'],
    ['lun. 09/11/2026 08:14', 'fr-FR', '2026-11-09T08:14:00'],
    ['2026-11-09 08:14', 'en', '2026-11-09T08:14:00'],
  ])('%s (%s)', (text, lang, iso) => {
    expect(parseMailDate(text, { lang })).toBe(iso);
  });

  it.each(['', 'Yesterday', 'Feb 30, 2026, 10:00 AM', '13/13/2026', 'no date here'])('rejects %j', (text) => {
    expect(parseMailDate(text)).toBeNull();
  });

  it('uses the hinted year when the text has none', () => {
    expect(parseMailDate('Nov 2, 10:15 AM', { year: 2026 })).toBe('2026-11-02T10:15:00');
  });
});
