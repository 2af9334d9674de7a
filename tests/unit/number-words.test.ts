import { describe, expect, it } from 'vitest';
import { cardinalValue } from '@/utils/analysis/number-words';

describe('numbers written as words', () => {
  it('reads single words and tens-unit compounds, with a hyphen or a space', () => {
    expect(cardinalValue('one')).toBe(1);
    expect(cardinalValue('Fourteen')).toBe(14);
    expect(cardinalValue('twenty-four')).toBe(24);
    expect(cardinalValue('fifty five')).toBe(55);
    expect(cardinalValue('ninety')).toBe(90);
  });

  it('is NaN for what is not a number', () => {
    for (const w of ['', 'few', 'twelve-five', 'five twenty', 'twenty-ten', 'hundred', 'a'])
      expect(cardinalValue(w), w).toBeNaN();
  });
});
