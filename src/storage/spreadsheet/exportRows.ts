/**
 * The tables that office work needs, as plain rows: the unit table of the dashboard, the move list
 * of a plan, and the simulation summary. Headers come through `label` (the page's translation), so
 * the same builders serve both languages; numbers stay numbers (rounded) for the writers.
 */
import type { UnitBalanceRow } from '../../core/balance';
import { COST_PARTS, type CostBreakdown } from '../../core/plan/costs';
import type { MoveExplanation } from '../../core/plan/explain';
import type { Post, Unit } from '../../core/scenario/schema';
import type { CellStatistics } from '../../core/simulate/statistics';
import type { ExportTable, ExportValue } from './csv';

export type Label = (key: string, params?: Record<string, string | number>) => string;

const round = (value: number | null, digits: number): number | null =>
  value === null || !Number.isFinite(value) ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/** One row per unit, in the given order: need, headcount, gap, EJ, band, vacant and overloaded posts. */
export function unitTableRows(units: readonly Unit[], rows: ReadonlyMap<string, UnitBalanceRow>, label: Label): ExportTable {
  return {
    headers: [
      label('col.unit'), label('xchg.col.unitCode'), label('col.need'), label('col.needRounded'), label('col.headcount'),
      label('col.gap'), label('col.ej'), label('col.band'), label('xchg.col.vacantPosts'), label('xchg.col.overloadedPosts'),
    ],
    rows: units.flatMap((unit) => {
      const row = rows.get(unit.id);
      if (!row) return [];
      return [[
        unit.name, unit.code ?? null, round(row.need, 2), row.needRounded, row.headcount, round(row.headcount - row.need, 2),
        round(row.ej, 2), label(`band.${row.standing}`), row.vacantPosts, row.overloadedPosts,
      ]];
    }),
  };
}

export interface MoveLookup {
  posts: ReadonlyMap<string, Post>;
  units: ReadonlyMap<string, Unit>;
  /** The user's decision on the move (proposed, accepted, manual). */
  status: (nip: string) => string;
}

/** A short reason: how the move changes EJ where the person leaves and where they go. */
function reasonSummary(move: MoveExplanation, label: Label): string {
  const ej = (v: number | null) => (v === null ? '–' : (Math.round(v * 100) / 100).toFixed(2));
  const to = label('xchg.reason.to', { before: ej(move.to.ejBefore), after: ej(move.to.ejAfter) });
  const from = move.from ? label('xchg.reason.from', { before: ej(move.from.ejBefore), after: ej(move.from.ejAfter) }) : '';
  return [from, to, move.forced ? label('xchg.reason.forced') : ''].filter((s) => s !== '').join('; ');
}

/** One row per move: who, from where to where, kind, dates, reasons, cost and its parts. */
export function moveListRows(moves: readonly MoveExplanation[], lookup: MoveLookup, label: Label): ExportTable {
  const unitOf = (postId: string | null): string => {
    if (postId === null) return '';
    const post = lookup.posts.get(postId);
    return post ? (lookup.units.get(post.unitId)?.name ?? post.unitId) : '';
  };
  const titleOf = (postId: string | null): string =>
    postId === null ? label('plan.unplaced') : (lookup.posts.get(postId)?.title ?? postId);
  return {
    headers: [
      label('col.nip'), label('col.name'), label('xchg.col.fromUnit'), label('xchg.col.fromPost'), label('xchg.col.toUnit'),
      label('xchg.col.toPost'), label('plan.col.type'), label('plan.col.tmt'), label('xchg.col.endDate'), label('plan.col.status'),
      label('xchg.col.reasons'), label('plan.col.cost'), ...COST_PARTS.map((part) => label(`plan.part.${part}`)),
    ],
    rows: moves.map((m): ExportValue[] => [
      m.nip, m.name, unitOf(m.fromPostId), titleOf(m.fromPostId), unitOf(m.toPostId), titleOf(m.toPostId),
      label(`plan.type.${m.kind}`), m.effective, m.endDate, label(`plan.status.${lookup.status(m.nip)}`),
      reasonSummary(m, label), m.cost, ...COST_PARTS.map((part) => (m.parts as CostBreakdown)[part]),
    ]),
  };
}

/** The simulation's numbers per unit and month, `[u * months + m]`, as the worker returns them. */
export interface SimulationSummaryInput {
  startMonth: number;
  months: number;
  unitIds: readonly string[];
  /** The Monte Carlo per unit; null when it has not been run (the expected course is given instead). */
  monteCarlo: (Pick<CellStatistics, 'ejP10' | 'ejP50' | 'ejP90' | 'vacant' | 'overloaded'>) | null;
  /** The expected course: EJ per unit and month. */
  expectedEj: ArrayLike<number>;
  /** Retirements: month and unit index of each. */
  retirements: { month: ArrayLike<number>; unit: ArrayLike<number> };
}

function monthName(startMonth: number, m: number): string {
  const index = startMonth + m;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * One row per unit and period (month `YYYY-MM`, or calendar year). A year shows the percentiles of
 * its last simulated month, the highest monthly chance of overload and of vacancy, and the sum of
 * its retirements; percentiles of different months cannot be added up honestly.
 */
export function simulationSummaryRows(
  input: SimulationSummaryInput, unitNames: ReadonlyMap<string, string>, period: 'year' | 'month', label: Label,
): ExportTable {
  const { months, unitIds, monteCarlo: mc } = input;
  const key = (m: number) => (period === 'month' ? monthName(input.startMonth, m) : monthName(input.startMonth, m).slice(0, 4));
  const retired = new Map<string, number>();
  for (let i = 0; i < input.retirements.month.length; i++) {
    const k = `${input.retirements.unit[i]}|${key(input.retirements.month[i]!)}`;
    retired.set(k, (retired.get(k) ?? 0) + 1);
  }
  const rows: ExportValue[][] = [];
  unitIds.forEach((unitId, u) => {
    let m = 0;
    while (m < months) {
      const period = key(m);
      let last = m;
      let overloaded = 0;
      let vacant = 0;
      for (; last < months && key(last) === period; last++) {
        if (mc) {
          overloaded = Math.max(overloaded, mc.overloaded[u * months + last]!);
          vacant = Math.max(vacant, mc.vacant[u * months + last]!);
        }
      }
      const at = u * months + last - 1;
      rows.push([
        unitNames.get(unitId) ?? unitId, period, round(input.expectedEj[at]!, 2),
        mc ? round(mc.ejP10[at]!, 2) : null, mc ? round(mc.ejP50[at]!, 2) : null, mc ? round(mc.ejP90[at]!, 2) : null,
        mc ? round(overloaded, 3) : null, mc ? round(vacant, 3) : null, retired.get(`${u}|${period}`) ?? 0,
      ]);
      m = last;
    }
  });
  return {
    headers: [
      label('col.unit'), label(period === 'month' ? 'xchg.col.month' : 'xchg.col.year'), label('xchg.col.ejExpected'),
      label('xchg.col.ejP10'), label('xchg.col.ejP50'), label('xchg.col.ejP90'), label('xchg.col.overloadChance'),
      label('xchg.col.vacancyChance'), label('xchg.col.retirements'),
    ],
    rows,
  };
}
