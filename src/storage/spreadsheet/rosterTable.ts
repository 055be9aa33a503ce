/**
 * A scenario's roster as a spreadsheet in the import's own layout: the example file and the
 * template are made with it, and reading its output back gives the same people (their latest
 * rating only; history and preferred units are not spreadsheet columns).
 */
import { latestPerformance } from '../../core/employee';
import type { Employee, Scenario } from '../../core/scenario/schema';
import type { ExportTable, ExportValue } from './csv';
import type { RosterField } from './fields';

/** Header of each field in the files the app ships; each is one of the names the import recognises. */
export const ROSTER_HEADERS: Record<RosterField, string> = {
  nip: 'NIP', name: 'Nama', sex: 'Jenis Kelamin', birthDate: 'Tanggal Lahir', status: 'Status Pegawai', rank: 'Golongan',
  positionType: 'Jenis Jabatan', positionLevel: 'Jenjang', family: 'Rumpun Jabatan', educationLevel: 'Pendidikan',
  educationField: 'Jurusan', unit: 'Unit Kerja', post: 'Jabatan', postSince: 'TMT Jabatan', performance: 'Predikat Kinerja',
  performanceYear: 'Tahun Kinerja', willingness: 'Kesediaan Mutasi', competences: 'Kompetensi',
  protected: 'Alasan Tidak Dipindah', retirementAgeOverride: 'BUP Khusus', notes: 'Catatan',
};

const FIELDS = Object.keys(ROSTER_HEADERS) as RosterField[];

const title = (slug: string) => slug.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
const WILLINGNESS = { willing: 'bersedia', neutral: 'netral', unwilling: 'tidak bersedia' } as const;

function rosterRow(e: Employee, s: Pick<Scenario, 'units' | 'posts'>, postById: Map<string, Scenario['posts'][number]>, unitById: Map<string, string>): ExportValue[] {
  const post = e.postId ? postById.get(e.postId) : undefined;
  const rating = latestPerformance(e);
  const values: Record<RosterField, ExportValue> = {
    nip: e.nip, name: e.name, sex: e.sex, birthDate: e.birthDate, status: e.status, rank: e.rank,
    positionType: e.positionType, positionLevel: e.positionLevel ? title(e.positionLevel) : null, family: e.family,
    educationLevel: e.education.level, educationField: e.education.field,
    unit: post ? (unitById.get(post.unitId) ?? post.unitId) : null, post: post?.title ?? null, postSince: e.postSince,
    performance: rating ? title(rating.rating) : null, performanceYear: rating?.year ?? null,
    willingness: WILLINGNESS[e.mobility.willingness], competences: e.competences.join('; ') || null,
    protected: e.protected, retirementAgeOverride: e.retirementAgeOverride, notes: e.notes ?? null,
  };
  return FIELDS.map((f) => values[f]);
}

/** The roster of `s` as a table with the shipped headers, one row per employee in scenario order. */
export function rosterTable(s: Pick<Scenario, 'units' | 'posts' | 'employees'>): ExportTable {
  const postById = new Map(s.posts.map((p) => [p.id, p]));
  const unitById = new Map(s.units.map((u) => [u.id, u.name]));
  return { headers: FIELDS.map((f) => ROSTER_HEADERS[f]), rows: s.employees.map((e) => rosterRow(e, s, postById, unitById)) };
}
