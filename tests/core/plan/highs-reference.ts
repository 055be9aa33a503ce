/**
 * The independent reference: the planning problem as a linear program, solved by HiGHS (npm `highs`).
 *
 *   minimise  sum_{e,q} cost(e,q) x_{e,q} + sum_{p,k} slotCost(p,k) y_{p,k}
 *   s.t.      sum_q x_{e,q} = 1                      for every employee e
 *             sum_e x_{e,p} - sum_k y_{p,k} = 0       for every post p
 *             0 <= x, y <= 1
 *
 * cost(e,q) = optCost(e,q) + movePrice when q is not e's home post. The matrix is totally unimodular
 * (a network), so the LP optimum equals the integer optimum.
 */
import highsLoader from 'highs';
import type { PlanningProblem } from '../../../src/core/plan/problem';

export type HighsInstance = Awaited<ReturnType<typeof highsLoader>>;

let loaded: Promise<HighsInstance> | undefined;
/** Loads the wasm module once per process. */
export function loadHighs(): Promise<HighsInstance> {
  loaded ??= highsLoader();
  return loaded;
}

const term = (coefficient: number, name: string): string =>
  coefficient < 0 ? ` - ${-coefficient} ${name}` : ` + ${coefficient} ${name}`;

/** The LP in CPLEX LP format: variables x<e>_<q>, y<p>_<k>; rows e<e>, p<p>. */
export function lpText(problem: PlanningProblem, movePrice = 0): string {
  const { postCount: P, employeeCount: N, slotStart, slotCost, optStart, optPost, optCost, home } = problem;
  const out: string[] = ['Minimize', ' obj:'];
  let line = '';
  const flush = (): void => {
    if (line.length > 0) out.push(line);
    line = '';
  };
  const add = (s: string): void => {
    line += s;
    if (line.length > 200) flush();
  };
  for (let e = 0; e < N; e++) {
    for (let k = optStart[e]!; k < optStart[e + 1]!; k++) {
      add(term(optCost[k]! + (optPost[k] === home[e] ? 0 : movePrice), `x${e}_${optPost[k]}`));
    }
  }
  for (let p = 0; p < P; p++) for (let s = slotStart[p]!; s < slotStart[p + 1]!; s++) add(term(slotCost[s]!, `y${p}_${s - slotStart[p]!}`));
  flush();
  out.push('Subject To');
  for (let e = 0; e < N; e++) {
    add(` e${e}:`);
    for (let k = optStart[e]!; k < optStart[e + 1]!; k++) add(` + x${e}_${optPost[k]}`);
    add(' = 1');
    flush();
  }
  const atPost: number[][] = Array.from({ length: P }, () => []);
  for (let e = 0; e < N; e++) for (let k = optStart[e]!; k < optStart[e + 1]!; k++) atPost[optPost[k]!]!.push(e);
  for (let p = 0; p < P; p++) {
    if (atPost[p]!.length === 0 && slotStart[p + 1] === slotStart[p]) continue;
    add(` p${p}:`);
    for (const e of atPost[p]!) add(` + x${e}_${p}`);
    for (let s = slotStart[p]!; s < slotStart[p + 1]!; s++) add(` - y${p}_${s - slotStart[p]!}`);
    add(' = 0');
    flush();
  }
  out.push('Bounds');
  for (let e = 0; e < N; e++) for (let k = optStart[e]!; k < optStart[e + 1]!; k++) out.push(` 0 <= x${e}_${optPost[k]} <= 1`);
  for (let p = 0; p < P; p++) for (let s = slotStart[p]!; s < slotStart[p + 1]!; s++) out.push(` 0 <= y${p}_${s - slotStart[p]!} <= 1`);
  out.push('End');
  return out.join('\n');
}

export interface HighsAnswer {
  status: string;
  /** Optimal objective rounded to an integer (NaN unless status is Optimal). */
  objective: number;
}

/** Solves the LP text form with HiGHS. */
export function solveWithHighs(highs: HighsInstance, problem: PlanningProblem, movePrice = 0): HighsAnswer {
  const result = highs.solve(lpText(problem, movePrice), { output_flag: false });
  return { status: result.Status, objective: result.Status === 'Optimal' ? Math.round(result.ObjectiveValue) : NaN };
}

/**
 * Solves the same LP passed as sparse arrays (no text parsing): the fair timing for large problems.
 * Returns the model status ('Optimal', 'Time limit reached', or the numeric code) and the rounded objective.
 */
export function solveWithHighsModel(highs: HighsInstance, problem: PlanningProblem, movePrice = 0, timeLimitSeconds = Infinity): HighsAnswer {
  const { postCount: P, employeeCount: N, slotStart, slotCost, optStart, optPost, optCost, home } = problem;
  const M = optPost.length, S = slotCost.length;
  const numCols = M + S, numRows = N + P;
  const colCost = new Float64Array(numCols);
  const starts = new Int32Array(numCols + 1);
  const indices = new Int32Array(2 * M + S);
  const values = new Float64Array(2 * M + S);
  let nz = 0;
  for (let e = 0; e < N; e++) {
    for (let k = optStart[e]!; k < optStart[e + 1]!; k++) {
      colCost[k] = optCost[k]! + (optPost[k] === home[e] ? 0 : movePrice);
      starts[k] = nz;
      indices[nz] = e;
      values[nz++] = 1;
      indices[nz] = N + optPost[k]!;
      values[nz++] = 1;
    }
  }
  for (let p = 0; p < P; p++) {
    for (let s = slotStart[p]!; s < slotStart[p + 1]!; s++) {
      colCost[M + s] = slotCost[s]!;
      starts[M + s] = nz;
      indices[nz] = N + p;
      values[nz++] = -1;
    }
  }
  starts[numCols] = nz;
  const rowLower = new Float64Array(numRows), rowUpper = new Float64Array(numRows);
  rowLower.fill(1, 0, N);
  rowUpper.fill(1, 0, N);
  return highs.withModel(
    {
      numCols, numRows, colCost,
      colLower: new Float64Array(numCols), colUpper: new Float64Array(numCols).fill(1),
      rowLower, rowUpper,
      matrix: { format: 'csc', numRows, numCols, starts, indices, values },
    },
    (model) => {
      model.options.set({ output_flag: false });
      if (Number.isFinite(timeLimitSeconds)) model.options.set({ time_limit: timeLimitSeconds });
      model.run();
      const status = model.getModelStatus();
      const optimal = status === highs.constants.modelStatus.optimal;
      const name = optimal ? 'Optimal' : status === highs.constants.modelStatus.timeLimit ? 'Time limit reached' : `status ${status}`;
      return { status: name, objective: optimal ? Math.round(model.getObjectiveValue()) : NaN };
    },
  );
}
