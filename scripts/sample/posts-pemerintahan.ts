/**
 * Posts of the kantor camat and the kantor lurah (field: pemerintahan), with their tasks.
 * Task names follow the usual Anjab wording of Kota Padang's kecamatan; norm times are plausible, not official.
 */
import { edu, task } from './template-helpers';
import type { PostTemplate } from './types';

const GOVERNMENT_FIELDS = ['ilmu-pemerintahan', 'administrasi-publik', 'hukum', 'manajemen'];
const GOVERNMENT_EDUCATION = [
  edu('S-1', 'ilmu-pemerintahan', 3), edu('S-1', 'administrasi-publik', 3), edu('S-1', 'hukum', 2),
  edu('S-1', 'manajemen', 1), edu('S-2', 'administrasi-publik', 1), edu('S-2', 'ilmu-pemerintahan', 1),
];
const LEADERSHIP = ['Kepemimpinan pengawas (PKP)', 'Koordinasi lintas sektor', 'Tata naskah dinas', 'Penyusunan laporan kinerja'];

function structural(
  key: string, title: string, positionType: 'administrator' | 'pengawas', tasks: PostTemplate['tasks'],
  pastTitles: string[], minRank: PostTemplate['minRank'], maxRank: PostTemplate['maxRank'], age: [number, number],
): PostTemplate {
  return {
    key, title, positionType, family: 'struktural', field: 'pemerintahan', minEducation: 'S-1',
    educationFields: GOVERNMENT_FIELDS, tasks, education: GOVERNMENT_EDUCATION, minRank, maxRank, age,
    pppkShare: 0, competences: LEADERSHIP, pastTitles, ladder: true,
  };
}

export const CAMAT = structural('camat', 'Camat', 'administrator', [
  task('koordinasi', 'Mengoordinasikan penyelenggaraan pemerintahan dan pelayanan di kecamatan', 'kegiatan', 240, 0.4),
  task('pembinaan', 'Membina dan mengawasi penyelenggaraan pemerintahan kelurahan', 'laporan', 180, 0.3),
  task('rapat', 'Memimpin rapat koordinasi dan musyawarah perencanaan pembangunan', 'rapat', 150, 0.3),
], ['Pengadministrasi Umum', 'Kepala Seksi Pemerintahan', 'Lurah', 'Sekretaris Camat'], 'IV/a', 'IV/b', [44, 54]);

export const SEKCAM = structural('sekcam', 'Sekretaris Camat', 'administrator', [
  task('umum', 'Mengoordinasikan urusan umum, kepegawaian dan keuangan kecamatan', 'kegiatan', 180, 0.45),
  task('renja', 'Menyusun rencana kerja dan anggaran kecamatan', 'dokumen', 1200, 0.25),
  task('lkjip', 'Menyusun laporan kinerja instansi pemerintah (LKjIP)', 'laporan', 960, 0.3),
], ['Pengadministrasi Umum', 'Kepala Subbagian Umum dan Kepegawaian', 'Lurah'], 'III/d', 'IV/a', [40, 54]);

export const KASI_PEMERINTAHAN = structural('kasi-pemerintahan', 'Kepala Seksi Pemerintahan', 'pengawas', [
  task('bina-kelurahan', 'Menyiapkan bahan pembinaan pemerintahan kelurahan', 'dokumen', 240, 0.4),
  task('pertanahan', 'Memfasilitasi administrasi pertanahan dan batas wilayah', 'berkas', 90, 0.3),
  task('kependudukan', 'Mengoordinasikan pendataan kependudukan', 'laporan', 300, 0.3),
], ['Pengadministrasi Umum', 'Pengolah Data'], 'III/b', 'III/d', [35, 54]);

export const KASI_PELAYANAN = structural('kasi-pelayanan', 'Kepala Seksi Pelayanan Umum', 'pengawas', [
  task('paten', 'Mengawasi pelayanan administrasi terpadu kecamatan (PATEN)', 'berkas', 20, 0.45),
  task('rekomendasi', 'Memverifikasi rekomendasi perizinan non-berusaha', 'berkas', 45, 0.3),
  task('ikm', 'Menyusun laporan survei kepuasan masyarakat', 'laporan', 960, 0.25),
], ['Pengadministrasi Layanan Kependudukan', 'Pengadministrasi Umum'], 'III/b', 'III/d', [35, 54]);

export const KASI_TRANTIB = structural('kasi-trantib', 'Kepala Seksi Ketenteraman dan Ketertiban Umum', 'pengawas', [
  task('perda', 'Mengoordinasikan penegakan peraturan daerah', 'kegiatan', 240, 0.55),
  task('gangguan', 'Memfasilitasi penanganan gangguan ketenteraman dan ketertiban', 'kasus', 180, 0.45),
], ['Pengadministrasi Umum', 'Pengolah Data'], 'III/b', 'III/d', [35, 54]);

