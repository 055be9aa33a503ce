/** Position (jabatan) classes and their ladders, as named by BKN. */

export const POSITION_TYPES = ['jpt', 'administrator', 'pengawas', 'pelaksana', 'fungsional'] as const;
export type PositionType = (typeof POSITION_TYPES)[number];

/** Levels (jenjang) of functional positions: the Ahli ladder and the Keterampilan ladder. */
export const FUNCTIONAL_LEVELS = [
  'ahli-pertama', 'ahli-muda', 'ahli-madya', 'ahli-utama',
  'pemula', 'terampil', 'mahir', 'penyelia',
] as const;
export type FunctionalLevel = (typeof FUNCTIONAL_LEVELS)[number];

/** Education levels in BKN's order, lowest first. */
export const EDUCATION_LEVELS = [
  'SD', 'SLTP', 'SLTA', 'D-I', 'D-II', 'D-III', 'D-IV', 'S-1', 'Profesi', 'S-2', 'Spesialis', 'S-3',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Rank of an education level (0 = SD); D-IV and S-1 share a rank, as do S-2 and Spesialis. */
export function educationRank(level: EducationLevel): number {
  const rank = EDUCATION_LEVELS.indexOf(level);
  // D-IV is equivalent to S-1 for appointments; Profesi follows S-1; Spesialis is at S-2's level.
  if (level === 'S-1') return rank - 1;
  if (level === 'Profesi' || level === 'S-2') return rank - 1;
  if (level === 'Spesialis' || level === 'S-3') return rank - 2;
  return rank;
}

/** PNS ranks (golongan/ruang), lowest first. */
export const GOLONGAN = [
  'I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d',
  'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e',
] as const;
export type Golongan = (typeof GOLONGAN)[number];

/** PPPK grades (golongan PPPK) I-XVII. */
export const PPPK_GRADES = [
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
] as const;
export type PppkGrade = (typeof PPPK_GRADES)[number];

/** Yearly performance ratings (predikat kinerja, PermenPAN-RB 6/2022), best first. */
export const PERFORMANCE_RATINGS = [
  'sangat-baik', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang',
] as const;
export type PerformanceRating = (typeof PERFORMANCE_RATINGS)[number];

/** Kinds of work unit in a kecamatan. */
export const UNIT_KINDS = ['kantor-camat', 'kantor-lurah', 'puskesmas', 'sd', 'smp', 'lainnya'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
