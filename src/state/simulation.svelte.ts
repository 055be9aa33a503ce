/**
 * The simulation of the open scenario: the expected course of every unit (recomputed after each
 * change of events), the seeded Monte Carlo with its progress, and cancelling it.
 * The Monte Carlo runs in a worker of its own, so that cancelling (stopping that worker) is immediate
 * and leaves the planner's worker alone.
 */
import { daysInMonth, formatIsoDate } from '../core/dates';
import type { Scenario } from '../core/scenario/schema';
import type { ExpectedResponse, MonteCarloResponse } from '../worker/api';
import type { Engine } from './engine';
import type { ScenarioState } from './scenario.svelte';

type DemandSpike = Extract<Scenario['events'][number], { type: 'demand-spike' }>;

/** Last day of a month written `YYYY-MM`, as an ISO date. */
function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return formatIsoDate(y!, m!, daysInMonth(y!, m!));
}

export interface SpikeInput {
  unitId: string;
  /** First and last month, `YYYY-MM`. */
  from: string;
  to: string;
  factor: number;
}

export class SimulationState {
  horizonYears = $state(5);
  runs = $state(1000);
  seed = $state(1);
  expected = $state.raw<ExpectedResponse | null>(null);
  /** The expected course before the last change of events, for "what changes". */
  previous = $state.raw<ExpectedResponse | null>(null);
  monteCarlo = $state.raw<MonteCarloResponse | null>(null);
  progress = $state<{ done: number; total: number } | null>(null);
  running = $state(false);
  cancelled = $state(false);
  error = $state<string | null>(null);
  private ticket = 0;

  constructor(
    private readonly scenario: ScenarioState,
    private readonly engine: Engine,
    private readonly monteCarloEngine: Engine,
  ) {}

  reset(): void {
    this.cancel();
    this.expected = null;
    this.previous = null;
    this.monteCarlo = null;
    this.cancelled = false;
    this.error = null;
  }

