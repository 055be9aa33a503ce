/**
 * The Nanggalo pattern: its units, the posts of each unit, today's headcount, the EJ each post is built
 * to show and how many incumbents retire in 2027-2029. The numbers tell the sample's story:
 * Kurao Pagang, Puskesmas Lapai and SD Negeri 01 Surau Gadang are overloaded (band A); the Kantor Camat,
 * Gurun Laweh and SD Negeri 20 Gurun Laweh have people to spare; public-service posts face a retirement wave.
 */
import * as G from './posts-pemerintahan';
import * as K from './posts-kesehatan';
import * as P from './posts-pendidikan';
import type { PostPlan, PostTemplate, ReplicaPlaces, UnitPlan } from './types';

function p(template: PostTemplate, headcount: number, ej: number, retiring = 0): PostPlan {
  return { template, headcount, ej, retiring };
}

/** A post nobody holds today; `need` in FTE. */
function vacant(template: PostTemplate, need: number): PostPlan {
  return { template, headcount: 0, ej: need, retiring: 0 };
}

/** Posts of a kantor lurah: structural EJ, then clerks (count, EJ, retiring), service clerks, data clerk. */
function kelurahanPosts(
  heads: [number, number, number, number], clerks: [number, number, number], service: [number, number, number], data: number,
): PostPlan[] {
  return [
    p(G.LURAH, 1, heads[0]), p(G.SEKLUR, 1, heads[1]),
    heads[2] > 0 ? p(G.KASI_PEMERINTAHAN_KEL, 1, heads[2]) : vacant(G.KASI_PEMERINTAHAN_KEL, -heads[2]),
    p(G.KASI_PELAYANAN_KEL, 1, heads[3]),
    p(G.PENGADMINISTRASI_UMUM, ...clerks), p(G.PELAYANAN_KEPENDUDUKAN, ...service), p(G.PENGOLAH_DATA, 1, data),
  ];
}

function kelurahan(n: number, name: string, code: string, posts: PostPlan[]): UnitPlan {
  const slug = name.toLowerCase().replace(/ /g, '-');
  return {
    role: `lurah-${n}`, id: `kantor-lurah-${slug}`, name: `Kantor Lurah ${name}`, kind: 'kantor-lurah', code,
    replicaName: (place) => `Kantor Lurah ${place.kelurahan[n - 1]}`, posts,
  };
}

/** Posts of an SD: principal EJ, class teachers (count, EJ, retiring), religion and sport teachers, admin (0 = vacant). */
function sdPosts(head: number, classes: [number, number, number], pai: number, pjok: number, admin: number): PostPlan[] {
  return [
    p(P.KEPALA_SD, 1, head), p(P.GURU_KELAS, ...classes), p(P.GURU_PAI_SD, 1, pai), p(P.GURU_PJOK_SD, 1, pjok),
    admin > 0 ? p(P.TENAGA_ADMINISTRASI_SEKOLAH, 1, admin) : vacant(P.TENAGA_ADMINISTRASI_SEKOLAH, -admin),
  ];
}

function sd(n: number, number: string, place: string, kelurahanIndex: number, posts: PostPlan[]): UnitPlan {
  const slug = place.toLowerCase().replace(/ /g, '-');
  return {
    role: `sd-${n}`, id: `sdn-${number}-${slug}`, name: `SD Negeri ${number} ${place}`, kind: 'sd',
    replicaName: (r) => `SD Negeri ${number} ${r.kelurahan[kelurahanIndex]}`, posts,
  };
}

