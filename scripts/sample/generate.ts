/**
 * The seeded sample generator: Kecamatan Nanggalo (fictional people, real kelurahan names), or for
 * larger sizes Nanggalo plus invented kecamatan built on the same pattern. Pure: the same options give
 * the same scenario, and nothing reads the clock or Math.random.
 */
import { createRng, type Rng } from '../../src/core/rng';
import {
  DEFAULT_SETTINGS, SCENARIO_FORMAT, SCENARIO_VERSION, type Employee, type Post, type Scenario, type Unit,
} from '../../src/core/scenario/schema';
import { NipRegistry } from './career';
import { buildEmployee, buildUnplaced, type Context, type Slot } from './employees';
import { replicaPlaces } from './places';
import { scaleKecamatan, type ScaledKecamatan, type ScaledPost } from './scale';
import { KECAMATAN_SIZE, NANGGALO_PLACES, NANGGALO_UNITS } from './units';
import { PENGADMINISTRASI_UMUM } from './posts-pemerintahan';

export const DEFAULT_SEED = 20261201;
/** Default size: the Nanggalo pattern as drawn (283 employees). */
export const DEFAULT_EMPLOYEES = KECAMATAN_SIZE;
export const AS_OF = '2026-12-01';
const STAMP = '2026-12-01T00:00:00.000Z';
/** Years of the planted retirement wave. */
const WAVE_YEARS = [2027, 2028, 2029];

export interface GenerateOptions {
  seed?: number;
  employees?: number;
}

function unitIdOf(k: number, index: number): string {
  const unit = NANGGALO_UNITS[index]!;
  return k === 0 ? unit.id : `kc${String(k).padStart(3, '0')}-${unit.role}`;
}

/** Tasks with volumes that add up (within 3 percent, per task) to the post's need. */
function tasksFor(rng: Rng, scaled: ScaledPost, wkeMinutes: number): Post['tasks'] {
  return scaled.plan.template.tasks.map((t) => {
    const minutes = scaled.need * wkeMinutes * t.share * (0.97 + 0.06 * rng.next());
    return { id: t.id, name: t.name, output: t.output, volume: Math.max(1, Math.round(minutes / t.normMinutes)), normMinutes: t.normMinutes };
  });
}

function meta(seed: number, employees: number, kecamatan: number): Scenario['meta'] {
  const one = kecamatan === 1;
  const description = [
    'Data contoh fiktif untuk mencoba Seimbang.',
    'Nama pegawai, NIP, tanggal lahir, riwayat jabatan, penilaian kinerja, volume tugas dan norma waktu semuanya rekaan',
    'dan tidak menggambarkan pegawai atau kantor yang sebenarnya.',
    'Hanya nama kelurahan dan kodenya yang mengikuti wilayah Kecamatan Nanggalo, Kota Padang.',
    one ? '' : `Kecamatan lain (${kecamatan - 1}) dan nama tempatnya juga rekaan.`,
    `Dibuat oleh generator contoh dengan seed ${seed}.`,
  ].filter(Boolean).join(' ');
  return {
    id: one ? 'contoh-nanggalo' : `contoh-${employees}-asn`,
    name: one ? 'Kecamatan Nanggalo (contoh fiktif)' : `Contoh fiktif: ${kecamatan} kecamatan, ${employees} ASN`,
    description,
    fictional: true,
    asOf: AS_OF,
    createdAt: STAMP,
    updatedAt: STAMP,
    parentId: null,
  };
}

/** Generates a whole scenario. `generateScenario()` is the committed `scenarios/nanggalo.json`. */
export function generateScenario(options: GenerateOptions = {}): Scenario {
  const seed = options.seed ?? DEFAULT_SEED;
  const size = options.employees ?? DEFAULT_EMPLOYEES;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`employees must be a whole number from 1, got ${size}`);

  const rng = createRng(seed);
  const ctx: Context = { rng, asOf: AS_OF, nips: new NipRegistry() };
  const wke = DEFAULT_SETTINGS.wkeMinutes;
  const kecamatan = Math.max(1, Math.round(size / KECAMATAN_SIZE));
  const shapes = new Map<number, ScaledKecamatan>();
  const units: Unit[] = [];
  const posts: Post[] = [];
  const employees: Employee[] = [];

  for (let k = 0; k < kecamatan; k++) {
    const kSize = Math.floor(size / kecamatan) + (k < size % kecamatan ? 1 : 0);
    let shape = shapes.get(kSize);
    if (!shape) shapes.set(kSize, (shape = scaleKecamatan(kSize)));
    const places = k === 0 ? NANGGALO_PLACES : replicaPlaces(k);
    const ids = NANGGALO_UNITS.map((_, i) => unitIdOf(k, i));
    const names = NANGGALO_UNITS.map((u) => (k === 0 ? u.name : u.replicaName(places)));
    NANGGALO_UNITS.forEach((u, i) => {
      const unit: Unit = { id: ids[i]!, name: names[i]!, kind: u.kind };
      if (k === 0 && u.code !== undefined) unit.code = u.code;
      units.push(unit);
    });

    NANGGALO_UNITS.forEach((u, i) => {
      const sameKind = NANGGALO_UNITS.flatMap((v, j) => (j !== i && v.kind === u.kind ? [names[j]!] : []));
      shape.posts[i]!.forEach((scaled) => {
        const t = scaled.plan.template;
        const postId = `${ids[i]}.${t.key}`;
        posts.push({
          id: postId, unitId: ids[i]!, title: t.title, positionType: t.positionType, family: t.family, field: t.field,
          minEducation: t.minEducation, educationFields: [...t.educationFields], tasks: tasksFor(rng, scaled, wke),
        });
        const preferenceChoices = NANGGALO_UNITS.flatMap((v, j) =>
          j !== i && v.posts.some((pp) => pp.template.field === t.field) ? [ids[j]!] : []);
        // A post's retirees fall in successive years, starting from a random one.
        const firstYear = rng.int(WAVE_YEARS.length);
        for (let n = 0; n < scaled.headcount; n++) {
          const retireYear = n < scaled.retiring ? WAVE_YEARS[(firstYear + n) % WAVE_YEARS.length]! : null;
          const slot: Slot = { template: t, postId, sameKindUnitNames: sameKind, preferenceChoices, retireYear };
          employees.push(buildEmployee(ctx, slot));
        }
      });
    });

    for (let n = 0; n < shape.unplaced; n++) {
      const choices = NANGGALO_UNITS.flatMap((v, j) => (v.kind === 'kantor-camat' || v.kind === 'kantor-lurah' ? [ids[j]!] : []));
      const slot: Slot = { template: PENGADMINISTRASI_UMUM, postId: null, sameKindUnitNames: [], preferenceChoices: choices, retireYear: null };
      employees.push(buildUnplaced(ctx, slot, names[0]!));
    }
  }

  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    meta: meta(seed, size, kecamatan),
    settings: { ...DEFAULT_SETTINGS, bands: { ...DEFAULT_SETTINGS.bands } },
    units,
    posts,
    employees,
    events: [
      {
        id: 'keluar-lain',
        type: 'exit-rate',
        yearlyRate: 0.02,
        positionType: null,
        minAge: null,
        maxAge: null,
        note: 'Perkiraan pegawai keluar selain pensiun (meninggal, berhenti, pindah instansi): 2% per tahun.',
      },
    ],
    plans: [],
  };
}

/** The scenario as written to disk: two-space indentation and a final newline. */
export function serializeScenario(s: Scenario): string {
  return `${JSON.stringify(s, null, 2)}\n`;
}
