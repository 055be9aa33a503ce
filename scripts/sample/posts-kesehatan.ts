/**
 * Posts of a puskesmas (field: kesehatan), with tasks in the style of ABK-Kes. Norm times are plausible,
 * not the Permenkes 33/2015 tables.
 */
import { edu, task } from './template-helpers';
import type { EducationOption, PostTemplate, TaskTemplate } from './types';

function functional(
  key: string, title: string, family: string, minEducation: PostTemplate['minEducation'], educationFields: string[],
  education: EducationOption[], tasks: TaskTemplate[], competences: string[], pppkShare: number, maxRank: PostTemplate['maxRank'] = 'IV/a',
): PostTemplate {
  return {
    key, title, positionType: 'fungsional', family, field: 'kesehatan', minEducation, educationFields, tasks,
    education, maxRank, age: [25, 54], pppkShare, competences, pastTitles: [title],
  };
}

export const KEPALA_PUSKESMAS: PostTemplate = {
  key: 'kepala-puskesmas', title: 'Kepala Puskesmas', positionType: 'pengawas', family: 'struktural', field: 'kesehatan',
  minEducation: 'S-1', educationFields: ['kesehatan-masyarakat', 'kedokteran', 'kedokteran-gigi'],
  tasks: [
    task('manajemen', 'Memimpin manajemen puskesmas (perencanaan, lokakarya mini, evaluasi)', 'kegiatan', 240, 0.5),
    task('mutu', 'Mengendalikan mutu dan keselamatan pasien', 'laporan', 480, 0.25),
    task('lintas-sektor', 'Mengoordinasikan upaya kesehatan dengan kecamatan dan kelurahan', 'rapat', 150, 0.25),
  ],
  education: [edu('Profesi', 'kedokteran', 2), edu('S-2', 'kesehatan-masyarakat', 2), edu('S-1', 'kesehatan-masyarakat', 1)],
  minRank: 'III/d', maxRank: 'IV/b', age: [40, 54], pppkShare: 0,
  competences: ['Manajemen puskesmas', 'Akreditasi puskesmas', 'Kepemimpinan pengawas (PKP)'],
  pastTitles: ['Dokter', 'Penyuluh Kesehatan Masyarakat', 'Kepala Subbagian Tata Usaha'], ladder: true,
};

export const KEPALA_TATA_USAHA: PostTemplate = {
  key: 'kepala-tata-usaha', title: 'Kepala Subbagian Tata Usaha', positionType: 'pengawas', family: 'struktural', field: 'kesehatan',
  minEducation: 'S-1', educationFields: ['kesehatan-masyarakat', 'administrasi-publik', 'manajemen', 'ekonomi'],
  tasks: [
    task('umum', 'Mengelola administrasi umum dan kepegawaian puskesmas', 'berkas', 45, 0.5),
    task('keuangan', 'Mengoordinasikan pengelolaan keuangan BLUD', 'laporan', 600, 0.5),
  ],
  education: [edu('S-1', 'kesehatan-masyarakat', 2), edu('S-1', 'manajemen', 1), edu('S-1', 'ekonomi', 1)],
  minRank: 'III/b', maxRank: 'III/d', age: [36, 54], pppkShare: 0,
  competences: ['Pengelolaan keuangan BLUD', 'Tata naskah dinas', 'Kepemimpinan pengawas (PKP)'],
  pastTitles: ['Pengadministrasi Umum', 'Pengadministrasi Keuangan'], ladder: true,
};

export const DOKTER = functional('dokter', 'Dokter', 'dokter', 'Profesi', ['kedokteran'], [edu('Profesi', 'kedokteran')], [
  task('rawat-jalan', 'Melakukan pemeriksaan dan pengobatan pasien rawat jalan', 'pasien', 15, 0.6),
  task('rujukan', 'Melakukan rujukan dan konsultasi kasus', 'kasus', 20, 0.15),
  task('ukm', 'Melaksanakan kegiatan upaya kesehatan masyarakat', 'kegiatan', 240, 0.25),
], ['Pelayanan medis dasar', 'Kegawatdaruratan (ATLS/ACLS)', 'Manajemen penyakit kronis (Prolanis)'], 0.15, 'IV/b');

export const DOKTER_GIGI = functional('dokter-gigi', 'Dokter Gigi', 'dokter-gigi', 'Profesi', ['kedokteran-gigi'], [edu('Profesi', 'kedokteran-gigi')], [
  task('tindakan', 'Melakukan pemeriksaan dan tindakan kesehatan gigi', 'pasien', 30, 0.75),
  task('ukgs', 'Melaksanakan usaha kesehatan gigi sekolah (UKGS)', 'kegiatan', 240, 0.25),
], ['Pelayanan kesehatan gigi dasar', 'UKGS'], 0.1, 'IV/b');

export const PERAWAT = functional('perawat', 'Perawat', 'perawat', 'D-III', ['keperawatan'], [
  edu('D-III', 'keperawatan', 6), edu('Profesi', 'keperawatan', 3), edu('S-1', 'keperawatan', 1),
], [
  task('asuhan', 'Melakukan pengkajian dan asuhan keperawatan', 'pasien', 20, 0.4),
  task('tindakan', 'Melakukan tindakan keperawatan di ruang tindakan', 'tindakan', 15, 0.3),
  task('perkesmas', 'Melakukan kunjungan rumah perawatan kesehatan masyarakat', 'kunjungan', 60, 0.2),
  task('catat', 'Mencatat dan melaporkan asuhan keperawatan', 'laporan', 30, 0.1),
], ['Asuhan keperawatan', 'BTCLS', 'Perawatan luka', 'Perkesmas', 'Imunisasi'], 0.2, 'III/d');

