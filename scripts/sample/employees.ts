/**
 * One sample employee for one post: sex, birth date and education first, then a career consistent with
 * them (TMT, golongan or PPPK grade, functional level), the NIP encoding birth date and sex, past posts,
 * ratings, wishes and the name with its titles.
 */
import { formatIsoDate, daysInMonth, type IsoDate } from '../../src/core/dates';
import type { FunctionalLevel, PerformanceRating } from '../../src/core/positions';
import { retirementAge, retirementDate } from '../../src/core/retirement';
import type { Rng } from '../../src/core/rng';
import type { Employee } from '../../src/core/scenario/schema';
import { entryAgeRange, functionalLevel, ladderOf, NipRegistry, pnsRank, pppkGrade } from './career';
import { buildPlacement } from './history';
import { personName, withTitles } from './names';
import type { EducationOption, PostTemplate } from './types';

const WOMEN_SHARE: Record<string, number> = {
  bidan: 1, perawat: 0.75, guru: 0.72, dokter: 0.6, 'dokter-gigi': 0.7, apoteker: 0.7, 'asisten-apoteker': 0.8,
  'pranata-laboratorium-kesehatan': 0.7, sanitarian: 0.5, nutrisionis: 0.85, 'penyuluh-kesehatan': 0.6, 'perekam-medis': 0.6,
  struktural: 0.35, klerek: 0.55, operator: 0.4,
};
const TMT_MONTHS = [1, 1, 1, 2, 3, 3, 4, 6, 10, 12];
const PPPK_YEARS = [2021, 2022, 2022, 2023, 2024];
const RATED_YEARS = [2023, 2024, 2025];
/** Retirements of people outside the planted wave fall after this date. */
const NOT_BEFORE = '2030-01-01';

const PROTECTION: Record<PostTemplate['field'], string[]> = {
  pemerintahan: [
    'Operator utama pemutakhiran data kependudukan kelurahan sampai Juni 2027',
    'Sedang menjalani pemeriksaan disiplin; mutasi ditunda sampai ada keputusan',
    'Pendamping program prioritas daerah sampai akhir 2027',
  ],
  kesehatan: [
    'Penanggung jawab akreditasi puskesmas sampai Desember 2027',
    'Sedang mengikuti tugas belajar sampai Agustus 2027',
    'Sedang menjalani pemeriksaan disiplin; mutasi ditunda sampai ada keputusan',
  ],
  pendidikan: [
    'Guru penggerak yang sedang mendampingi sekolah sampai Juni 2027',
    'Sedang mengikuti pendidikan profesi guru (PPG) sampai Juli 2027',
    'Operator Dapodik dan asesmen nasional sekolah sampai akhir tahun ajaran',
  ],
};

export interface Slot {
  template: PostTemplate;
  postId: string | null;
  /** Names of the scenario's other units of the same kind (for past posts). */
  sameKindUnitNames: string[];
  /** Ids of units a person might ask to move to (same field, same kecamatan, not the current unit). */
  preferenceChoices: string[];
  /** Year (2027-2029) in which the person is planted to retire, or null. */
  retireYear: number | null;
}

export interface Context {
  rng: Rng;
  asOf: IsoDate;
  nips: NipRegistry;
}

interface Career {
  status: 'PNS' | 'PPPK';
  startYear: number;
  startMonth: number;
  rank: string;
  level: FunctionalLevel | null;
  bup: number;
}

/** Fixed random draws of a career, so that it can be recomputed for another birth date. */
interface CareerDraws {
  pppk: boolean;
  entryAge: number;
  startMonth: number;
  delay: number;
  pppkYear: number;
}

function careerOf(t: PostTemplate, education: EducationOption, birthYear: number, d: CareerDraws): Career {
  if (d.pppk) {
    const year = Math.max(d.pppkYear, birthYear + 21);
    const level = t.positionType === 'fungsional' ? (ladderOf(education.level) === 'ahli' ? 'ahli-pertama' : 'terampil') : null;
    const bup = retirementAge({ type: t.positionType, level, family: t.family });
    return { status: 'PPPK', startYear: year, startMonth: d.startMonth, rank: pppkGrade(education.level), level, bup };
  }
  const startYear = Math.min(2025, birthYear + d.entryAge);
  const rank = pnsRank(t, education.level, 2026 - startYear, d.delay);
  const ladder = t.family === 'guru' ? 'ahli' : ladderOf(education.level);
  const level = t.positionType === 'fungsional' ? functionalLevel(rank, ladder) : null;
  const bup = retirementAge({ type: t.positionType, level, family: t.family });
  return { status: 'PNS', startYear, startMonth: d.startMonth, rank, level, bup };
}

function pickWeighted<T extends { weight: number }>(rng: Rng, items: readonly T[]): T {
  let total = 0;
  for (const item of items) total += item.weight;
  let r = rng.next() * total;
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items[items.length - 1]!;
}

/** A person's usual rating: mostly baik, some sangat baik, a few butuh perbaikan. */
function usualRating(rng: Rng): PerformanceRating {
  const r = rng.next();
  return r < 0.18 ? 'sangat-baik' : r < 0.95 ? 'baik' : 'butuh-perbaikan';
}

/** A rating of one year off the person's usual one, rarely kurang or sangat kurang. */
function ratingOf(rng: Rng): PerformanceRating {
  const r = rng.next();
  return r < 0.16 ? 'sangat-baik' : r < 0.93 ? 'baik' : r < 0.98 ? 'butuh-perbaikan' : r < 0.995 ? 'kurang' : 'sangat-kurang';
}

function pickSome<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(rng.int(pool.length), 1)[0]!);
  return out;
}

