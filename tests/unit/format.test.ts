import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../utils/format';
import { formatMoneyPlain } from '../../utils/analysis/draft-text';

describe('money for display', () => {
  it('keeps two decimals for whole units and up to four under one unit', () => {
    expect(formatMoney({ currency: 'EUR', value: 8000 }, 'en-GB')).toBe('€8,000.00');
    expect(formatMoney({ currency: 'GBP', value: 0.365 }, 'en-GB')).toBe('£0.365');
    expect(formatMoney({ currency: 'USD', value: 0.0095 }, 'en-US')).toBe('$0.0095');
    expect(formatMoney({ currency: '', value: 17000 }, 'en-US')).toBe('17,000');
  });

  it('writes amounts in a reply as people do', () => {
    expect(formatMoneyPlain({ currency: 'USD', value: 17000 })).toBe('$17,000');
    expect(formatMoneyPlain({ currency: 'EUR', value: 124.5 })).toBe('€124.50');
    expect(formatMoneyPlain({ currency: 'GBP', value: 0.365 })).toBe('£0.365');
  });
});