export const KASI_PEMBERDAYAAN = structural('kasi-pemberdayaan', 'Kepala Seksi Pemberdayaan Masyarakat', 'pengawas', [
  task('lembaga', 'Membina lembaga kemasyarakatan kelurahan (LPM, PKK, RT/RW)', 'kegiatan', 180, 0.55),
  task('musrenbang', 'Memfasilitasi musyawarah perencanaan pembangunan kelurahan', 'kegiatan', 360, 0.45),
], ['Pengadministrasi Umum', 'Pengolah Data'], 'III/b', 'III/d', [35, 54]);

export const KASUBAG_UMUM = structural('kasubag-umum', 'Kepala Subbagian Umum dan Kepegawaian', 'pengawas', [
  task('kepegawaian', 'Mengelola administrasi kepegawaian', 'berkas', 60, 0.55),
  task('aset', 'Mengelola barang milik daerah', 'laporan', 480, 0.45),
], ['Pengadministrasi Umum', 'Pengadministrasi Keuangan'], 'III/b', 'III/d', [35, 54]);

export const KASUBAG_KEUANGAN = structural('kasubag-keuangan', 'Kepala Subbagian Perencanaan dan Keuangan', 'pengawas', [
  task('rka', 'Menyusun rencana kerja dan anggaran (RKA)', 'dokumen', 960, 0.4),
  task('verifikasi', 'Memverifikasi surat pertanggungjawaban keuangan', 'berkas', 45, 0.6),
], ['Pengadministrasi Keuangan', 'Pengadministrasi Umum'], 'III/b', 'III/d', [35, 54]);

export const LURAH = structural('lurah', 'Lurah', 'pengawas', [
  task('pimpin', 'Memimpin penyelenggaraan pemerintahan kelurahan', 'kegiatan', 180, 0.4),
  task('tandatangan', 'Memeriksa dan menandatangani surat keterangan dan rekomendasi', 'surat', 6, 0.3),
  task('rtrw', 'Membina RT/RW dan lembaga kemasyarakatan', 'kegiatan', 150, 0.3),
], ['Pengadministrasi Umum', 'Kepala Seksi Pemerintahan', 'Sekretaris Lurah'], 'III/c', 'IV/a', [38, 54]);

export const SEKLUR = structural('seklur', 'Sekretaris Lurah', 'pengawas', [
  task('umum', 'Mengelola administrasi umum, kepegawaian dan keuangan kelurahan', 'berkas', 45, 0.5),
  task('laporan', 'Menyusun laporan penyelenggaraan pemerintahan kelurahan', 'laporan', 600, 0.5),
], ['Pengadministrasi Umum', 'Pengolah Data'], 'III/b', 'III/d', [35, 54]);

export const KASI_PEMERINTAHAN_KEL = structural('kasi-pemerintahan', 'Kepala Seksi Pemerintahan dan Ketenteraman', 'pengawas', [
  task('kependudukan', 'Mengoordinasikan pendataan penduduk dan mutasi penduduk', 'laporan', 240, 0.5),
  task('trantib', 'Mengoordinasikan ketenteraman dan ketertiban lingkungan', 'kegiatan', 180, 0.5),
], ['Pengadministrasi Umum', 'Pengolah Data'], 'III/b', 'III/d', [33, 54]);

export const KASI_PELAYANAN_KEL = structural('kasi-pelayanan', 'Kepala Seksi Pemberdayaan Masyarakat dan Pelayanan Umum', 'pengawas', [
  task('pelayanan', 'Mengawasi pelayanan surat-menyurat kepada masyarakat', 'berkas', 15, 0.5),
  task('posyandu', 'Membina posyandu, PKK dan kegiatan pemberdayaan', 'kegiatan', 180, 0.5),
], ['Pengadministrasi Layanan Kependudukan', 'Pengadministrasi Umum'], 'III/b', 'III/d', [33, 54]);

const CLERK_EDUCATION = [
  edu('SLTA', 'umum', 5), edu('SLTA', 'administrasi-perkantoran', 3), edu('D-III', 'administrasi-perkantoran', 1),
  edu('S-1', 'administrasi-publik', 1), edu('S-1', 'hukum', 0.5), edu('S-1', 'ekonomi', 0.5),
];
const CLERK_COMPETENCES = ['Tata naskah dinas', 'Pengelolaan arsip', 'Pelayanan prima', 'Aplikasi perkantoran', 'Srikandi (persuratan elektronik)'];

