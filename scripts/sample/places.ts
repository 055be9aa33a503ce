/**
 * Invented place names for the fictional kecamatan that scaled samples add beside Nanggalo.
 * Built from common words of Minangkabau place names; any match with a real place is chance.
 */
import type { ReplicaPlaces } from './types';

const HEADS = [
  'Koto', 'Lubuk', 'Batang', 'Sungai', 'Parak', 'Bukit', 'Pasia', 'Tanjung', 'Ulak', 'Simpang',
  'Balai', 'Durian', 'Limau', 'Lambung', 'Gunuang', 'Talang', 'Tabek', 'Padang', 'Rimbo', 'Kapalo',
];
const TAILS = [
  'Tangah', 'Gadang', 'Baru', 'Kaciak', 'Panjang', 'Lamo', 'Tinggi', 'Sarik', 'Rantau', 'Jati',
  'Pulai', 'Gelombang', 'Kalumpang', 'Pisang', 'Batu', 'Timur', 'Barat', 'Kubang', 'Anau', 'Pinang',
];
const COMBOS = HEADS.length * TAILS.length;

/** The n-th invented place name; names repeat with a number after 400. `placeName(0) === 'Koto Tangah'`. */
export function placeName(n: number): string {
  const i = n % COMBOS;
  // Walk the grid with a stride coprime to its size so that neighbours do not share a first word.
  const k = (i * 37) % COMBOS;
  const base = `${HEADS[k % HEADS.length]} ${TAILS[Math.floor(k / HEADS.length)]}`;
  const round = Math.floor(n / COMBOS);
  return round === 0 ? base : `${base} ${round + 1}`;
}

/** Places of the fictional kecamatan number `index` (1 and up; 0 is Nanggalo itself). */
export function replicaPlaces(index: number): ReplicaPlaces {
  // Seven names per kecamatan (its own and six kelurahan), all different inside one kecamatan.
  const kecamatan = placeName(index * 7);
  const kelurahan = Array.from({ length: 6 }, (_, j) => placeName(index * 7 + 1 + j));
  return { index, kecamatan, kelurahan };
}
