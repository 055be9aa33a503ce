/**
 * Random draws of the Monte Carlo. Each run gets a 32-bit key from the seeded generator of core/rng;
 * inside a run, the uniform number of a chain member is a hash of (run key, person key, generation),
 * where the person key (`SimulationInput.personKey`) is fixed by the person, not by the events.
 *
 * Counter-based draws tie each person's fate to the person, not to the order of the work: a scenario
 * edited elsewhere (an event added, a rate changed) keeps every other person's draws, so before and
 * after are compared on the same random numbers, and a run can skip people it does not need to look at.
 */
import { createRng } from '../rng';

/** Keys of runs 0..runs-1 for a seed: the same seed gives the same keys everywhere. */
export function runKeys(seed: number, runs: number): Uint32Array {
  const rng = createRng(seed);
  const keys = new Uint32Array(runs);
  for (let r = 0; r < runs; r++) keys[r] = rng.int(4294967296);
  return keys;
}

/** 2^32: `draw / TWO_32` is a uniform number in [0, 1). */
export const TWO_32 = 4294967296;

/**
 * Uniform 32-bit number (0 <= draw < 2^32) for member `generation` (0 = the person, 1 = the first
 * replacement, ...) of the chain of the person with key `person` in the run with key `key`: a Weyl step and the murmur3
 * finaliser. `draw(...) >= p * TWO_32` happens with probability 1 - p.
 */
export function draw(key: number, person: number, generation: number): number {
  let z = (key + Math.imul(person, 0x9e3779b9) + Math.imul(generation, 0x632be5ab)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return z >>> 0;
}

/** The same draw as a uniform number in [0, 1). */
export function uniform(key: number, person: number, generation: number): number {
  return draw(key, person, generation) / TWO_32;
}