  /** The expected course over the horizon (fast: one deterministic run). */
  async runExpected(): Promise<void> {
    const s = this.scenario.scenario;
    if (!s) return;
    const ticket = ++this.ticket;
    this.error = null;
    try {
      await this.scenario.flushed();
      const result = await this.engine.simulateExpected(s.meta.id, { horizonYears: this.horizonYears });
      if (ticket === this.ticket) this.expected = result;
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  async runMonteCarlo(): Promise<void> {
    const s = this.scenario.scenario;
    if (!s || this.running) return;
    this.running = true;
    this.cancelled = false;
    this.error = null;
    this.progress = { done: 0, total: this.runs };
    try {
      await this.scenario.flushed();
      const result = await this.monteCarloEngine.monteCarlo(
        s.meta.id,
        { horizonYears: this.horizonYears, runs: this.runs, seed: this.seed },
        (done, total) => {
          if (this.running) this.progress = { done, total };
        },
      );
      if (this.running) this.monteCarlo = result;
    } catch (error) {
      if (!this.cancelled) this.error = (error as Error).message;
    } finally {
      this.running = false;
      this.progress = null;
    }
  }

  /** Stops a running Monte Carlo at once. */
  cancel(): void {
    if (!this.running) return;
    this.cancelled = true;
    this.running = false;
    this.progress = null;
    this.monteCarloEngine.stop();
  }

  private async changeEvents(events: Scenario['events']): Promise<void> {
    this.previous = this.expected;
    this.monteCarlo = null;
    await this.scenario.updateEvents(events);
    await this.runExpected();
  }

  /** Adds a demand spike on a unit for whole months; returns a message key when the input is wrong. */
  async addSpike(input: SpikeInput): Promise<string | null> {
    const s = this.scenario.scenario;
    if (!s) return null;
    if (!s.units.some((u) => u.id === input.unitId)) return 'sim.error.unit';
    if (!/^\d{4}-\d{2}$/.test(input.from) || !/^\d{4}-\d{2}$/.test(input.to)) return 'sim.error.month';
    if (input.to < input.from) return 'sim.error.order';
    if (!(input.factor > 0 && input.factor <= 100)) return 'sim.error.factor';
    const spike: DemandSpike = {
      id: this.nextId('spike'), type: 'demand-spike', unitId: input.unitId, postId: null, taskId: null,
      start: `${input.from}-01`, end: lastDayOf(input.to), factor: input.factor, extraVolume: null,
    };
    await this.changeEvents([...s.events, spike]);
    return null;
  }

  private nextId(prefix: string): string {
    const events = this.scenario.scenario?.events ?? [];
    let n = events.length + 1;
    while (events.some((e) => e.id === `${prefix}-${n}`)) n++;
    return `${prefix}-${n}`;
  }

  /** Planned hires into a post from a month; the new people's profile follows the post. */
  async addHire(input: { postId: string; month: string; count: number }): Promise<string | null> {
    const s = this.scenario.scenario;
    if (!s) return null;
    const post = s.posts.find((p) => p.id === input.postId);
    if (!post) return 'sim.error.post';
    if (!/^\d{4}-\d{2}$/.test(input.month)) return 'sim.error.month';
    if (!Number.isInteger(input.count) || input.count < 1 || input.count > 1000) return 'sim.error.count';
    const hire: Extract<Scenario['events'][number], { type: 'planned-hire' }> = {
      id: this.nextId('rekrut'), type: 'planned-hire', postId: post.id, start: `${input.month}-01`, count: input.count,
      profile: {
        status: 'PNS', positionType: post.positionType, positionLevel: post.positionType === 'fungsional' ? 'ahli-pertama' : null,
        family: post.family, education: { level: post.minEducation, field: post.educationFields[0] ?? post.field }, age: 26,
      },
    };
    await this.changeEvents([...s.events, hire]);
    return null;
  }

  /** A yearly rate of exits other than retirement, for everyone or one position class. */
  async addExitRate(input: { percent: number; positionType: string | null }): Promise<string | null> {
    const s = this.scenario.scenario;
    if (!s) return null;
    if (!(input.percent >= 0 && input.percent < 100)) return 'sim.error.rate';
    const rate: Extract<Scenario['events'][number], { type: 'exit-rate' }> = {
      id: this.nextId('keluar'), type: 'exit-rate', yearlyRate: input.percent / 100,
      positionType: (input.positionType || null) as Extract<Scenario['events'][number], { type: 'exit-rate' }>['positionType'], minAge: null, maxAge: null,
    };
    await this.changeEvents([...s.events, rate]);
    return null;
  }

  /** A hiring freeze between two months: hires due meanwhile are postponed or cancelled. */
  async addFreeze(input: { from: string; to: string; blocked: 'postpone' | 'cancel' }): Promise<string | null> {
    const s = this.scenario.scenario;
    if (!s) return null;
    if (!/^\d{4}-\d{2}$/.test(input.from) || !/^\d{4}-\d{2}$/.test(input.to)) return 'sim.error.month';
    if (input.to < input.from) return 'sim.error.order';
    const freeze: Extract<Scenario['events'][number], { type: 'hiring-freeze' }> = {
      id: this.nextId('moratorium'), type: 'hiring-freeze', start: `${input.from}-01`, end: lastDayOf(input.to),
      blockedHires: input.blocked,
    };
    await this.changeEvents([...s.events, freeze]);
    return null;
  }

  /** Vacancies filled by a new hire after some months (or left open), for every post. */
  async addBackfill(input: { months: number; backfill: boolean }): Promise<string | null> {
    const s = this.scenario.scenario;
    if (!s) return null;
    if (!Number.isInteger(input.months) || input.months < 0 || input.months > 120) return 'sim.error.delay';
    const rule: Extract<Scenario['events'][number], { type: 'backfill-delay' }> = {
      id: this.nextId('pengisian'), type: 'backfill-delay', unitId: null, postId: null, backfill: input.backfill, months: input.months, replacementAge: 28,
    };
    await this.changeEvents([...s.events, rule]);
    return null;
  }

  async removeEvent(id: string): Promise<void> {
    const s = this.scenario.scenario;
    if (!s) return;
    await this.changeEvents(s.events.filter((e) => e.id !== id));
  }
}
