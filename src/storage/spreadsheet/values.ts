/**
 * Reading one spreadsheet cell as a value of the model, the way Indonesian personnel exports write
 * it: "III/b" or "Penata Muda Tk. I (III/b)", "Laki-laki", "S1", "19 Maret 2017", "Sangat Baik".
 * Each reader gives the value, or a problem code (translated by the page) with its details.
 */
import { formatIsoDate, isRealDate } from '../../core/dates';
import {
  EDUCATION_LEVELS, FUNCTIONAL_LEVELS, GOLONGAN, PERFORMANCE_RATINGS, POSITION_TYPES, PPPK_GRADES,
  type EducationLevel, type FunctionalLevel, type PerformanceRating, type PositionType,
} from '../../core/positions';
import { cellText, type Cell } from './table';

export type Read<T> = { ok: true; value: T } | { ok: false; code: string; params?: Record<string, string | number> };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(code: string, params?: Record<string, string | number>): Read<T> => ({ ok: false, code, params });

/** Lower case, accents dropped, runs of spaces, dots, dashes and underscores as one space. */
function key(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s._-]+/g, ' ').trim();
}

/**
 * An 18-digit NIP or PPPK number; spaces and a leading apostrophe (Excel's text mark) are dropped.
 * A number cell, or text like `1.97404E+17`, has lost digits to Excel's number format.
 */
