/**
 * The simulation of the open scenario: the expected course of every unit (recomputed after each
 * change of events), the seeded Monte Carlo with its progress, and cancelling it.
 * The Monte Carlo runs in a worker of its own, so that cancelling (stopping that worker) is immediate
 * and leaves the planner's worker alone.
 */
import type { Scenario } from '../core/scenario/schema';
import type { SameDrawsComparison } from '../core/simulate/sameDraws';
import type { ExpectedResponse, MonteCarloResponse } from '../worker/api';
import type { Engine } from './engine';
import type { ScenarioState } from './scenario.svelte';
import { buildEvent, newEventId, type EventForm } from './simulationEvents';

/** Runs of the before/after comparison of a change (at most; fewer when the page asks for fewer). */
export const CHANGE_RUNS = 1000;

export class SimulationState {
  horizonYears = $state(5);
  runs = $state(1000);
  seed = $state(1);
  expected = $state.raw<ExpectedResponse | null>(null);
  /** The expected course before the last change of events, for "what changes". */
  previous = $state.raw<ExpectedResponse | null>(null);
  monteCarlo = $state.raw<MonteCarloResponse | null>(null);
  /** The running Monte Carlo's work done, in percent, and its number of runs. */
  progress = $state<{ percent: number; runs: number } | null>(null);
  running = $state(false);
  cancelled = $state(false);
  error = $state<string | null>(null);
  /** Before/after of the last change of events on the same random draws, while and once computed. */
  changes = $state.raw<SameDrawsComparison | null>(null);
  changesRunning = $state(false);
  /** A month range drawn on the timeline (`YYYY-MM`), for the spike form; `serial` tells drawings apart. */
  drawnSpike = $state<{ from: string; to: string; serial: number } | null>(null);
  private ticket = 0;
  private changeTicket = 0;

  constructor(
    private readonly scenario: ScenarioState,
    private readonly engine: Engine,
    private readonly monteCarloEngine: Engine,
  ) {}

  reset(): void {
    this.cancel();
    this.expected = null;
    this.previous = null;
    this.changes = null;
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
      if (ticket !== this.ticket) return;
      // The Monte Carlo's own worker reads the scenario now, not when asked to run.
      if (!this.running) void this.monteCarloEngine.prepare?.(s.meta.id).catch(() => undefined);
      this.expected = result;
      // A Monte Carlo over another horizon no longer matches what is shown.
      if (this.monteCarlo && this.monteCarlo.months !== result.months) this.monteCarlo = null;
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
    this.progress = { percent: 0, runs: this.runs };
    try {
      await this.scenario.flushed();
      const result = await this.monteCarloEngine.monteCarlo(
        s.meta.id,
        { horizonYears: this.horizonYears, runs: this.runs, seed: this.seed },
        (done, total) => {
          if (this.running) this.progress = { percent: Math.floor((100 * done) / total), runs: this.runs };
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
    const before = this.scenario.scenario?.events ?? [];
    this.previous = this.expected;
    this.monteCarlo = null;
    await this.scenario.updateEvents(events);
    await this.runExpected();
    void this.compareChange(before);
  }

  /** The Monte Carlo before and after the change, on the same draws (seed and runs of the page). */
  private async compareChange(before: Scenario['events']): Promise<void> {
    const s = this.scenario.scenario;
    if (!s) return;
    const ticket = ++this.changeTicket;
    this.changes = null;
    this.changesRunning = true;
    try {
      await this.scenario.flushed();
      const runs = Math.max(1, Math.min(CHANGE_RUNS, Math.floor(this.runs) || CHANGE_RUNS));
      const result = await this.monteCarloEngine.whatChanges(s.meta.id, before, { horizonYears: this.horizonYears, runs, seed: this.seed });
      if (ticket === this.changeTicket) this.changes = result;
    } catch (error) {
      // Stopped with the Monte Carlo worker (a cancel): the deterministic comparison stays.
      if (ticket === this.changeTicket && !this.cancelled) this.error = (error as Error).message;
    } finally {
      if (ticket === this.changeTicket) this.changesRunning = false;
    }
  }

  /**
   * Adds the event a form describes, or with `editId` puts it in place of that event (same id and
   * place in the list). Returns a message key when the form is wrong.
   */
  async saveEvent(form: EventForm, editId: string | null = null): Promise<string | null> {
    const s = this.scenario.scenario;
    if (!s) return null;
    const index = editId === null ? -1 : s.events.findIndex((e) => e.id === editId);
    if (editId !== null && index < 0) return 'simx.error.gone';
    const id = editId ?? newEventId(s.events, form.kind);
    const built = buildEvent(s, this.scenario.people, form, id, index >= 0 ? s.events[index]! : null);
    if (typeof built === 'string') return built;
    const events = [...s.events];
    if (index >= 0) events[index] = built;
    else events.push(built);
    await this.changeEvents(events);
    return null;
  }

  /** A month range drawn on the timeline, month numbers from month 0, for the spike form. */
  drawSpike(from: number, to: number): void {
    const start = this.expected?.startMonth;
    if (start === undefined) return;
    const label = (m: number) => {
      const i = start + m;
      return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    };
    this.drawnSpike = { from: label(Math.min(from, to)), to: label(Math.max(from, to)), serial: (this.drawnSpike?.serial ?? 0) + 1 };
  }

  async removeEvent(id: string): Promise<void> {
    const s = this.scenario.scenario;
    if (!s) return;
    await this.changeEvents(s.events.filter((e) => e.id !== id));
  }
}