export const BIDAN = functional('bidan', 'Bidan', 'bidan', 'D-III', ['kebidanan'], [
  edu('D-III', 'kebidanan', 6), edu('D-IV', 'kebidanan', 2), edu('Profesi', 'kebidanan', 1),
], [
  task('anc', 'Melakukan pemeriksaan kehamilan (ANC)', 'kunjungan', 20, 0.35),
  task('kb', 'Memberikan pelayanan keluarga berencana', 'akseptor', 15, 0.2),
  task('nifas', 'Melakukan pelayanan nifas dan bayi baru lahir', 'kunjungan', 30, 0.25),
  task('posyandu', 'Melaksanakan posyandu balita', 'kegiatan', 180, 0.2),
], ['Asuhan persalinan normal (APN)', 'Pelayanan KB', 'Imunisasi', 'Manajemen terpadu balita sakit (MTBS)'], 0.2, 'III/d');

export const APOTEKER = functional('apoteker', 'Apoteker', 'apoteker', 'Profesi', ['farmasi'], [edu('Profesi', 'farmasi')], [
  task('resep', 'Melakukan pelayanan resep dan konseling obat', 'resep', 5, 0.6),
  task('perbekalan', 'Mengelola perencanaan dan pengadaan perbekalan farmasi', 'laporan', 480, 0.4),
], ['Pelayanan kefarmasian', 'Manajemen logistik obat'], 0.2);

export const ASISTEN_APOTEKER = functional('asisten-apoteker', 'Asisten Apoteker', 'asisten-apoteker', 'D-III', ['farmasi'], [edu('D-III', 'farmasi')], [
  task('serah-obat', 'Menyiapkan dan menyerahkan obat kepada pasien', 'resep', 4, 0.7),
  task('stok', 'Mencatat stok obat dan bahan medis habis pakai', 'laporan', 120, 0.3),
], ['Pelayanan kefarmasian', 'Pencatatan stok obat'], 0.25);

export const PRANATA_LAB = functional('pranata-lab', 'Pranata Laboratorium Kesehatan', 'pranata-laboratorium-kesehatan', 'D-III',
  ['teknologi-laboratorium-medis'], [edu('D-III', 'teknologi-laboratorium-medis', 4), edu('D-IV', 'teknologi-laboratorium-medis', 1)], [
    task('periksa', 'Melakukan pemeriksaan laboratorium dasar', 'sampel', 20, 0.75),
    task('reagen', 'Mengelola reagen dan alat laboratorium', 'laporan', 240, 0.25),
  ], ['Pemeriksaan hematologi', 'Pemeriksaan BTA', 'Pemantapan mutu laboratorium'], 0.2);

export const SANITARIAN = functional('sanitarian', 'Sanitarian', 'sanitarian', 'D-III', ['kesehatan-lingkungan', 'kesehatan-masyarakat'],
  [edu('D-III', 'kesehatan-lingkungan', 3), edu('S-1', 'kesehatan-masyarakat', 1)], [
    task('inspeksi', 'Melakukan inspeksi kesehatan lingkungan', 'lokasi', 90, 0.5),
    task('konseling', 'Melaksanakan konseling sanitasi', 'klien', 30, 0.25),
    task('air', 'Memantau kualitas air minum', 'sampel', 45, 0.25),
  ], ['Inspeksi kesehatan lingkungan', 'Sanitasi total berbasis masyarakat (STBM)'], 0.2);

export const NUTRISIONIS = functional('nutrisionis', 'Nutrisionis', 'nutrisionis', 'D-III', ['gizi'], [edu('D-III', 'gizi', 3), edu('S-1', 'gizi', 1)], [
  task('pantau', 'Melakukan pemantauan status gizi balita', 'balita', 10, 0.6),
  task('konseling', 'Memberikan konseling gizi', 'klien', 30, 0.4),
], ['Konseling gizi', 'Penanganan stunting', 'Surveilans gizi'], 0.2);

export const PENYULUH_KESEHATAN = functional('promkes', 'Penyuluh Kesehatan Masyarakat', 'penyuluh-kesehatan', 'S-1', ['kesehatan-masyarakat'],
  [edu('S-1', 'kesehatan-masyarakat', 3), edu('S-2', 'kesehatan-masyarakat', 1)], [
    task('penyuluhan', 'Melaksanakan penyuluhan kesehatan', 'kegiatan', 180, 0.6),
    task('media', 'Menyusun media promosi kesehatan', 'media', 240, 0.4),
  ], ['Promosi kesehatan', 'Pemberdayaan masyarakat', 'Komunikasi perubahan perilaku'], 0.1);

export const PEREKAM_MEDIS = functional('perekam-medis', 'Perekam Medis', 'perekam-medis', 'D-III', ['rekam-medis'], [edu('D-III', 'rekam-medis')], [
  task('berkas', 'Mengelola berkas rekam medis pasien', 'berkas', 6, 0.7),
  task('laporan', 'Menyusun laporan kunjungan dan penyakit (SP2TP)', 'laporan', 480, 0.3),
], ['Rekam medis elektronik', 'Kodefikasi penyakit (ICD-10)'], 0.3);