export function readNip(cell: Cell): Read<string> {
  if (typeof cell === 'number') return bad('nip-number');
  const text = cellText(cell).replace(/^'/, '').replace(/[\s.-]/g, '');
  if (/^\d+(,\d+)?E\+?\d+$/i.test(text) || /^\d\.\d+e\+?\d+$/i.test(cellText(cell))) return bad('nip-number');
  if (!/^\d{18}$/.test(text)) return bad('nip-digits', { value: cellText(cell) });
  return ok(text);
}

const SEX: Record<string, 'L' | 'P'> = {
  l: 'L', 'laki laki': 'L', lakilaki: 'L', pria: 'L', m: 'L', male: 'L', '1': 'L',
  p: 'P', perempuan: 'P', wanita: 'P', f: 'P', female: 'P', w: 'P', '2': 'P',
};
export function readSex(cell: Cell): Read<'L' | 'P'> {
  const v = SEX[key(cellText(cell))];
  return v ? ok(v) : bad('sex', { value: cellText(cell) });
}

export function readStatus(cell: Cell): Read<'PNS' | 'PPPK'> {
  const k = key(cellText(cell)).replace(/\s/g, '');
  if (k === 'pns' || k === 'cpns') return ok('PNS');
  if (k === 'pppk' || k === 'p3k' || k === 'pppkparuhwaktu') return ok('PPPK');
  return bad('status', { value: cellText(cell) });
}

/** A golongan (`III/b`, `III b`, `Penata (III/c)`) or a PPPK grade (`IX`, `Golongan IX`, `9`). */
export function readRank(cell: Cell, status: 'PNS' | 'PPPK'): Read<string> {
  const text = cellText(cell);
  const golongan = /\b(IV|III|II|I)\s*[/.\- ]?\s*([a-e])\b/i.exec(text);
  if (status === 'PNS') {
    if (golongan) {
      const rank = `${golongan[1]!.toUpperCase()}/${golongan[2]!.toLowerCase()}`;
      if ((GOLONGAN as readonly string[]).includes(rank)) return ok(rank);
    }
    return bad('rank-pns', { value: text });
  }
  const upper = text.toUpperCase().replace(/^GOL(ONGAN)?\.?\s*/, '').trim();
  if ((PPPK_GRADES as readonly string[]).includes(upper)) return ok(upper);
  const n = Number(upper);
  if (Number.isInteger(n) && n >= 1 && n <= 17) return ok(PPPK_GRADES[n - 1]!);
  return bad('rank-pppk', { value: text });
}

const POSITION: Record<string, PositionType> = {
  jpt: 'jpt', 'jpt pratama': 'jpt', 'jpt madya': 'jpt', 'jabatan pimpinan tinggi': 'jpt', 'pimpinan tinggi': 'jpt',
  administrator: 'administrator', 'jabatan administrator': 'administrator',
  pengawas: 'pengawas', 'jabatan pengawas': 'pengawas',
  pelaksana: 'pelaksana', 'jabatan pelaksana': 'pelaksana', jfu: 'pelaksana', 'fungsional umum': 'pelaksana',
  fungsional: 'fungsional', 'jabatan fungsional': 'fungsional', jf: 'fungsional', jft: 'fungsional', 'fungsional tertentu': 'fungsional',
  functional: 'fungsional', executive: 'pelaksana', supervisor: 'pengawas',
};
export function readPositionType(cell: Cell): Read<PositionType> {
  const k = key(cellText(cell));
  const v = POSITION[k] ?? ((POSITION_TYPES as readonly string[]).includes(k) ? (k as PositionType) : undefined);
  return v ? ok(v) : bad('position-type', { value: cellText(cell) });
}

/** A functional level (`Ahli Pertama`, `ahli-pertama`, `Terampil`), or null for an empty cell. */
export function readPositionLevel(cell: Cell): Read<FunctionalLevel | null> {
  const k = key(cellText(cell)).replace(/^(jenjang )/, '');
  if (k === '' || k === '-') return ok(null);
  const dashed = k.replace(/ /g, '-');
  if ((FUNCTIONAL_LEVELS as readonly string[]).includes(dashed)) return ok(dashed as FunctionalLevel);
  return bad('position-level', { value: cellText(cell) });
}

const EDUCATION: Record<string, EducationLevel> = {
  sd: 'SD', sltp: 'SLTP', smp: 'SLTP', mts: 'SLTP', slta: 'SLTA', sma: 'SLTA', smk: 'SLTA', ma: 'SLTA',
  d1: 'D-I', di: 'D-I', d2: 'D-II', dii: 'D-II', d3: 'D-III', diii: 'D-III', d4: 'D-IV', div: 'D-IV',
  s1: 'S-1', profesi: 'Profesi', ners: 'Profesi', s2: 'S-2', sp: 'Spesialis', spesialis: 'Spesialis', s3: 'S-3',
};
export function readEducationLevel(cell: Cell): Read<EducationLevel> {
  const text = cellText(cell);
  if ((EDUCATION_LEVELS as readonly string[]).includes(text)) return ok(text as EducationLevel);
  const v = EDUCATION[key(text).replace(/[\s/]/g, '')];
  return v ? ok(v) : bad('education-level', { value: text });
}

const RATINGS: Record<string, PerformanceRating> = {
  'sangat baik': 'sangat-baik', baik: 'baik', 'butuh perbaikan': 'butuh-perbaikan', kurang: 'kurang', 'sangat kurang': 'sangat-kurang',
  'very good': 'sangat-baik', excellent: 'sangat-baik', good: 'baik', 'needs improvement': 'butuh-perbaikan', poor: 'kurang', 'very poor': 'sangat-kurang',
};
export function readPerformance(cell: Cell): Read<PerformanceRating> {
  const k = key(cellText(cell));
  const v = RATINGS[k] ?? ((PERFORMANCE_RATINGS as readonly string[]).includes(k.replace(/ /g, '-')) ? (k.replace(/ /g, '-') as PerformanceRating) : undefined);
  return v ? ok(v) : bad('performance', { value: cellText(cell) });
}

const WILLINGNESS: Record<string, 'willing' | 'neutral' | 'unwilling'> = {
  bersedia: 'willing', ya: 'willing', willing: 'willing', yes: 'willing', mau: 'willing',
  netral: 'neutral', neutral: 'neutral', '-': 'neutral',
  'tidak bersedia': 'unwilling', tidak: 'unwilling', unwilling: 'unwilling', no: 'unwilling', 'tidak mau': 'unwilling',
};
export function readWillingness(cell: Cell): Read<'willing' | 'neutral' | 'unwilling'> {
  const v = WILLINGNESS[key(cellText(cell))];
  return v ? ok(v) : bad('willingness', { value: cellText(cell) });
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1, februari: 2, feb: 2, pebruari: 2, february: 2, maret: 3, mar: 3, march: 3,
  april: 4, apr: 4, mei: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, agustus: 8, agu: 8, agt: 8,
  aug: 8, august: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10, october: 10, november: 11,
  nov: 11, nopember: 11, desember: 12, des: 12, dec: 12, december: 12,
};

/**
 * A calendar date: a date cell, `2017-03-19`, `19-03-2017`, `19/03/2017` (day first, as in Indonesia)
 * or `19 Maret 2017`. A date that does not exist (`30-02-2017`) is a problem of its own.
 */
export function readDate(cell: Cell): Read<string> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return bad('date-format', { value: '' });
    return ok(formatIsoDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()));
  }
  const text = cellText(cell);
  let y: number, m: number, d: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$/.exec(text)) && MONTHS[match[2]!.toLowerCase()]) {
    [d, m, y] = [Number(match[1]), MONTHS[match[2]!.toLowerCase()]!, Number(match[3])];
  } else return bad('date-format', { value: text });
  if (!isRealDate(y, m, d) || y < 1900) return bad('date-missing', { value: text });
  return ok(formatIsoDate(y, m, d));
}

/** A whole number in [min, max]. */
export function readInteger(cell: Cell, min: number, max: number): Read<number> {
  const n = typeof cell === 'number' ? cell : Number(cellText(cell).replace(',', '.'));
  if (!Number.isInteger(n) || n < min || n > max) return bad('integer', { value: cellText(cell), min, max });
  return ok(n);
}

/** A list written in one cell, separated by `;` (or `,` when there is no `;`). */
export function readList(cell: Cell): string[] {
  const text = cellText(cell);
  if (!text) return [];
  return text.split(text.includes(';') ? ';' : ',').map((s) => s.trim()).filter((s) => s !== '').map((s) => s.slice(0, 80));
}

/** A family or education field as the model keeps it: lower case, words joined by dashes (`Administrasi Publik` → `administrasi-publik`). */
export function readSlug(cell: Cell): string {
  return key(cellText(cell)).replace(/[^a-z0-9 ]/g, '').trim().replace(/ +/g, '-').slice(0, 60);
}