/** Profile that replaces the post's own: used for the person returning from study leave. */
interface Override {
  education: EducationOption;
  age: [number, number];
  /** Past posts are built as if on this date. */
  placedUntil: IsoDate;
}

/** Builds one employee for a slot. Deterministic for a given generator state. */
export function buildEmployee(ctx: Context, slot: Slot, override?: Override): Employee {
  const { rng } = ctx;
  const t = slot.template;
  const womenShare = t.key === 'pengemudi' ? 0 : (WOMEN_SHARE[t.family] ?? 0.5);
  const sex = rng.chance(womenShare) ? 'P' : 'L';
  const education = override?.education ?? pickWeighted(rng, t.education);
  const entryAges = entryAgeRange(override ? 'S-1' : education.level);
  const draws: CareerDraws = {
    pppk: slot.retireYear === null && slot.postId !== null && rng.chance(t.pppkShare),
    entryAge: entryAges[0] + rng.int(entryAges[1] - entryAges[0] + 1),
    startMonth: rng.pick(TMT_MONTHS),
    delay: rng.int(4),
    pppkYear: rng.pick(PPPK_YEARS),
  };

  // Birth month and day are drawn once; the year follows from the age or from the planted retirement.
  const monthDraw = rng.int(12);
  const dayDraw = rng.next();
  const [minAge, maxAge] = override?.age ?? t.age;
  let birthYear = 2026 - (minAge + rng.int(maxAge - minAge + 1));
  let birthMonth = monthDraw + 1;
  if (slot.retireYear !== null) {
    // Retirement takes effect the month after the birth month at BUP: born (month - 1) of (year - BUP).
    const retireMonthIndex = slot.retireYear * 12 + monthDraw;
    let bup = retirementAge({ type: t.positionType, level: null, family: t.family });
    for (let attempt = 0; attempt < 3; attempt++) {
      const birthIndex = retireMonthIndex - 1 - bup * 12;
      birthYear = Math.floor(birthIndex / 12);
      birthMonth = (birthIndex % 12) + 1;
      const next = careerOf(t, education, birthYear, draws).bup;
      if (next === bup) break;
      bup = next;
    }
  }
  const birthDay = 1 + Math.floor(dayDraw * daysInMonth(birthYear, birthMonth));
  let birthDate = formatIsoDate(birthYear, birthMonth, birthDay);
  let career = careerOf(t, education, birthYear, draws);
  while (slot.retireYear === null && retirementDate(birthDate, career.bup) < NOT_BEFORE) {
    birthYear += 1;
    birthDate = formatIsoDate(birthYear, birthMonth, Math.min(birthDay, daysInMonth(birthYear, birthMonth)));
    career = careerOf(t, education, birthYear, draws);
  }

  const nip = career.status === 'PNS'
    ? ctx.nips.pns(birthDate, career.startYear, career.startMonth, sex)
    : ctx.nips.pppk(birthDate, career.startYear, sex);
  const start = formatIsoDate(career.startYear, career.startMonth, 1);
  const placement = buildPlacement(rng, t, start, override?.placedUntil ?? ctx.asOf, career.status === 'PPPK', slot.sameKindUnitNames);

  const usual = usualRating(rng);
  const performance = RATED_YEARS.filter((y) => y >= career.startYear).map((year) => ({
    year,
    rating: rng.chance(0.8) ? usual : ratingOf(rng),
  }));

  const age = 2026 - birthYear;
  const w = rng.next();
  const willingness = age >= 50
    ? (w < 0.15 ? 'willing' : w < 0.6 ? 'neutral' : 'unwilling')
    : (w < 0.35 ? 'willing' : w < 0.8 ? 'neutral' : 'unwilling');
  const p = rng.next();
  const preferred = pickSome(rng, slot.preferenceChoices, p < 0.7 ? 0 : p < 0.92 ? 1 : 2);

  let protectedReason: string | null = null;
  if (slot.postId !== null && rng.chance(0.015)) {
    protectedReason = sex === 'P' && age < 40 && rng.chance(0.5)
      ? 'Sedang cuti melahirkan sampai Maret 2027'
      : rng.pick(PROTECTION[t.field]);
  }

  return {
    nip,
    name: withTitles(personName(rng, sex, birthYear), education.level, education.field),
    sex,
    birthDate,
    status: career.status,
    rank: career.rank,
    positionType: t.positionType,
    positionLevel: career.level,
    family: t.family,
    education: { level: education.level, field: education.field },
    competences: pickSome(rng, t.competences, 1 + rng.int(3)),
    postId: slot.postId,
    postSince: placement.postSince,
    performance,
    history: placement.history,
    mobility: { willingness, preferredUnitIds: preferred },
    protected: protectedReason,
    retirementAgeOverride: null,
  };
}

/**
 * The person not placed today: back from two years of study leave (tugas belajar S-2) and waiting
 * for a post. `lastUnitName` is where they worked before the leave.
 */
export function buildUnplaced(ctx: Context, slot: Slot, lastUnitName: string): Employee {
  const e = buildEmployee(ctx, { ...slot, postId: null, retireYear: null }, {
    education: { level: 'S-2', field: 'administrasi-publik', weight: 1 },
    age: [36, 46],
    placedUntil: '2024-09-01',
  });
  e.history.push(
    { unitName: lastUnitName, postTitle: slot.template.title, from: e.postSince, to: '2024-08-31' },
    { unitName: 'Universitas Andalas', postTitle: 'Tugas belajar S-2 Administrasi Publik', from: '2024-09-01', to: '2026-08-31' },
  );
  e.postSince = '2026-09-01';
  e.mobility = { willingness: 'willing', preferredUnitIds: e.mobility.preferredUnitIds };
  e.notes = 'Selesai tugas belajar S-2 pada Agustus 2026; belum mendapat penempatan jabatan.';
  return e;
}
