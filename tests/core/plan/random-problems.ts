/**
 * Seeded planning problems for tests and benchmarks.
 * - `randomProblem`: small to medium, deliberately irregular (unplaced people, single options, homes that
 *   are not an option, posts without slots, costs 0..500), to exercise every branch of the solver.
 * - `realisticProblem`: the shape of a real agency (posts of ~10-30 people, need close to headcount,
 *   a few over- and under-staffed posts, move costs of 150+), where only a few percent of people move.
 */
import { createRng, type Rng } from '../../../src/core/rng';
import { postMarginals } from '../../../src/core/plan/costs';
import { createProblem, type PlanningProblem, type PlanningProblemInput } from '../../../src/core/plan/problem';

/** Up to `count` distinct post indices in [0, P), drawn without replacement. */
function samplePosts(rng: Rng, P: number, count: number, exclude: number): number[] {
  const out: number[] = [];
  const taken = new Set<number>([exclude]);
  for (let tries = 0; out.length < count && tries < count * 4; tries++) {
    const q = rng.int(P);
    if (!taken.has(q)) {
      taken.add(q);
      out.push(q);
    }
  }
  return out;
}

export interface RandomProblemSize {
  /** Employees (movable); default 1 .. 2,000 drawn from the seed. */
  employees?: number;
  /** Maximum options per employee (default 15). */
  maxOptions?: number;
}

/** An irregular problem with convex asymmetric-quadratic slot costs; the same seed gives the same problem. */
export function randomProblem(seed: number, size: RandomProblemSize = {}): PlanningProblem {
  const rng = createRng(seed);
  // Half of the sizes spread evenly over 1..2,000 on a log scale (many small ones), half over 200..2,000.
  const N = size.employees ?? (rng.chance(0.5) ? 1 + Math.floor(Math.exp(rng.next() * Math.log(2000))) : 200 + rng.int(1801));
  const maxOptions = size.maxOptions ?? 15;
  const P = Math.max(1, Math.round(N / (3 + rng.int(12))));
  // A few posts are closed to newcomers (no slots); nobody works there today.
  const closed = Array.from({ length: P }, (_, p) => p > 0 && rng.chance(0.03));
  const open = closed.flatMap((c, p) => (c ? [] : [p]));
  const home: number[] = [];
  const perPost = new Array<number>(P).fill(0);
  for (let e = 0; e < N; e++) {
    const h = rng.chance(0.05) ? -1 : rng.pick(open);
    home.push(h);
    if (h >= 0) perPost[h]!++;
  }
  const posts: PlanningProblemInput['posts'][number][] = [];
  for (let p = 0; p < P; p++) {
    const fixed = rng.int(4);
    const need = Math.max(0, (fixed + perPost[p]!) * (0.5 + rng.next()) + rng.next() * 4 - 1);
    // Some posts are full with today's people, others have room for a few more.
    const slots = closed[p] ? 0 : perPost[p]! + rng.int(5);
    posts.push({ fixed, slotCosts: postMarginals(Math.round(need * 10) / 10, fixed, slots) });
  }
  const employees: PlanningProblemInput['employees'][number][] = [];
  for (let e = 0; e < N; e++) {
    const h = home[e]!;
    const options: Array<[number, number]> = [];
    const count = rng.chance(0.1) ? 1 : 1 + rng.int(maxOptions);
    const withHome = h >= 0 && !rng.chance(0.05);
    if (withHome) options.push([h, 0]);
    for (const q of samplePosts(rng, P, count - (withHome ? 1 : 0), h)) options.push([q, rng.int(501)]);
    // Options in no particular order, as a real problem builder may produce them.
    for (let i = options.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [options[i], options[j]] = [options[j]!, options[i]!];
    }
    employees.push({ home: h < 0 ? null : h, options });
  }
  return createProblem({ posts, employees });
}

export interface RealisticSize {
  employees: number;
  /** Share of employees who may move (the rest are fixed at their post). */
  movable: number;
}

/** A problem shaped like a real agency; the same seed gives the same problem. */
export function realisticProblem(seed: number, size: RealisticSize): PlanningProblem {
  const rng = createRng(seed);
  const posts: PlanningProblemInput['posts'][number][] = [];
  const employees: PlanningProblemInput['employees'][number][] = [];
  const postOfMovable: number[] = [];
  let placed = 0;
  const headcounts: number[] = [];
  while (placed < size.employees) {
    const headcount = Math.min(10 + rng.int(21), size.employees - placed);
    headcounts.push(headcount);
    placed += headcount;
  }
  const P = headcounts.length;
  // Posts come in fields of about 40 (nurses, teachers, clerks...): people move within their field.
  const fieldSize = 40;
  for (let p = 0; p < P; p++) {
    const headcount = headcounts[p]!;
    let movable = 0;
    for (let i = 0; i < headcount; i++) if (rng.chance(size.movable)) movable++;
    const fixed = headcount - movable;
    // Need close to headcount on average; one post in ten is clearly over- or under-staffed.
    const skew = rng.chance(0.1) ? (rng.next() - 0.5) * 0.8 : (rng.next() - 0.5) * 0.2;
    const need = Math.max(1, Math.round(headcount * (1 + skew) * 10) / 10);
    const slots = Math.max(0, Math.ceil(need * 1.5) + 3 - fixed);
    posts.push({ fixed, slotCosts: postMarginals(need, fixed, Math.max(slots, movable)) });
    for (let i = 0; i < movable; i++) postOfMovable.push(p);
  }
  for (const h of postOfMovable) {
    const field = Math.floor(h / fieldSize);
    const from = field * fieldSize, to = Math.min(P, from + fieldSize);
    const options: Array<[number, number]> = [[h, 0]];
    const want = 5 + rng.int(16);
    const taken = new Set<number>([h]);
    for (let tries = 0; options.length < want && tries < want * 4; tries++) {
      // Mostly within the field, sometimes anywhere.
      const q = rng.chance(0.85) ? from + rng.int(to - from) : rng.int(P);
      if (taken.has(q)) continue;
      taken.add(q);
      options.push([q, 150 + rng.int(351)]);
    }
    employees.push({ home: h, options });
  }
  return createProblem({ posts, employees });
}
