/**
 * The roster fields a spreadsheet can fill, and the header names each is recognised by.
 * Header names are compared after `normalizeHeader` (lower case, letters and digits only), so
 * "TMT Jabatan", "tmt_jabatan" and "TMT-JABATAN" are the same header.
 */

export const ROSTER_FIELDS = [
  'nip', 'name', 'sex', 'birthDate', 'status', 'rank', 'positionType', 'positionLevel', 'family',
  'educationLevel', 'educationField', 'unit', 'post', 'postSince', 'performance', 'performanceYear',
  'willingness', 'competences', 'protected', 'retirementAgeOverride', 'notes',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** Fields a file must give; every other one has a default or may be empty (see docs/spreadsheets.md). */
export const REQUIRED_FIELDS: readonly RosterField[] = ['nip', 'name', 'rank', 'positionType', 'educationLevel'];

/** Which column of the file feeds each field: a column index, or null when the field is not in the file. */
export type ColumnMapping = Record<RosterField, number | null>;

/** Header names (already normalised) that each field is recognised by, most usual first. */
const ALIASES: Record<RosterField, readonly string[]> = {
  nip: ['nip', 'nipbaru', 'nippppk', 'nomorinduk', 'nomorindukpegawai', 'nipnipppk', 'nomorpppk', 'employeeid'],
  name: ['nama', 'namalengkap', 'namapegawai', 'namagelar', 'namadengangelar', 'name', 'fullname'],
  sex: ['jeniskelamin', 'jk', 'kelamin', 'lp', 'sex', 'gender'],
  birthDate: ['tanggallahir', 'tgllahir', 'tgllhr', 'birthdate', 'dateofbirth', 'dob'],
  status: ['status', 'statuspegawai', 'jenispegawai', 'statuskepegawaian', 'statusasn', 'jenisasn', 'employmentstatus'],
  rank: ['golongan', 'gol', 'golruang', 'golonganruang', 'pangkatgolongan', 'pangkatgol', 'pangkat', 'grade', 'rank'],
  positionType: ['jenisjabatan', 'jenisjab', 'kelompokjabatan', 'positiontype', 'positionclass'],
  positionLevel: ['jenjang', 'jenjangjabatan', 'jenjangfungsional', 'tingkatjabatan', 'positionlevel', 'level'],
  family: ['rumpun', 'rumpunjabatan', 'kelompokfungsional', 'jabatanfungsional', 'family', 'jobfamily'],
  educationLevel: ['pendidikan', 'tingkatpendidikan', 'jenjangpendidikan', 'pendidikanterakhir', 'tkpendidikan', 'educationlevel', 'education'],
  educationField: ['jurusan', 'bidangstudi', 'programstudi', 'prodi', 'jurusanpendidikan', 'educationfield', 'fieldofstudy', 'major'],
  unit: ['unitkerja', 'unit', 'satuankerja', 'satker', 'unitorganisasi', 'instansi', 'unitkerjaid', 'workunit'],
  post: ['jabatan', 'namajabatan', 'jabatansekarang', 'jabatanid', 'post', 'position', 'postid', 'positiontitle'],
  postSince: ['tmtjabatan', 'tmtjab', 'sejak', 'tanggaljabatan', 'postsince', 'dateinpost', 'inpostsince'],
  performance: ['predikatkinerja', 'predikat', 'kinerja', 'skp', 'nilaiskp', 'predikatskp', 'performance', 'rating'],
  performanceYear: ['tahunkinerja', 'tahunskp', 'tahunpenilaian', 'performanceyear', 'ratingyear'],
  willingness: ['kesediaanmutasi', 'kesediaan', 'bersediamutasi', 'bersediadimutasi', 'willingness', 'willingtomove'],
  competences: ['kompetensi', 'diklat', 'sertifikat', 'keahlian', 'competences', 'skills', 'trainings'],
  protected: ['dilindungi', 'alasantidakdipindah', 'tidakdapatdimutasi', 'protected', 'donotmove'],
  retirementAgeOverride: ['bupkhusus', 'batasusiapensiun', 'usiapensiun', 'bup', 'retirementage', 'retirementageoverride'],
  notes: ['catatan', 'keterangan', 'ket', 'notes', 'note', 'remarks'],
};

/** Lower case, letters and digits only: `"TMT Jabatan"` becomes `"tmtjabatan"`. */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * A first guess of the mapping from a file's header row: each field takes the first column whose
 * header is one of its aliases; a column feeds at most one field.
 * `guessMapping(['NIP', 'Nama', 'Gol'])` maps nip to 0, name to 1, rank to 2, the rest to null.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const normalized = headers.map(normalizeHeader);
  const taken = new Set<number>();
  const mapping = Object.fromEntries(ROSTER_FIELDS.map((f) => [f, null])) as ColumnMapping;
  // Exact alias matches first, in the order of each field's aliases, then headers that start with an alias.
  for (const exact of [true, false]) {
    for (const field of ROSTER_FIELDS) {
      if (mapping[field] !== null) continue;
      for (const alias of ALIASES[field]) {
        const at = normalized.findIndex((h, i) => !taken.has(i) && h !== '' && (exact ? h === alias : alias.length >= 4 && h.startsWith(alias)));
        if (at >= 0) {
          mapping[field] = at;
          taken.add(at);
          break;
        }
      }
    }
  }
  return mapping;
}

/** How many of a row's cells look like roster headers; used to find the header row under title rows. */
export function headerScore(cells: readonly string[]): number {
  const known = new Set(Object.values(ALIASES).flat());
  return cells.filter((c) => known.has(normalizeHeader(c))).length;
}

/** Required fields the mapping leaves without a column. */
export function missingRequired(mapping: ColumnMapping): RosterField[] {
  return REQUIRED_FIELDS.filter((f) => mapping[f] === null);
}
