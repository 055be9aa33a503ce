/**
 * Independent check that a plan is optimal, in linear time, from its potentials alone.
 *
 * With the price of post p defined as lambda_p = pi_sink - pi_p, an assignment x is optimal when
 * (a) every post's price lies between its last used slot and its next slot:
 *     slotCost(p, n_p - 1) <= lambda_p <= slotCost(p, n_p)   (no bound where there is no such slot);
 * (b) every employee sits at one of its cheapest options at those prices:
 *     cost(e, x(e)) + lambda_{x(e)} <= cost(e, q) + lambda_q   for every option q,
 * where cost includes the move price for any post other than the home post. These are the reduced-cost
 * conditions of the flow network with the employees' potentials eliminated; together with a feasible
 * assignment they prove that no other assignment has a lower objective + movePrice x moves.
 */
import { MAX_COST, type PlanningProblem } from './problem';
import type { PlanPotentials } from './solver';

export interface CertifiedPlan {
  assignment: Int32Array;
  objective: number;
  moves: number;
  movePrice: number;
  potentials: PlanPotentials;
}

export interface CertificateCheck {
  ok: boolean;
  /** One line per violation (at most 20 are listed, then a count of the rest). */
  problems: string[];
}

/** The price of post p under the potentials: what one more person there costs at the margin. */
export function postPrice(potentials: PlanPotentials, p: number): number {
  return potentials.sink - potentials.post[p]!;
}

/**
 * Checks feasibility, optimality conditions (a) and (b), and the stated objective and number of moves.
 * `checkCertificate(problem, solve(problem)).ok` is true; a tampered assignment or potential fails it.
 */
export function checkCertificate(problem: PlanningProblem, plan: CertifiedPlan): CertificateCheck {
  const { postCount: P, employeeCount: N, slotStart, slotCost, optStart, optPost, optCost, home } = problem;
  const problems: string[] = [];
  let dropped = 0;
  const report = (message: string): void => {
    if (problems.length < 20) problems.push(message);
    else dropped++;
  };
  const done = (): CertificateCheck => {
    if (dropped > 0) problems.push(`... and ${dropped} more`);
    return { ok: problems.length === 0, problems };
  };
  const { assignment, potentials, movePrice } = plan;
  if (assignment.length !== N) report(`assignment has ${assignment.length} entries for ${N} employees`);
  if (potentials.post.length !== P) report(`potentials have ${potentials.post.length} posts, expected ${P}`);
  if (!(Number.isInteger(movePrice) && movePrice >= 0 && movePrice <= MAX_COST)) report(`move price ${movePrice} is not an integer in [0, ${MAX_COST}]`);
  if (problems.length > 0) return done();
  const price = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    price[p] = postPrice(potentials, p);
    if (!Number.isFinite(price[p]!)) report(`post ${p}: price ${price[p]} is not finite`);
  }
  if (problems.length > 0) return done();

  const n = new Int32Array(P);
  let objective = 0, moves = 0;
  for (let e = 0; e < N; e++) {
    const x = assignment[e]!;
    let own = -1, best = Infinity, bestPost = -1;
    for (let k = optStart[e]!, end = optStart[e + 1]!; k < end; k++) {
      const q = optPost[k]!;
      const value = optCost[k]! + (q === home[e] ? 0 : movePrice) + price[q]!;
      if (q === x) own = k;
      if (value < best) {
        best = value;
        bestPost = q;
      }
    }
    if (own < 0) {
      report(`employee ${e}: post ${x} is not one of its options`);
      continue;
    }
    n[x]!++;
    objective += optCost[own]!;
    if (x !== home[e]) moves++;
    const ownValue = optCost[own]! + (x === home[e] ? 0 : movePrice) + price[x]!;
    if (ownValue > best) report(`employee ${e}: post ${x} costs ${ownValue} at these prices, post ${bestPost} only ${best}`);
  }
  for (let p = 0; p < P; p++) {
    const from = slotStart[p]!, slots = slotStart[p + 1]! - from, k = n[p]!;
    if (k > slots) {
      report(`post ${p}: ${k} people for ${slots} slots`);
      continue;
    }
    for (let s = from; s < from + k; s++) objective += slotCost[s]!;
    if (k > 0 && slotCost[from + k - 1]! > price[p]!) report(`post ${p}: price ${price[p]} is below its last used slot (${slotCost[from + k - 1]})`);
    if (k < slots && slotCost[from + k]! < price[p]!) report(`post ${p}: price ${price[p]} is above its next slot (${slotCost[from + k]})`);
  }
  if (problems.length === 0) {
    if (objective !== plan.objective) report(`objective ${plan.objective} differs from the assignment's ${objective}`);
    if (moves !== plan.moves) report(`moves ${plan.moves} differs from the assignment's ${moves}`);
  }
  return done();
}
