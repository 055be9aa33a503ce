/**
 * The `summary` command's content: per-unit balance, the balance metrics and upcoming retirements,
 * gathered from core and written as a text report or as JSON.
 */
import { analyseBalance, toBalanceInput, type BalanceMetrics, type Standing } from '../core/balance';
import { firstOfMonthAfter } from '../core/dates';
import { employeeRetirementDate } from '../core/employee';
import type { Scenario } from '../core/scenario/schema';
import { fixed, formatPairs, formatTable } from './table';

/** Window for "upcoming" retirements, in months after the scenario's reference date. */
export const RETIREMENT_WINDOW_MONTHS = 36;

export interface UnitSummary {
  id: string;
  name: string;
  /** Need in FTE (fractional) and as shown (rounded half-up, at least 1 where there is workload). */
  need: number;
  needRounded: number;
  headcount: number;
  /** need / headcount; null when nobody is placed in the unit. */
  ej: number | null;
  standing: Standing;
  vacantPosts: number;
  overloadedPosts: number;
}

export interface Summary {
  scenario: { id: string; name: string; asOf: string; fictional: boolean };
  units: UnitSummary[];
  metrics: BalanceMetrics;
  settings: { wkeMinutes: number; overloadTolerance: number };
  retirements: {
    /** Counted from (exclusive) and up to (inclusive): the same window as the app's dashboard. */
    after: string;
    until: string;
    months: number;
    count: number;
    /** People whose retirement date is on or before the reference date but who are still in the file. */
    alreadyDue: number;
  };
}

/** Computes the summary of a validated scenario. */
export function summarise(s: Scenario): Summary {
  const report = analyseBalance(toBalanceInput(s));
  const units: UnitSummary[] = report.units.map(({ id, ...row }, i) => ({ id, name: s.units[i]?.name ?? id, ...row }));
  const asOf = s.meta.asOf;
  const until = firstOfMonthAfter(asOf, RETIREMENT_WINDOW_MONTHS);
  let count = 0;
  let alreadyDue = 0;
  for (const e of s.employees) {
    const date = employeeRetirementDate(e);
    if (date <= asOf) alreadyDue++;
    else if (date <= until) count++;
  }
  return {
    scenario: { id: s.meta.id, name: s.meta.name, asOf, fictional: s.meta.fictional },
    units,
    metrics: report.metrics,
    settings: { wkeMinutes: s.settings.wkeMinutes, overloadTolerance: s.settings.overloadTolerance },
    retirements: { after: asOf, until, months: RETIREMENT_WINDOW_MONTHS, count, alreadyDue },
  };
}

function standingLabel(standing: Standing): string {
  if (standing === 'vacant') return 'VACANT';
  if (standing === 'idle') return '-';
  return standing;
}

/** The summary as a text report for the terminal. */
export function formatSummary(summary: Summary): string {
  const { scenario, metrics, retirements, settings } = summary;
  const title = `${scenario.name} (as of ${scenario.asOf})${scenario.fictional ? ' [fictional data]' : ''}`;
  const table = formatTable(
    [
      { header: 'Unit' },
      { header: 'Need FTE', align: 'right' },
      { header: 'Need', align: 'right' },
      { header: 'Staff', align: 'right' },
      { header: 'EJ', align: 'right' },
      { header: 'Band' },
    ],
    summary.units.map((u) => [
      u.name,
      fixed(u.need, 2),
      String(u.needRounded),
      String(u.headcount),
      fixed(u.ej, 2),
      standingLabel(u.standing),
    ]),
  );
  const pairs: [string, string][] = [
    ['Total need (FTE)', fixed(metrics.totalNeed, 2)],
    ['Total staff placed', String(metrics.totalHeadcount)],
    ['Misallocation index', `${fixed(metrics.misallocationIndex, 3)}  (sum |staff - need| / sum need; 0 is exact)`],
    ['Vacant posts', `${metrics.vacantPosts}  (need but nobody placed)`],
    ['Overloaded posts', `${metrics.overloadedPosts}  (EJ above ${fixed(1 + settings.overloadTolerance, 2)})`],
    ['Under-used posts', `${metrics.underusedPosts}  (EJ band D or E)`],
    ['Max EJ', fixed(metrics.maxEj, 2)],
    ['EJ spread', `${fixed(metrics.ejSpread, 2)}  (standard deviation over staffed posts)`],
    ['Retirements, next 3 years', `${retirements.count}  (after ${retirements.after}, up to ${retirements.until})`],
  ];
  if (retirements.alreadyDue > 0) {
    pairs.push(['Already past retirement', `${retirements.alreadyDue}  (retirement date on or before ${retirements.after})`]);
  }
  return `${title}\nEJ = need / staff: above 1 overloaded, below 1 spare capacity (WKE ${settings.wkeMinutes} min/year)\n\n${table}\n${formatPairs(pairs)}`;
}
