/**
 * Where a sample employee worked before the current post (riwayat jabatan): 0-3 past posts,
 * oldest first, from the first appointment to the day before the current post began.
 */
import { monthIndex, type IsoDate } from '../../src/core/dates';
import type { HistoryEntry } from '../../src/core/scenario/schema';
import type { Rng } from '../../src/core/rng';
import { dateOfMonthIndex, dayBefore } from './career';
import type { HistoryField, PostTemplate } from './types';

/** Units elsewhere in Kota Padang that people in the sample worked in before. */
const OUTSIDE = {
  camat: ['Kantor Camat Koto Tangah', 'Kantor Camat Padang Utara', 'Kantor Camat Kuranji', 'Kantor Camat Padang Barat', 'Kantor Camat Pauh'],
  lurah: [
    'Kantor Lurah Air Tawar Barat', 'Kantor Lurah Air Tawar Timur', 'Kantor Lurah Ulak Karang Utara', 'Kantor Lurah Gunung Pangilun',
    'Kantor Lurah Lubuk Buaya', 'Kantor Lurah Pasar Ambacang', 'Kantor Lurah Korong Gadang', 'Kantor Lurah Lolong Belanti',
  ],
  dinas: [
    'Dinas Kependudukan dan Pencatatan Sipil Kota Padang', 'Sekretariat Daerah Kota Padang',
    'Badan Pengelola Keuangan dan Aset Daerah Kota Padang', 'Dinas Sosial Kota Padang',
  ],
  kesehatan: [
    'Puskesmas Air Tawar', 'Puskesmas Alai', 'Puskesmas Ulak Karang', 'Puskesmas Lubuk Buaya', 'Puskesmas Belimbing',
    'Puskesmas Kuranji', 'Puskesmas Andalas', 'RSUD dr. Rasidin Padang', 'Dinas Kesehatan Kota Padang',
  ],
  sd: ['SD Negeri 15 Air Tawar Barat', 'SD Negeri 07 Lubuk Buaya', 'SD Negeri 23 Kuranji', 'SD Negeri 11 Gunung Pangilun', 'SD Negeri 04 Pasar Ambacang'],
  smp: ['SMP Negeri 7 Padang', 'SMP Negeri 12 Padang', 'SMP Negeri 25 Padang', 'SMP Negeri 31 Padang'],
};

/** A plausible unit for a past post, by its title and field; sometimes one of the scenario's own units. */
function pastUnit(rng: Rng, title: string, field: HistoryField, ownUnits: readonly string[]): string {
  if (ownUnits.length > 0 && rng.chance(0.3)) return rng.pick(ownUnits);
  if (/Lurah/.test(title)) return rng.pick(OUTSIDE.lurah);
  if (/Camat|Seksi Pemerintahan|Subbagian/.test(title) && field === 'pemerintahan') return rng.pick(OUTSIDE.camat);
  if (field === 'kesehatan') return rng.pick(OUTSIDE.kesehatan);
  if (field === 'pendidikan') return rng.pick(/Guru Kelas|Kepala Sekolah/.test(title) ? OUTSIDE.sd : OUTSIDE.smp);
  return rng.pick(rng.chance(0.5) ? OUTSIDE.lurah : rng.chance(0.5) ? OUTSIDE.camat : OUTSIDE.dinas);
}

/** Months in the current post: a mix of recent arrivals, people due for rotation and long stayers. */
function monthsInPost(rng: Rng): number {
  const r = rng.next();
  if (r < 0.2) return 6 + rng.int(18);
  if (r < 0.65) return 24 + rng.int(36);
  return 60 + rng.int(120);
}

export interface Placement {
  postSince: IsoDate;
  history: HistoryEntry[];
}

/**
 * Current post start and past posts. `start` is the first appointment (TMT CPNS or PPPK);
 * `ownUnits` are names of the scenario's other units of the same kind (used for non-structural posts).
 */
export function buildPlacement(
  rng: Rng, template: PostTemplate, start: IsoDate, asOf: IsoDate, pppk: boolean, ownUnits: readonly string[],
): Placement {
  const startIndex = monthIndex(start);
  const serviceMonths = monthIndex(asOf) - startIndex;
  let count = 0;
  if (!pppk && serviceMonths >= 30) {
    const r = rng.next();
    count = r < 0.15 ? 0 : r < 0.5 ? 1 : r < 0.8 ? 2 : 3;
    count = Math.min(count, Math.floor((serviceMonths - 6) / 18));
    if (template.ladder) count = Math.max(count, 1);
  }
  if (count === 0) return { postSince: start, history: [] };

  const inPost = Math.max(6, Math.min(monthsInPost(rng), serviceMonths - 12 * count));
  const sinceIndex = monthIndex(asOf) - inPost;
  const postSince = dateOfMonthIndex(sinceIndex, 1 + rng.int(28));

  // Split the months before the current post into `count` periods of at least a year each.
  const spare = sinceIndex - startIndex - 12 * count;
  const weights = Array.from({ length: count }, () => 0.2 + rng.next());
  const total = weights.reduce((a, b) => a + b, 0);
  const lengths = weights.map((w) => 12 + Math.floor((spare * w) / total));
  lengths[count - 1]! += sinceIndex - startIndex - lengths.reduce((a, b) => a + b, 0);

  const titles = template.ladder
    ? pastLadder(template.pastTitles, count)
    : Array.from({ length: count }, () => rng.pick(template.pastTitles));
  const history: HistoryEntry[] = [];
  let from = startIndex;
  for (let i = 0; i < count; i++) {
    const next = from + lengths[i]!;
    const fromDate = i === 0 ? start : dateOfMonthIndex(from, 1);
    const to = i === count - 1 ? dayBefore(postSince) : dayBefore(dateOfMonthIndex(next, 1));
    const unitName = pastUnit(rng, titles[i]!, template.field, template.ladder ? [] : ownUnits);
    history.push({ unitName, postTitle: titles[i]!, from: fromDate, to });
    from = next;
  }
  return { postSince, history };
}

/** The last `count` steps of a career ladder, junior first; a short ladder repeats its first step. */
function pastLadder(ladder: readonly string[], count: number): string[] {
  const steps = ladder.slice(Math.max(0, ladder.length - count));
  while (steps.length < count) steps.unshift(ladder[0]!);
  return steps;
}
