/**
 * Need per post and per unit for every month of the horizon, from the posts' ABK tasks and the
 * scenario's demand events (spikes and trends).
 *
 * Need of a task in month m, in minutes per year:
 *   (volume x product of the factors of the trends and factor spikes covering it + extra volume of the
 *    spikes on it) x norm minutes
 * and the need of a post is the sum over its tasks divided by WKE (FTE). A trend's factor is
 * (1 + yearlyGrowth)^(k / 12) after k months from the month of its start, frozen after its end month.
 */
import type { DemandSpike, DemandTrend, Scenario } from '../scenario/schema';

export interface DemandContext {
  /** Month index (`year * 12 + month - 1`) of simulation month 0. */
  startMonth: number;
  months: number;
  postIndex: ReadonlyMap<string, number>;
  unitIndex: ReadonlyMap<string, number>;
}

export interface NeedByMonth {
  /** FTE, `postNeed[p * months + m]`. */
  postNeed: Float64Array;
  /** FTE, `unitNeed[u * months + m]`: the sum over the unit's posts. */
  unitNeed: Float64Array;
}

type DemandEvent = DemandSpike | DemandTrend;

/** Multiplier of the event in each month of the horizon (1 where it does not apply). */
function factorByMonth(ev: DemandEvent, ctx: DemandContext, first: number, last: number): Float64Array | null {
  const factors = new Float64Array(ctx.months).fill(1);
  if (ev.type === 'demand-spike') {
    if (ev.factor === null) return null;
    for (let m = Math.max(0, first); m <= Math.min(ctx.months - 1, last); m++) factors[m] = ev.factor;
    return factors;
  }
  const base = 1 + ev.yearlyGrowth;
  for (let m = Math.max(0, first); m < ctx.months; m++) factors[m] = Math.pow(base, (Math.min(m, last) - first) / 12);
  return factors;
}

/** Computes the need matrices. Linear in posts x months plus events x months. */
export function needByMonth(s: Scenario, ctx: DemandContext): NeedByMonth {
  const { months } = ctx;
  const nPosts = s.posts.length;
  const wke = s.settings.wkeMinutes;
  // Whole-post multipliers, and per-task multipliers and extra minutes for events that name a task.
  const postFactor = new Map<number, Float64Array>();
  const taskFactor = new Map<string, Float64Array>();
  const taskExtra = new Map<string, Float64Array>();
  const postsOfUnit = new Map<number, number[]>();
  s.posts.forEach((p, i) => {
    const u = ctx.unitIndex.get(p.unitId) ?? -1;
    const list = postsOfUnit.get(u) ?? [];
    list.push(i);
    postsOfUnit.set(u, list);
  });
  const multiplyInto = <K>(map: Map<K, Float64Array>, key: K, f: Float64Array) => {
    const current = map.get(key);
    if (!current) map.set(key, Float64Array.from(f));
    else for (let m = 0; m < months; m++) current[m]! *= f[m]!;
  };

  for (const ev of s.events) {
    if (ev.type !== 'demand-spike' && ev.type !== 'demand-trend') continue;
    const first = monthOf(ev.start, ctx);
    const last = ev.end === null ? Number.MAX_SAFE_INTEGER : monthOf(ev.end, ctx);
    if (last < 0 || first >= months) continue;
    const factors = factorByMonth(ev, ctx, first, last);
    if (ev.taskId !== null && ev.postId !== null) {
      const key = `${ctx.postIndex.get(ev.postId)}/${ev.taskId}`;
      if (factors) multiplyInto(taskFactor, key, factors);
      else if (ev.type === 'demand-spike' && ev.extraVolume !== null) {
        const post = s.posts[ctx.postIndex.get(ev.postId)!]!;
        const task = post.tasks.find((t) => t.id === ev.taskId);
        if (!task) continue;
        const extra = taskExtra.get(key) ?? new Float64Array(months);
        for (let m = Math.max(0, first); m <= Math.min(months - 1, last); m++) extra[m]! += ev.extraVolume * task.normMinutes;
        taskExtra.set(key, extra);
      }
      continue;
    }
    if (!factors) continue;
    const targets = ev.postId !== null ? [ctx.postIndex.get(ev.postId)!]
      : ev.unitId !== null ? (postsOfUnit.get(ctx.unitIndex.get(ev.unitId)!) ?? [])
        : s.posts.map((_, i) => i);
    for (const p of targets) multiplyInto(postFactor, p, factors);
  }

  const postNeed = new Float64Array(nPosts * months);
  s.posts.forEach((post, p) => {
    const row = postNeed.subarray(p * months, (p + 1) * months);
    for (const task of post.tasks) {
      const key = `${p}/${task.id}`;
      const minutes = task.volume * task.normMinutes;
      const f = taskFactor.get(key);
      if (f) for (let m = 0; m < months; m++) row[m]! += minutes * f[m]!;
      else for (let m = 0; m < months; m++) row[m]! += minutes;
    }
    const f = postFactor.get(p);
    if (f) for (let m = 0; m < months; m++) row[m]! *= f[m]!;
    for (const task of post.tasks) {
      const extra = taskExtra.get(`${p}/${task.id}`);
      if (extra) for (let m = 0; m < months; m++) row[m]! += extra[m]!;
    }
    for (let m = 0; m < months; m++) row[m]! /= wke;
  });

  const unitNeed = new Float64Array(s.units.length * months);
  s.posts.forEach((post, p) => {
    const u = ctx.unitIndex.get(post.unitId);
    if (u === undefined) return;
    for (let m = 0; m < months; m++) unitNeed[u * months + m]! += postNeed[p * months + m]!;
  });
  return { postNeed, unitNeed };
}

/** Simulation month of a date: 0 for the month of `meta.asOf`, negative before it. */
export function monthOf(date: string, ctx: { startMonth: number }): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return year * 12 + month - 1 - ctx.startMonth;
}
