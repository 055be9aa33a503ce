/**
 * Numbers and dates as the interface's two languages write them, made without Intl: in a new tab the
 * first Intl formatter loads the browser's locale data, a task of 20 to 80 ms. The output is
 * Intl's for id-ID and en-GB (tests/i18n/format.test.ts holds them to it).
 */
export type Lang = 'id' | 'en';

/** Thousands and decimal separators: 1.234,56 in Indonesian, 1,234.56 in British English. */
const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  id: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A number with exactly `digits` decimals (0 to 20), digits grouped by thousands, rounded as Intl
 * rounds: half away from zero on the shortest decimal that reads back as the number (1.005 gives
 * 1,01, where toFixed, on the exact binary value, gives 1,00). A value that rounds to zero shows no sign.
 */
export function formatNumber(lang: Lang, value: number, digits: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  const { group, decimal } = SEPARATORS[lang];
  const rounded = roundedDigits(Math.abs(value), digits);
  const whole = rounded.slice(0, rounded.length - digits);
  let grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let at = grouped.length; at < whole.length; at += 3) grouped += group + whole.slice(at, at + 3);
  const text = digits > 0 ? grouped + decimal + rounded.slice(whole.length) : grouped;
  return value < 0 && /[1-9]/.test(rounded) ? '-' + text : text;
}

/** The digits of size x 10^digits rounded half up, from its shortest decimal: at least digits + 1 of them. */
function roundedDigits(size: number, digits: number): string {
  const [mantissa, exponent] = size.toExponential().split('e') as [string, string];
  const all = mantissa.replace('.', ''); // size = 0.(all) x 10^(exponent + 1)
  const keep = Number(exponent) + 1 + digits;
  if (keep < 0) return '0'.repeat(digits + 1);
  let kept = BigInt(all.slice(0, keep).padEnd(keep, '0') || '0');
  if (keep < all.length && all[keep]! >= '5') kept += 1n;
  return kept.toString().padStart(digits + 1, '0');
}

/** An ISO date (yyyy-mm-dd) as a long date: 1 April 2026 (both languages put the day first). */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[lang][m! - 1]} ${y}`;
}
