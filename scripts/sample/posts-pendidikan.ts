/**
 * Posts of SD and SMP Negeri (field: pendidikan). Teachers are sized by teaching hours, modelled as tasks:
 * lessons (jam pelajaran of 35 minutes in SD, 40 in SMP) plus preparation, assessment and class duties.
 */
import { edu, task } from './template-helpers';
import type { EducationOption, PostTemplate } from './types';

const TEACHER_COMPETENCES = ['Kurikulum Merdeka', 'Asesmen pembelajaran', 'Pembelajaran berdiferensiasi', 'Teknologi pembelajaran'];

function teacher(
  key: string, title: string, educationFields: string[], education: EducationOption[], lessonMinutes: number,
  competences: string[] = [], pppkShare = 0.3,
): PostTemplate {
  return {
    key, title, positionType: 'fungsional', family: 'guru', field: 'pendidikan', minEducation: 'S-1', educationFields,
    tasks: [
      task('mengajar', 'Melaksanakan pembelajaran tatap muka', 'jam pelajaran', lessonMinutes, 0.55),
      task('modul', 'Menyusun modul ajar dan perangkat pembelajaran', 'modul ajar', 240, 0.15),
      task('menilai', 'Menilai hasil belajar peserta didik', 'lembar penilaian', 10, 0.2),
      task('wali', 'Melaksanakan administrasi kelas dan komunikasi dengan orang tua', 'kegiatan', 60, 0.1),
    ],
    education, maxRank: 'IV/a', age: [25, 56], pppkShare, competences: [...competences, ...TEACHER_COMPETENCES],
    pastTitles: [title],
  };
}

function subjectTeacher(key: string, subject: string, field: string, lessonMinutes = 40): PostTemplate {
  return teacher(key, `Guru ${subject}`, [field], [edu('S-1', field, 5), edu('S-2', field, 1)], lessonMinutes, [`Pembelajaran ${subject}`]);
}

export const GURU_KELAS = teacher('guru-kelas', 'Guru Kelas', ['pendidikan-guru-sd', 'pendidikan-dasar'],
  [edu('S-1', 'pendidikan-guru-sd', 8), edu('S-2', 'pendidikan-dasar', 1)], 35, ['Pembelajaran tematik', 'Literasi dan numerasi dasar']);
export const GURU_PAI_SD = subjectTeacher('guru-pai', 'Pendidikan Agama Islam', 'pendidikan-agama-islam', 35);
export const GURU_PJOK_SD = subjectTeacher('guru-pjok', 'Pendidikan Jasmani, Olahraga dan Kesehatan', 'pendidikan-jasmani', 35);

export const GURU_MATEMATIKA = subjectTeacher('guru-matematika', 'Matematika', 'pendidikan-matematika');
export const GURU_IPA = subjectTeacher('guru-ipa', 'Ilmu Pengetahuan Alam', 'pendidikan-ipa');
export const GURU_BAHASA_INDONESIA = subjectTeacher('guru-bahasa-indonesia', 'Bahasa Indonesia', 'pendidikan-bahasa-indonesia');
export const GURU_BAHASA_INGGRIS = subjectTeacher('guru-bahasa-inggris', 'Bahasa Inggris', 'pendidikan-bahasa-inggris');
export const GURU_IPS = subjectTeacher('guru-ips', 'Ilmu Pengetahuan Sosial', 'pendidikan-ips');
export const GURU_PPKN = subjectTeacher('guru-ppkn', 'Pendidikan Pancasila', 'pendidikan-pancasila');
export const GURU_PAI_SMP = subjectTeacher('guru-pai', 'Pendidikan Agama Islam', 'pendidikan-agama-islam');
export const GURU_PJOK_SMP = subjectTeacher('guru-pjok', 'Pendidikan Jasmani, Olahraga dan Kesehatan', 'pendidikan-jasmani');
export const GURU_SENI = subjectTeacher('guru-seni', 'Seni Budaya', 'pendidikan-seni');
export const GURU_INFORMATIKA = subjectTeacher('guru-informatika', 'Informatika', 'pendidikan-teknologi-informasi');

export const GURU_BK: PostTemplate = {
  ...teacher('guru-bk', 'Guru Bimbingan dan Konseling', ['bimbingan-konseling'], [edu('S-1', 'bimbingan-konseling')], 40, ['Konseling individual']),
  tasks: [
    task('layanan', 'Memberikan layanan bimbingan dan konseling klasikal', 'jam pelajaran', 40, 0.4),
    task('konseling', 'Melaksanakan konseling individual dan kelompok', 'sesi', 45, 0.4),
    task('asesmen', 'Menyusun asesmen kebutuhan dan laporan layanan', 'laporan', 240, 0.2),
  ],
};

function principal(
  key: string, fields: string[], education: EducationOption[], lessonMinutes: number, pastTitles: string[],
): PostTemplate {
  return {
    key, title: 'Kepala Sekolah', positionType: 'fungsional', family: 'guru', field: 'pendidikan', minEducation: 'S-1',
    educationFields: fields,
    tasks: [
      task('kelola', 'Memimpin dan mengelola satuan pendidikan', 'kegiatan', 240, 0.5),
      task('supervisi', 'Melaksanakan supervisi akademik guru', 'supervisi', 180, 0.3),
      task('mengajar', 'Melaksanakan pembelajaran tatap muka', 'jam pelajaran', lessonMinutes, 0.2),
    ],
    education, minRank: 'III/d', maxRank: 'IV/b', age: [42, 56], pppkShare: 0,
    competences: ['Manajemen sekolah', 'Supervisi akademik', 'Pengelolaan dana BOS', ...TEACHER_COMPETENCES.slice(0, 1)],
    pastTitles, ladder: true,
  };
}

export const KEPALA_SD = principal('kepala-sekolah', ['pendidikan-guru-sd', 'pendidikan-dasar'],
  [edu('S-1', 'pendidikan-guru-sd', 3), edu('S-2', 'pendidikan-dasar', 1)], 35, ['Guru Kelas', 'Guru Kelas', 'Kepala Sekolah']);
export const KEPALA_SMP = principal('kepala-sekolah', [], [
  edu('S-1', 'pendidikan-matematika'), edu('S-1', 'pendidikan-bahasa-indonesia'), edu('S-2', 'manajemen-pendidikan'),
  edu('S-1', 'pendidikan-ipa'),
], 40, ['Guru Mata Pelajaran', 'Wakil Kepala Sekolah', 'Kepala Sekolah']);

export const TENAGA_ADMINISTRASI_SEKOLAH: PostTemplate = {
  key: 'tenaga-administrasi', title: 'Tenaga Administrasi Sekolah', positionType: 'pelaksana', family: 'klerek',
  field: 'pendidikan', minEducation: 'SLTA', educationFields: [],
  tasks: [
    task('dapodik', 'Mengelola data pokok pendidikan (Dapodik)', 'data', 10, 0.4),
    task('persuratan', 'Mengelola administrasi persuratan dan kesiswaan', 'berkas', 15, 0.4),
    task('bos', 'Menyiapkan laporan penggunaan dana BOS', 'laporan', 480, 0.2),
  ],
  education: [edu('SLTA', 'administrasi-perkantoran', 3), edu('SLTA', 'umum', 2), edu('D-III', 'manajemen-informatika', 1)],
  age: [24, 54], pppkShare: 0, competences: ['Dapodik', 'Tata naskah dinas', 'Aplikasi perkantoran', 'ARKAS (dana BOS)'],
  pastTitles: ['Tenaga Administrasi Sekolah', 'Pengadministrasi Umum'],
};