export const NANGGALO_UNITS: UnitPlan[] = [
  {
    role: 'camat', id: 'kantor-camat-nanggalo', name: 'Kantor Camat Nanggalo', kind: 'kantor-camat', code: '13.71.10',
    replicaName: (r) => `Kantor Camat ${r.kecamatan}`,
    posts: [
      p(G.CAMAT, 1, 0.95), p(G.SEKCAM, 1, 0.92, 1), p(G.KASI_PEMERINTAHAN, 1, 0.88), p(G.KASI_PELAYANAN, 1, 0.95),
      p(G.KASI_TRANTIB, 1, 0.8), p(G.KASI_PEMBERDAYAAN, 1, 0.85), p(G.KASUBAG_UMUM, 1, 0.85), p(G.KASUBAG_KEUANGAN, 1, 0.9),
      p(G.PENGADMINISTRASI_UMUM, 9, 0.5, 3), p(G.PENGOLAH_DATA, 5, 0.52, 1), p(G.PENGADMINISTRASI_KEUANGAN, 2, 0.85, 1),
      p(G.PELAYANAN_KEPENDUDUKAN, 3, 0.6, 1), p(G.PENGEMUDI, 1, 0.5, 1),
    ],
  },
  kelurahan(1, 'Surau Gadang', '13.71.10.1001', kelurahanPosts([0.95, 0.92, 0.95, 0.95], [3, 0.96, 1], [2, 0.98, 1], 0.9)),
  kelurahan(2, 'Kampung Olo', '13.71.10.1002', kelurahanPosts([0.9, 0.85, 0.8, 0.85], [3, 0.75, 1], [2, 0.8, 1], 0.7)),
  kelurahan(3, 'Kurao Pagang', '13.71.10.1003', kelurahanPosts([1.15, 1.1, -1, 1.2], [2, 1.3, 1], [2, 1.4, 1], 1.4)),
  kelurahan(4, 'Gurun Laweh', '13.71.10.1004', kelurahanPosts([0.8, 0.75, 0.7, 0.7], [4, 0.5, 1], [2, 0.5, 1], 0.55)),
  kelurahan(5, 'Tabing Banda Gadang', '13.71.10.1005', kelurahanPosts([0.95, 0.9, 0.92, 0.95], [3, 0.95, 2], [2, 0.93, 1], 0.9)),
  kelurahan(6, 'Kampung Lapai', '13.71.10.1006', kelurahanPosts([0.9, 0.85, 0.85, 0.8], [2, 0.8, 1], [2, 0.8, 1], 0.75)),
  {
    role: 'pkm-1', id: 'puskesmas-nanggalo', name: 'Puskesmas Nanggalo', kind: 'puskesmas',
    replicaName: (r) => `Puskesmas ${r.kecamatan}`,
    posts: [
      p(K.KEPALA_PUSKESMAS, 1, 0.95), p(K.KEPALA_TATA_USAHA, 1, 0.9), p(K.DOKTER, 3, 1.0), p(K.DOKTER_GIGI, 1, 0.95),
      p(K.PERAWAT, 12, 0.95, 4), p(K.BIDAN, 9, 0.97, 3), p(K.APOTEKER, 1, 0.9), p(K.ASISTEN_APOTEKER, 2, 0.95),
      p(K.PRANATA_LAB, 2, 0.9), p(K.SANITARIAN, 1, 0.92), p(K.NUTRISIONIS, 1, 0.95), p(K.PENYULUH_KESEHATAN, 1, 0.85),
      p(K.PEREKAM_MEDIS, 2, 1.0), p(G.PENGADMINISTRASI_UMUM, 3, 0.85, 1), p(G.PENGADMINISTRASI_KEUANGAN, 1, 0.95),
    ],
  },
  {
    role: 'pkm-2', id: 'puskesmas-lapai', name: 'Puskesmas Lapai', kind: 'puskesmas',
    replicaName: (r) => `Puskesmas ${r.kelurahan[5]}`,
    posts: [
      p(K.KEPALA_PUSKESMAS, 1, 1.05), p(K.KEPALA_TATA_USAHA, 1, 1.0), p(K.DOKTER, 2, 1.3), p(K.DOKTER_GIGI, 1, 1.1),
      p(K.PERAWAT, 6, 1.35, 3), p(K.BIDAN, 5, 1.3, 2), vacant(K.APOTEKER, 0.9), p(K.ASISTEN_APOTEKER, 1, 1.4),
      p(K.PRANATA_LAB, 1, 1.3), p(K.SANITARIAN, 1, 1.1), p(K.NUTRISIONIS, 1, 1.2), p(K.PENYULUH_KESEHATAN, 1, 1.05),
      p(K.PEREKAM_MEDIS, 1, 1.4), p(G.PENGADMINISTRASI_UMUM, 2, 1.1), p(G.PENGADMINISTRASI_KEUANGAN, 1, 1.0),
    ],
  },
  sd(1, '01', 'Surau Gadang', 0, sdPosts(1.0, [9, 1.25, 1], 1.3, 1.2, -0.8)),
  sd(2, '05', 'Kampung Olo', 1, sdPosts(0.95, [12, 0.95, 1], 0.95, 0.9, 0.9)),
  sd(3, '12', 'Kurao Pagang', 2, sdPosts(0.95, [12, 0.93, 0], 0.95, 0.95, 0.9)),
  sd(4, '20', 'Gurun Laweh', 3, sdPosts(0.8, [12, 0.5, 0], 0.55, 0.5, 0.7)),
  sd(5, '09', 'Tabing Banda Gadang', 4, sdPosts(0.9, [10, 0.78, 1], 0.8, 0.75, 0.8)),
  sd(6, '03', 'Kampung Lapai', 5, sdPosts(0.95, [11, 0.93, 0], 0.9, 0.95, 0.95)),
  {
    role: 'smp-1', id: 'smpn-14-padang', name: 'SMP Negeri 14 Padang', kind: 'smp',
    replicaName: (r) => `SMP Negeri 1 ${r.kecamatan}`,
    posts: [
      p(P.KEPALA_SMP, 1, 0.95), p(P.GURU_MATEMATIKA, 5, 0.9), p(P.GURU_IPA, 5, 0.88), p(P.GURU_BAHASA_INDONESIA, 5, 0.85),
      p(P.GURU_BAHASA_INGGRIS, 4, 0.9), p(P.GURU_IPS, 4, 0.8, 1), p(P.GURU_PPKN, 3, 0.85), p(P.GURU_PAI_SMP, 3, 0.85, 1),
      p(P.GURU_PJOK_SMP, 2, 0.75), p(P.GURU_SENI, 2, 0.8), p(P.GURU_INFORMATIKA, 1, 1.1), p(P.GURU_BK, 3, 0.8),
      p(P.TENAGA_ADMINISTRASI_SEKOLAH, 3, 0.8),
    ],
  },
];

/** People not placed in any post today (returning from study leave), per kecamatan. */
export const UNPLACED_PER_KECAMATAN = 1;

/** Base size of one kecamatan: everyone placed plus the unplaced. */
export const KECAMATAN_SIZE =
  NANGGALO_UNITS.reduce((sum, u) => sum + u.posts.reduce((s, post) => s + post.headcount, 0), 0) + UNPLACED_PER_KECAMATAN;

/** Place names of the real Nanggalo, replica 0. */
export const NANGGALO_PLACES: ReplicaPlaces = {
  index: 0,
  kecamatan: 'Nanggalo',
  kelurahan: ['Surau Gadang', 'Kampung Olo', 'Kurao Pagang', 'Gurun Laweh', 'Tabing Banda Gadang', 'Kampung Lapai'],
};
