/**
 * Parsing and validation of civil-servant numbers.
 * NIP (PNS), 18 digits: birth date YYYYMMDD, TMT CPNS YYYYMM, sex digit (1 male, 2 female), sequence NNN.
 * PPPK number, 18 digits: birth date YYYYMMDD, appointment year YYYY, field NN, sex digit, sequence NNN.
 */
import { formatIsoDate, isRealDate, type IsoDate } from './dates';

export type Sex = 'L' | 'P';
export type AsnStatus = 'PNS' | 'PPPK';

export interface ParsedNip {
  status: AsnStatus;
  birthDate: IsoDate;
  /** PNS: year and month of TMT CPNS (`YYYY-MM`); PPPK: year of appointment (`YYYY`). */
  appointed: string;
  sex: Sex;
  sequence: number;
  /** PPPK only: the two-digit field code. */
  fieldCode?: string;
}

export type NipResult = { ok: true; value: ParsedNip } | { ok: false; problem: string };

/**
 * Reads an 18-digit number (spaces allowed) as a NIP or PPPK number.
 * `parseNip('19860926 201505 1 001')` gives birth date 1986-09-26, appointed 2015-05, sex 'L'.
 */
export function parseNip(text: string, status: AsnStatus = 'PNS'): NipResult {
  const digits = text.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(digits)) return { ok: false, problem: 'must be 18 digits' };
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  const birthText = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  if (!isRealDate(year, month, day) || year < 1900) {
    return { ok: false, problem: `birth date ${birthText} does not exist` };
  }
  const birthDate = formatIsoDate(year, month, day);
  let appointed: string;
  let sexDigit: string;
  let fieldCode: string | undefined;
  let appointedYear: number;
  if (status === 'PNS') {
    appointedYear = Number(digits.slice(8, 12));
    const appointedMonth = Number(digits.slice(12, 14));
    if (appointedMonth < 1 || appointedMonth > 12) {
      return { ok: false, problem: `TMT CPNS ${digits.slice(8, 12)}-${digits.slice(12, 14)} is not a real month` };
    }
    appointed = `${digits.slice(8, 12)}-${digits.slice(12, 14)}`;
    sexDigit = digits[14]!;
  } else {
    appointedYear = Number(digits.slice(8, 12));
    appointed = digits.slice(8, 12);
    fieldCode = digits.slice(12, 14);
    sexDigit = digits[14]!;
  }
  if (appointedYear < year + 15) {
    return { ok: false, problem: `appointment year ${appointedYear} is before the age of 15 (born ${birthDate})` };
  }
  if (sexDigit !== '1' && sexDigit !== '2') {
    return { ok: false, problem: `sex digit must be 1 (male) or 2 (female), found ${sexDigit}` };
  }
  const sequence = Number(digits.slice(15, 18));
  if (sequence === 0) return { ok: false, problem: 'sequence number 000 is not issued' };
  const value: ParsedNip = { status, birthDate, appointed, sex: sexDigit === '1' ? 'L' : 'P', sequence };
  if (fieldCode !== undefined) value.fieldCode = fieldCode;
  return { ok: true, value };
}

/** Groups an 18-digit number for reading: `19860926 201505 1 001` (PNS) or `19860926 2019 01 1 001` (PPPK). */
export function formatNip(nip: string, status: AsnStatus = 'PNS'): string {
  const d = nip.replace(/\s+/g, '');
  if (d.length !== 18) return nip;
  return status === 'PNS'
    ? `${d.slice(0, 8)} ${d.slice(8, 14)} ${d[14]} ${d.slice(15)}`
    : `${d.slice(0, 8)} ${d.slice(8, 12)} ${d.slice(12, 14)} ${d[14]} ${d.slice(15)}`;
}
