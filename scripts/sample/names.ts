/**
 * Invented names in the style of Minangkabau (West Sumatra) civil servants, with academic titles
 * (gelar) that follow the person's education. Any match with a real person is chance.
 */
import type { EducationLevel } from '../../src/core/positions';
import type { Rng } from '../../src/core/rng';

const MEN_OLDER = [
  'Afrizal', 'Zulkifli', 'Yusrizal', 'Syafrizal', 'Erizal', 'Zulhendri', 'Masrul', 'Nasrul', 'Jasman', 'Irwan',
  'Hendri', 'Efendi', 'Syamsul', 'Darmawan', 'Yulizar', 'Asrinaldi', 'Zainal', 'Novrizal', 'Desrizal', 'Alfian',
  'Rusdi', 'Yuswardi', 'Musliadi', 'Firdaus', 'Indra', 'Jonni', 'Khairul', 'Mardanis', 'Nofrizal', 'Rinaldi',
];
const MEN_YOUNGER = [
  'Rizki', 'Fadli', 'Fauzan', 'Iqbal', 'Rahmat', 'Andri', 'Arif', 'Yoga', 'Ilham', 'Randi',
  'Dafit', 'Hafiz', 'Teguh', 'Aldi', 'Reza', 'Fikri', 'Habibi', 'Gilang', 'Ridho', 'Zikri',
  'Fajri', 'Alif', 'Wahyu', 'Yudha', 'Dimas', 'Farhan', 'Akbar', 'Rangga', 'Ikhsan', 'Taufik',
];
const WOMEN_OLDER = [
  'Yusnimar', 'Nurhayati', 'Rosmaini', 'Desmawati', 'Elvi', 'Gusnawati', 'Mardiana', 'Zuraida', 'Syafriani', 'Ernawati',
  'Yenni', 'Nelvi', 'Rita', 'Yusnita', 'Elfi', 'Asnidar', 'Yulnida', 'Hasnidar', 'Nofrita', 'Zusmaneli',
  'Fitriyeni', 'Marlina', 'Suryani', 'Yelfi', 'Darnis', 'Wirdawati', 'Rosnelly', 'Emilia', 'Lusi', 'Ratna',
];
const WOMEN_YOUNGER = [
  'Rahmi', 'Fitri', 'Annisa', 'Nadia', 'Putri', 'Aulia', 'Rahmadani', 'Silvia', 'Dewi', 'Mutiara',
  'Syafira', 'Khairunnisa', 'Nurul', 'Dina', 'Ayu', 'Sari', 'Vivi', 'Yolanda', 'Melati', 'Intan',
  'Rani', 'Hafiza', 'Amelia', 'Widya', 'Zahra', 'Cindy', 'Rezki', 'Afifah', 'Desi', 'Tika',
];
const SECOND_MEN = ['Putra', 'Saputra', 'Syahputra', 'Hidayat', 'Pratama', 'Firmansyah', 'Rahman', 'Hamdani', 'Fitra', 'Marzuki'];
const SECOND_WOMEN = ['Putri', 'Yanti', 'Sari', 'Rahmawati', 'Oktaviani', 'Novita', 'Handayani', 'Wulandari', 'Lestari', 'Yulianti'];
/** Suku (matrilineal clan) names, used by some as a last name. */
const SUKU = ['Chaniago', 'Piliang', 'Koto', 'Sikumbang', 'Tanjung', 'Jambak', 'Guci', 'Melayu', 'Caniago', 'Panyalai'];

/** A personal name for someone of this sex and generation (born before or after 1980). */
export function personName(rng: Rng, sex: 'L' | 'P', birthYear: number): string {
  const older = birthYear < 1980;
  const given = sex === 'L' ? (older ? MEN_OLDER : MEN_YOUNGER) : older ? WOMEN_OLDER : WOMEN_YOUNGER;
  const first = rng.pick(given);
  const roll = rng.next();
  if (roll < 0.3) return first;
  if (roll < 0.55) return `${first} ${rng.pick(SUKU)}`;
  return `${first} ${rng.pick(sex === 'L' ? SECOND_MEN : SECOND_WOMEN)}`;
}

/** Titles of first degrees (S-1) by field; fields not listed give S.Sos. */
const BACHELOR: Record<string, string> = {
  'ilmu-pemerintahan': 'S.IP.', 'administrasi-publik': 'S.Sos.', hukum: 'S.H.', manajemen: 'S.E.', ekonomi: 'S.E.',
  akuntansi: 'S.E.', 'sistem-informasi': 'S.Kom.', 'teknik-informatika': 'S.Kom.', 'kesehatan-masyarakat': 'S.K.M.',
  keperawatan: 'S.Kep.', kebidanan: 'S.Keb.', farmasi: 'S.Farm.', gizi: 'S.Gz.', 'pendidikan-agama-islam': 'S.Pd.I.',
};
const MASTER: Record<string, string> = {
  'ilmu-pemerintahan': 'M.Si.', 'administrasi-publik': 'M.AP.', 'kesehatan-masyarakat': 'M.K.M.', 'manajemen-pendidikan': 'M.Pd.',
  'pendidikan-dasar': 'M.Pd.', manajemen: 'M.M.', hukum: 'M.H.',
};
const DIPLOMA: Record<string, string> = {
  keperawatan: 'A.Md.Kep.', kebidanan: 'A.Md.Keb.', farmasi: 'A.Md.Farm.', 'teknologi-laboratorium-medis': 'A.Md.A.K.',
  'kesehatan-lingkungan': 'A.Md.K.L.', gizi: 'A.Md.Gz.', 'rekam-medis': 'A.Md.RMIK.', 'manajemen-informatika': 'A.Md.Kom.',
};

function bachelor(field: string): string {
  return BACHELOR[field] ?? (field.includes('pendidikan') || field === 'bimbingan-konseling' ? 'S.Pd.' : 'S.Sos.');
}

/**
 * The name as written on a decree, with gelar: `dr. Rahmi`, `Afrizal, S.IP., M.Si.`, `Fitri, A.Md.Keb.`.
 */
export function withTitles(name: string, level: EducationLevel, field: string): string {
  switch (level) {
    case 'D-III':
      return `${name}, ${DIPLOMA[field] ?? 'A.Md.'}`;
    case 'D-IV':
      return `${name}, ${field === 'kebidanan' ? 'S.Tr.Keb.' : 'S.Tr.Kes.'}`;
    case 'S-1':
      return `${name}, ${bachelor(field)}`;
    case 'Profesi':
      if (field === 'kedokteran') return `dr. ${name}`;
      if (field === 'kedokteran-gigi') return `drg. ${name}`;
      if (field === 'farmasi') return `apt. ${name}, S.Farm.`;
      if (field === 'keperawatan') return `${name}, S.Kep., Ns.`;
      if (field === 'kebidanan') return `${name}, S.Keb., Bd.`;
      return `${name}, ${bachelor(field)}`;
    case 'S-2':
    case 'Spesialis':
    case 'S-3':
      return `${name}, ${bachelor(field)}, ${MASTER[field] ?? (field.includes('pendidikan') ? 'M.Pd.' : 'M.Si.')}`;
    default:
      return name;
  }
}
