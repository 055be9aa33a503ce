/**
 * A minimal valid scenario for tests: 2 units, 3 posts, 4 employees with valid NIPs.
 * Every call returns a fresh deep copy, so a test may break it freely.
 *
 * Hand-computed facts (WKE 75,000 minutes, asOf 2025-01-01):
 * - post `camat-klerek` (Kantor Camat): 1500 x 60 min = 1.20 FTE, 2 people, EJ 0.60 (band D)
 * - post `camat-analis` (Kantor Camat): 600 x 75 min = 0.60 FTE, nobody (vacant)
 * - post `pusk-perawat` (Puskesmas): 3000 x 45 min = 1.80 FTE, 2 people, EJ 0.90 (band B)
 * - unit Kantor Camat: 1.80 FTE, 2 people, EJ 0.90; unit Puskesmas: 1.80 FTE, 2 people, EJ 0.90
 * - misallocation index I = (0.8 + 0.6 + 0.2) / 3.6 = 0.444...
 * - Budi (born 1968-03-15, pelaksana, BUP 58) retires 2026-04-01, within 3 years of asOf
 */
import type { Employee, Post, Scenario, Unit } from '../../src/core/scenario/schema';
import { DEFAULT_SETTINGS, SCENARIO_FORMAT, SCENARIO_VERSION } from '../../src/core/scenario/schema';

export const UNITS: Unit[] = [
  { id: 'camat', name: 'Kantor Camat Nanggalo', kind: 'kantor-camat' },
  { id: 'pusk', name: 'Puskesmas Nanggalo', kind: 'puskesmas', code: '1371100' },
];

export const POSTS: Post[] = [
  {
    id: 'camat-klerek',
    unitId: 'camat',
    title: 'Pengadministrasi Perkantoran',
    positionType: 'pelaksana',
    family: 'klerek',
    field: 'administrasi',
    minEducation: 'SLTA',
    educationFields: [],
    tasks: [{ id: 't1', name: 'Mengagendakan surat', output: 'surat', volume: 1500, normMinutes: 60 }],
  },
  {
    id: 'camat-analis',
    unitId: 'camat',
    title: 'Analis Kebijakan',
    positionType: 'fungsional',
    family: 'analis-kebijakan',
    field: 'pemerintahan',
    minEducation: 'S-1',
    educationFields: [],
    tasks: [{ id: 't1', name: 'Menyusun kajian', output: 'kajian', volume: 600, normMinutes: 75 }],
  },
  {
    id: 'pusk-perawat',
    unitId: 'pusk',
    title: 'Perawat',
    positionType: 'fungsional',
    family: 'perawat',
    field: 'kesehatan',
    minEducation: 'D-III',
    educationFields: ['keperawatan'],
    tasks: [
      { id: 't1', name: 'Asuhan keperawatan', output: 'pasien', volume: 2000, normMinutes: 45 },
      { id: 't2', name: 'Penyuluhan', output: 'kegiatan', volume: 1000, normMinutes: 45 },
    ],
  },
];

/** An employee with sensible defaults; the NIP, birth date and sex given must agree. */
export function makeEmployee(overrides: Partial<Employee> & Pick<Employee, 'nip' | 'name' | 'birthDate' | 'sex'>): Employee {
  return {
    status: 'PNS',
    rank: 'III/a',
    positionType: 'pelaksana',
    positionLevel: null,
    family: 'klerek',
    education: { level: 'SLTA', field: 'umum' },
    competences: [],
    postId: 'camat-klerek',
    postSince: '2020-01-02',
    performance: [{ year: 2024, rating: 'baik' }],
    history: [],
    mobility: { willingness: 'neutral', preferredUnitIds: [] },
    protected: null,
    retirementAgeOverride: null,
    ...overrides,
  };
}

export const EMPLOYEES: Employee[] = [
  makeEmployee({ nip: '198609262015051001', name: 'Andi', birthDate: '1986-09-26', sex: 'L', rank: 'III/b' }),
  makeEmployee({ nip: '196803151990031002', name: 'Budi', birthDate: '1968-03-15', sex: 'L', rank: 'III/d' }),
  makeEmployee({
    nip: '199001012015032001',
    name: 'Citra',
    birthDate: '1990-01-01',
    sex: 'P',
    positionType: 'fungsional',
    positionLevel: 'ahli-pertama',
    family: 'perawat',
    education: { level: 'Profesi', field: 'keperawatan' },
    postId: 'pusk-perawat',
  }),
  makeEmployee({
    nip: '199205102021052004',
    name: 'Dewi',
    birthDate: '1992-05-10',
    sex: 'P',
    status: 'PPPK',
    rank: 'VII',
    positionType: 'fungsional',
    positionLevel: 'terampil',
    family: 'perawat',
    education: { level: 'D-III', field: 'keperawatan' },
    postId: 'pusk-perawat',
    postSince: '2021-03-01',
  }),
];

/** A fresh minimal valid scenario (version 1). */
export function minimalScenario(): Scenario {
  const scenario: Scenario = {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    meta: {
      id: 'test-minimal',
      name: 'Minimal test scenario',
      description: 'Fictional people and numbers, for tests.',
      fictional: true,
      asOf: '2025-01-01',
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
      parentId: null,
    },
    settings: DEFAULT_SETTINGS,
    units: UNITS,
    posts: POSTS,
    employees: EMPLOYEES,
    events: [],
    plans: [],
  };
  return structuredClone(scenario);
}
