import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, type Lang } from '../../src/i18n/format';
import { createRng } from '../../src/core/rng';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** What Intl writes, the reference the hand-made formatting is held to. */
function intlNumber(lang: Lang, value: number, digits: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

describe('formatNumber', () => {
  it('writes separators as each language does', () => {
    expect(formatNumber('id', 1234567.891, 2)).toBe('1.234.567,89');
    expect(formatNumber('en', 1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber('id', 1234, 0)).toBe('1.234');
    expect(formatNumber('id', 999, 0)).toBe('999');
    expect(formatNumber('en', -0.5, 1)).toBe('-0.5');
  });

  it('gives what Intl gives for id-ID and en-GB, over values of every size and sign', () => {
    const draws = createRng(20261207);
    const random = () => draws.next();
    const values = [0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.005, 999.995, 1000, 99999.5, 123456789.125, 2 ** 53, 1e21, 3.5e22, -7e23];
    for (let k = 0; k < 3000; k++) {
      const magnitude = 10 ** Math.floor(random() * 14 - 4);
      values.push((random() - 0.3) * magnitude);
    }
    let compared = 0;
    for (const lang of ['id', 'en'] as Lang[]) {
      for (const value of values) {
        for (const digits of [0, 1, 2, 3]) {
          const expected = intlNumber(lang, value, digits);
          // Intl keeps the sign of a negative number that rounds to zero (-0,00); the app shows 0,00.
          const shown = expected.replace(/^-(?=[0.,]+$)/, '');
          expect(formatNumber(lang, value, digits), `${lang} ${value} ${digits}`).toBe(shown);
          compared++;
        }
      }
    }
    expect(compared).toBe(2 * values.length * 4);
  });

  it('writes infinity and NaN as Intl does', () => {
    for (const lang of ['id', 'en'] as Lang[]) {
      for (const value of [Infinity, -Infinity, NaN]) expect(formatNumber(lang, value, 1)).toBe(intlNumber(lang, value, 1));
    }
  });
});

describe('formatDate', () => {
  it('gives what Intl gives for every month, leap days and single-digit days included', () => {
    for (const lang of ['id', 'en'] as Lang[]) {
      const intl = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (const iso of ['2024-02-29', '2026-01-01', '2026-12-31', '2099-07-04', '1965-09-30']) {
        const [y, m, d] = iso.split('-').map(Number);
        expect(formatDate(lang, iso)).toBe(intl.format(new Date(Date.UTC(y!, m! - 1, d!))));
      }
      for (let month = 1; month <= 12; month++) {
        const iso = `2027-${String(month).padStart(2, '0')}-01`;
        expect(formatDate(lang, iso)).toBe(intl.format(new Date(Date.UTC(2027, month - 1, 1))));
      }
    }
    expect(formatDate('id', '2028-02-29')).toBe('29 Februari 2028');
    expect(formatDate('en', '2026-05-01')).toBe('1 May 2026');
  });
});
