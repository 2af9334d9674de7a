import { describe, expect, it } from 'vitest';
import { extractAmounts, parseAmountNumber } from '../../utils/analysis/amounts';

const amounts = (text: string) => extractAmounts(text).map((p) => [p.text, p.value]);

describe('parseAmountNumber', () => {
  it.each([
    ['17,000', 17000],
    ['1,249.00', 1249],
    ['1.249,00', 1249],
    ['2.400', 2400],
    ['2 400,00', 2400],
    ['1\u00a0234,5', 1234.5],
    ["1'200.50", 1200.5],
    ['84.99', 84.99],
    ['6,50', 6.5],
    ['1,234,567.89', 1234567.89],
    ['1.234.567', 1234567],
    ['17', 17],
    ['0.011', 0.011],
    ['0,045', 0.045],
  ])('%s → %d', (raw, value) => {
    expect(parseAmountNumber(raw)).toBe(value);
  });
});

describe('extractAmounts', () => {
  it.each([
    ['US$500 upfront', 'US$500', 'USD', 500],
    ['NLD fixed: USD 0.0095 per minute', 'USD 0.0095', 'USD', 0.0095],
    ['C$ 1,200 total', 'C$ 1,200', 'CAD', 1200],
    ['A$80 each', 'A$80', 'AUD', 80],
    ['₹5,000 paid', '₹5,000', 'INR', 5000],
    ['Rs. 12,500 due', 'Rs. 12,500', 'INR', 12500],
    ['a CTC of INR 32,00,000 per annum', 'INR 32,00,000', 'INR', 3200000],
    ['bonus of ₹1,50,000.50', '₹1,50,000.50', 'INR', 150000.5],
    ['500$ cash', '500$', 'USD', 500],
    ['€ 2.400,00 netto', '€ 2.400,00', 'EUR', 2400],
    ['1,840 USD in fees', '1,840 USD', 'USD', 1840],
    ['USD 1,840 in fees', 'USD 1,840', 'USD', 1840],
    ['about 300 pounds', '300 pounds', 'GBP', 300],
    ['50 Swiss francs', '50 Swiss francs', 'CHF', 50],
    ['£2k deposit', '£2k', 'GBP', 2000],
    ['€3.5 million deal', '€3.5 million', 'EUR', 3500000],
    ['a $50 credit', '$50', 'USD', 50],
  ])('%s', (text, span, currency, value) => {
    expect(amounts(text)).toEqual([[span, { currency, value }]]);
  });

  it('finds every amount in a range, sorted', () => {
    expect(amounts('between $10 and $20, or €15').map(([t]) => t)).toEqual(['$10', '$20', '€15']);
  });

  it('keeps only the currency and number ("$95" in "$95/hour", "$18 per seat")', () => {
    expect(amounts('$95/hour or $18 per seat').map(([t]) => t)).toEqual(['$95', '$18']);
  });

  it.each([
    'Call 617-555-0148',
    'Order #58213, PO 7741, INV-3302, account 12345678',
    'Dated 02/04/2025 and 2025-03-14',
    '15% off, 30 % more',
    '40 people, 600 seats, 12,000 units',
    'PHP 8.2 and TRY 5 times', // codes that are also words are not currencies
    'We have 17k users',
    'Room 4C, flat 3B, 9am',
  ])('no amount in: %s', (text) => {
    expect(amounts(text)).toEqual([]);
  });

  it('pence written after the number are pounds sterling; times and video resolutions are not', () => {
    expect(amounts('The litre price will be 36.5p per litre, down 1.5p from March.')).toEqual([
      ['36.5p', { currency: 'GBP', value: 0.365 }],
      ['1.5p', { currency: 'GBP', value: 0.015 }],
    ]);
    expect(amounts('Fixed at 24p/kWh, standing charge 61p/day')).toEqual([
      ['24p', { currency: 'GBP', value: 0.24 }],
      ['61p', { currency: 'GBP', value: 0.61 }],
    ]);
    expect(amounts('Meet at 3p.m. and bring the 720p and 1080p files.')).toEqual([]);
  });

  it('cents: "ct" is the euro cent; "cents" and "2c/litre" leave the currency unsaid', () => {
    expect(amounts('calculated with 7,9 ct/kWh')).toEqual([['7,9 ct', { currency: 'EUR', value: 0.079 }]]);
    expect(amounts('Price fixed at 38 cents over the New York C.')).toEqual([
      ['38 cents', { currency: '', value: 0.38 }],
    ]);
    expect(amounts('you will lose the 2c/litre bonus')).toEqual([['2c', { currency: '', value: 0.02 }]]);
    expect(amounts('It is 4c outside. See section 5c.')).toEqual([]);
    expect(amounts('YOU CUT THE BASE PRICE TO 31.5 CENTS A LITRE')).toEqual([
      ['31.5 CENTS', { currency: '', value: 0.315 }],
    ]);
  });

  it('carats are not cents: "18ct gold", "a 2 ct diamond"', () => {
    expect(amounts('We add a section of 18ct gold to the shank, £240 in all.')).toEqual([
      ['£240', { currency: 'GBP', value: 240 }],
    ]);
    expect(amounts('a 2 ct diamond, a 9ct white gold band and a 14 ct ruby')).toEqual([]);
  });

  it('metres, minutes and piece counts written with m or k are not money', () => {
    expect(amounts("You've charged me the rate of £4,870 for a 10m berth. My boat is 8.6m.")).toEqual([
      ['£4,870', { currency: 'GBP', value: 4870 }],
    ]);
    expect(amounts('The outage counts as 2h 14m of downtime against your fee.')).toEqual([]);
    expect(amounts('We paid the deposit for 15k pcs at that price.')).toEqual([]);
    expect(amounts('The budget is 1.2m for the whole project.')).toEqual([
      ['1.2m', { currency: '', value: 1200000 }],
    ]);
  });

  it('bare 17k is money only when the sentence talks about money', () => {
    expect(amounts('Our budget is 17k.')).toEqual([['17k', { currency: '', value: 17000 }]]);
    expect(amounts('The video got 17k views.')).toEqual([]);
    expect(amounts('Either buy it at the valuation, 17k, less your share.')).toEqual([
      ['17k', { currency: '', value: 17000 }],
    ]);
    expect(amounts('We sold 17k units last year.')).toEqual([]);
  });

  it('more ISO codes, and the rand only with grouped thousands or cents', () => {
    expect(amounts('roughly GHS 180,000 compared to the contract')).toEqual([
      ['GHS 180,000', { currency: 'GHS', value: 180000 }],
    ]);
    expect(amounts('a full refund of the R 8,400,000 we paid')).toEqual([
      ['R 8,400,000', { currency: 'ZAR', value: 8400000 }],
    ]);
    expect(amounts('R12 500,00 paid')).toEqual([['R12 500,00', { currency: 'ZAR', value: 12500 }]]);
    expect(amounts('Room R2 and the R450 camera, R 45')).toEqual([]);
  });

  it('money in words, not idioms or weights', () => {
    expect(amounts('Two bucks a case, for two months')).toEqual([
      ['Two bucks', { currency: 'USD', value: 2 }],
    ]);
    expect(amounts('you want to argue about two grand a year')).toEqual([
      ['two grand', { currency: '', value: 2000 }],
    ]);
    expect(amounts('six hundred quid?')).toEqual([['six hundred quid', { currency: 'GBP', value: 600 }]]);
    expect(amounts('a thousand pounds more')).toEqual([
      ['a thousand pounds', { currency: 'GBP', value: 1000 }],
    ]);
    expect(amounts('fifty-five euros, twenty five dollars').map(([, v]) => v)).toEqual([
      { currency: 'EUR', value: 55 },
      { currency: 'USD', value: 25 },
    ]);
    for (const t of [
      'not a cent more',
      'a grand total of four minutes',
      'two pounds of coffee',
      'one euro of it',
    ])
      expect(amounts(t), t).toEqual([]);
  });

  it('a bare shorthand in a sentence that counts things with one is a count too', () => {
    expect(
      amounts("We bought 1.2M impressions and got 740k. That's 38% short, on a $30k flight.").map(([t]) => t),
    ).toEqual(['$30k']);
    expect(amounts('He paid 1.2M for the shop and 740k for the van').map(([t]) => t)).toEqual([
      '1.2M',
      '740k',
    ]);
  });

  it('respects a region and reports absolute offsets', () => {
    const text = 'Ignore $1. Count $2.';
    const ps = extractAmounts(text, 11);
    expect(ps.map((p) => [p.text, p.start])).toEqual([['$2', 17]]);
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('currency codes texted in lower case', () => {
  it.each([
    ['pls refund 500 eur', '500 eur', 'EUR', 500],
    ['its usd 1,200 total', 'usd 1,200', 'USD', 1200],
    ['1.5k gbp is too much', '1.5k gbp', 'GBP', 1500],
  ])('%s', (text, span, currency, value) => {
    expect(amounts(text)).toEqual([[span, { currency, value }]]);
  });

  it('reads no code inside a longer word', () => {
    expect(amounts('we sold 500 usda boxes')).toEqual([]);
  });
});

describe('cents before a price word, and a resolution that is no money', () => {
  it('"a 1.5c quality bonus" is money, like "44c per litre"', () => {
    expect(amounts('a base price of 44c per litre, with a 1.5c quality bonus')).toEqual([
      ['44c', { currency: '', value: 0.44 }],
      ['1.5c', { currency: '', value: 0.015 }],
    ]);
  });

  it('"two 12K projectors" for $18,400: 12K is the resolution', () => {
    expect(amounts('the package (two 12K projectors and a screen) costs $18,400')).toEqual([
      ['$18,400', { currency: 'USD', value: 18400 }],
    ]);
    expect(amounts('our budget is 12K for the projectors')).toEqual([
      ['12K', { currency: '', value: 12000 }],
    ]);
  });
});