export const PENGADMINISTRASI_UMUM: PostTemplate = {
  key: 'pengadministrasi-umum', title: 'Pengadministrasi Umum', positionType: 'pelaksana', family: 'klerek',
  field: 'pemerintahan', minEducation: 'SLTA', educationFields: [],
  tasks: [
    task('surat-masuk', 'Menerima, mencatat dan mendistribusikan surat masuk', 'surat', 10, 0.3),
    task('naskah', 'Mengetik dan menggandakan naskah dinas', 'naskah', 20, 0.3),
    task('arsip', 'Menata dan mengarsipkan dokumen', 'berkas', 8, 0.2),
    task('tamu', 'Melayani tamu dan menerima pengaduan masyarakat', 'orang', 15, 0.2),
  ],
  education: CLERK_EDUCATION, age: [24, 54], pppkShare: 0, competences: CLERK_COMPETENCES,
  pastTitles: ['Pengadministrasi Umum', 'Pengadministrasi Layanan Kependudukan', 'Pengolah Data'],
};

export const PELAYANAN_KEPENDUDUKAN: PostTemplate = {
  key: 'pelayanan', title: 'Pengadministrasi Layanan Kependudukan', positionType: 'pelaksana', family: 'klerek',
  field: 'pemerintahan', minEducation: 'SLTA', educationFields: [],
  tasks: [
    task('verifikasi', 'Memverifikasi berkas permohonan layanan', 'berkas', 15, 0.35),
    task('surat-keterangan', 'Membuat surat keterangan (domisili, tidak mampu, pengantar nikah)', 'surat', 20, 0.45),
    task('rekap', 'Mencatat dan melaporkan layanan harian', 'laporan', 30, 0.2),
  ],
  education: CLERK_EDUCATION, age: [24, 54], pppkShare: 0,
  competences: ['Pelayanan administrasi kependudukan', 'Pelayanan prima', 'Tata naskah dinas', 'SIAK'],
  pastTitles: ['Pengadministrasi Umum', 'Pengadministrasi Layanan Kependudukan'],
};

export const PENGOLAH_DATA: PostTemplate = {
  key: 'pengolah-data', title: 'Pengolah Data', positionType: 'pelaksana', family: 'operator',
  field: 'pemerintahan', minEducation: 'SLTA', educationFields: [],
  tasks: [
    task('input', 'Menginput data ke aplikasi (SIPD, SIAK, e-Kinerja)', 'data', 6, 0.5),
    task('rekap', 'Menyusun rekapitulasi data bulanan', 'laporan', 240, 0.3),
    task('profil', 'Memutakhirkan data profil wilayah', 'dokumen', 480, 0.2),
  ],
  education: [
    edu('SLTA', 'umum', 3), edu('D-III', 'manajemen-informatika', 2), edu('S-1', 'sistem-informasi', 1),
    edu('S-1', 'teknik-informatika', 1),
  ],
  age: [24, 54], pppkShare: 0,
  competences: ['Aplikasi perkantoran', 'Pengolahan data statistik', 'SIPD', 'Basis data'],
  pastTitles: ['Pengolah Data', 'Pengadministrasi Umum'],
};

export const PENGADMINISTRASI_KEUANGAN: PostTemplate = {
  key: 'pengadministrasi-keuangan', title: 'Pengadministrasi Keuangan', positionType: 'pelaksana', family: 'klerek',
  field: 'pemerintahan', minEducation: 'SLTA', educationFields: [],
  tasks: [
    task('buku', 'Membukukan transaksi keuangan', 'transaksi', 15, 0.4),
    task('spj', 'Menyiapkan surat pertanggungjawaban (SPJ)', 'berkas', 60, 0.4),
    task('lra', 'Menyusun laporan realisasi anggaran', 'laporan', 480, 0.2),
  ],
  education: [edu('SLTA', 'akuntansi', 3), edu('D-III', 'akuntansi', 2), edu('S-1', 'akuntansi', 1), edu('S-1', 'ekonomi', 1)],
  age: [24, 54], pppkShare: 0,
  competences: ['Penatausahaan keuangan daerah', 'SIPD', 'Perpajakan bendahara', 'Aplikasi perkantoran'],
  pastTitles: ['Pengadministrasi Keuangan', 'Pengadministrasi Umum'],
};

export const PENGEMUDI: PostTemplate = {
  key: 'pengemudi', title: 'Pengemudi', positionType: 'pelaksana', family: 'operator',
  field: 'pemerintahan', minEducation: 'SLTA', educationFields: [],
  tasks: [
    task('antar', 'Mengemudikan kendaraan dinas', 'perjalanan', 90, 0.7),
    task('rawat', 'Merawat kendaraan dinas', 'kali', 120, 0.3),
  ],
  education: [edu('SLTA', 'umum', 4), edu('SLTA', 'teknik-otomotif', 2)],
  age: [28, 54], pppkShare: 0, competences: ['SIM A', 'Perawatan kendaraan'],
  pastTitles: ['Pengemudi', 'Pengadministrasi Umum'],
};
