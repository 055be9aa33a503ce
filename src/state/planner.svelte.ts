/**
 * The transfer plan being reviewed: the engine's proposal, the user's decisions on it (accept, reject,
 * pin, manual moves), undo and redo of those decisions, and saving the plan into the scenario.
 */
import { NO_DECISIONS, type PlanDecisions } from '../core/plan/build';
import type { FrontierPoint } from '../core/plan/frontier';
import type { PlanComparison } from '../core/plan/compare';
import type { WhyNotAnswer } from '../core/plan/whyNot';
import type { Scenario } from '../core/scenario/schema';
import type { PlanResponse } from '../worker/api';
import type { Engine } from './engine';
import type { ScenarioState } from './scenario.svelte';

export const DRAFT_PLAN_ID = 'draft';
/** Ids of the planned-transfer events written by "apply to the simulation". */
export const PLAN_TRANSFER_PREFIX = 'rencana';

export type MoveStatus = 'proposed' | 'accepted' | 'manual';
type SavedPlan = Scenario['plans'][number];

interface Snapshot {
  decisions: PlanDecisions;
  manual: readonly string[];
}

export class PlannerState {
  planDate = $state('');
  /** Move cap; null for none. */
  maxMoves = $state<number | null>(null);
  /** Price per move of a frontier point the user picked (used when there is no cap). */
  movePrice = $state(0);
  frontier = $state.raw<FrontierPoint[]>([]);
  /** Id of the demand spike planned for (temporary assignments), or '' for a permanent plan. */
  spikeId = $state('');
  result = $state.raw<PlanResponse | null>(null);
  decisions = $state.raw<PlanDecisions>(NO_DECISIONS);
  /** NIPs whose forced move was made by hand rather than accepted from a proposal. */
  manual = $state.raw<readonly string[]>([]);
  busy = $state(false);
  error = $state<string | null>(null);
  /** True when decisions changed since the last solve: the plan shown may not be optimal for them. */
  stale = $state(false);
  private frontierTicket = 0;
  private undoStack = $state.raw<Snapshot[]>([]);
  private redoStack = $state.raw<Snapshot[]>([]);
  canUndo = $derived(this.undoStack.length > 0);
  canRedo = $derived(this.redoStack.length > 0);

  constructor(
    private readonly scenario: ScenarioState,
    private readonly engine: Engine,
  ) {}

  /** Forgets the plan of a previous scenario. */
  reset(): void {
    this.result = null;
    this.frontier = [];
    this.decisions = NO_DECISIONS;
    this.manual = [];
    this.undoStack = [];
    this.redoStack = [];
    this.maxMoves = null;
    this.movePrice = 0;
    this.stale = false;
    this.error = null;
    this.planDate = '';
    this.spikeId = '';
  }

  /** Status of a proposed move under the current decisions. */
  statusOf(nip: string): MoveStatus {
    if (!this.decisions.forced.some(([n]) => n === nip)) return 'proposed';
    return this.manual.includes(nip) ? 'manual' : 'accepted';
  }

  /** Restores the saved draft plan of the open scenario (its date and decisions) and solves it again. */
  async restore(planId: string = DRAFT_PLAN_ID): Promise<void> {
    const s = this.scenario.scenario;
    if (!s) return;
    const saved = s.plans.find((p) => p.id === planId);
    if (planId !== DRAFT_PLAN_ID && saved) {
      this.undoStack = [...this.undoStack, { decisions: this.decisions, manual: this.manual }];
      this.redoStack = [];
    }
    this.planDate = saved?.planDate ?? s.meta.asOf;
    const cap = saved?.settings['maxMoves'];
    this.maxMoves = typeof cap === 'number' ? cap : null;
    const price = saved?.settings['movePrice'];
    this.movePrice = typeof price === 'number' && this.maxMoves === null ? price : 0;
    if (saved) {
      this.decisions = {
        pinned: saved.moves.filter((m) => m.decision === 'pinned').map((m) => m.nip),
        rejected: saved.moves.filter((m) => m.decision === 'rejected').map((m) => [m.nip, m.toPostId] as const),
        forced: saved.moves.filter((m) => m.decision === 'accepted' || m.decision === 'manual').map((m) => [m.nip, m.toPostId] as const),
      };
      this.manual = saved.moves.filter((m) => m.decision === 'manual').map((m) => m.nip);
      await this.propose();
    }
  }

  /** Solves with the current date and decisions. */
  async propose(): Promise<void> {
    const s = this.scenario.scenario;
    if (!s) return;
    this.busy = true;
    this.error = null;
    try {
      await this.scenario.flushed();
      const spike = s.events.find((e) => e.id === this.spikeId && e.type === 'demand-spike');
      const window = spike && spike.type === 'demand-spike' ? { start: spike.start, end: spike.end } : null;
      const options = { planDate: this.planDate || s.meta.asOf, decisions: this.decisions, window };
      globalThis.performance?.mark?.('seimbang:plan-requested');
      const result = await this.engine.proposePlan(s.meta.id, { ...options, maxMoves: this.maxMoves, movePrice: this.movePrice });
      globalThis.performance?.mark?.('seimbang:plan-received');
      // Draw the answer in a task of its own, apart from the one that received it.
      await new Promise((resolve) => setTimeout(resolve, 0));
      this.result = result;
      // The frontier takes several solves; it follows the plan rather than holding it back.
      this.frontier = [];
      const ticket = ++this.frontierTicket;
      void this.engine.planFrontier(s.meta.id, options).then(
        (points) => {
          if (ticket === this.frontierTicket) this.frontier = points;
        },
        () => undefined,
      );
      this.stale = false;
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.busy = false;
    }
  }

  /** Why a person is not moved to a post under the current date and decisions. */
  async whyNot(nip: string, postId: string): Promise<WhyNotAnswer> {
    const s = this.scenario.scenario;
    if (!s) return { kind: 'unknown' };
    await this.scenario.flushed();
    return this.engine.whyNot(s.meta.id, { planDate: this.planDate || s.meta.asOf, decisions: this.decisions, movePrice: this.movePrice }, nip, postId);
  }

  /**
   * Writes the plan's moves into the scenario as planned transfers (replacing those of an earlier
   * application), so that the simulation shows the plan's effect and, for a spike, the return.
   */
  async applyToSimulation(): Promise<number> {
    const s = this.scenario.scenario;
    const r = this.result;
    if (!s || !r) return 0;
    const { transfersOf } = await import('../core/plan/plan');
    const events = [...s.events.filter((e) => !e.id.startsWith(PLAN_TRANSFER_PREFIX)), ...transfersOf(r.moves, PLAN_TRANSFER_PREFIX)];
    await this.scenario.updateEvents(events);
    return r.moves.length;
  }

  /** Picks a corner of the frontier: its price per move gives exactly that plan. */
  async selectPoint(point: FrontierPoint): Promise<void> {
    this.maxMoves = null;
    this.movePrice = point.movePrice;
    await this.propose();
  }

  private change(decisions: PlanDecisions, manual: readonly string[] = this.manual): void {
    this.undoStack = [...this.undoStack, { decisions: this.decisions, manual: this.manual }];
    this.redoStack = [];
    this.decisions = decisions;
    this.manual = manual;
    this.stale = true;
  }

  private withoutPerson(d: PlanDecisions, nip: string): PlanDecisions {
    return {
      pinned: d.pinned.filter((n) => n !== nip),
      rejected: d.rejected,
      forced: d.forced.filter(([n]) => n !== nip),
    };
  }

  accept(nip: string, toPostId: string): void {
    const d = this.withoutPerson(this.decisions, nip);
    this.change({ ...d, forced: [...d.forced, [nip, toPostId]] }, this.manual.filter((n) => n !== nip));
    this.stale = false; // accepting a proposed move keeps the plan optimal
  }

  reject(nip: string, toPostId: string): void {
    const d = this.withoutPerson(this.decisions, nip);
    this.change({ ...d, rejected: [...d.rejected, [nip, toPostId]] }, this.manual.filter((n) => n !== nip));
  }

  /** Keeps a person where they are today. */
  pin(nip: string): void {
    const d = this.withoutPerson(this.decisions, nip);
    this.change({ ...d, pinned: [...d.pinned, nip] }, this.manual.filter((n) => n !== nip));
  }

  /** Takes back a rejection or a pin. */
  release(nip: string, toPostId?: string): void {
    const d = this.decisions;
    this.change({
      pinned: d.pinned.filter((n) => n !== nip),
      rejected: d.rejected.filter(([n, p]) => !(n === nip && (toPostId === undefined || p === toPostId))),
      forced: d.forced,
    });
  }

  addManualMove(nip: string, toPostId: string): void {
    const d = this.withoutPerson(this.decisions, nip);
    this.change({ ...d, forced: [...d.forced, [nip, toPostId]] }, [...this.manual.filter((n) => n !== nip), nip]);
  }

  acceptAll(): void {
    const moves = this.result?.moves ?? [];
    const d = this.decisions;
    const forced = new Map(d.forced.map(([n, p]) => [n, p] as const));
    for (const m of moves) if (!forced.has(m.nip)) forced.set(m.nip, m.toPostId);
    this.change({ ...d, forced: [...forced.entries()] });
    this.stale = false;
  }

  undo(): void {
    const last = this.undoStack.at(-1);
    if (!last) return;
    this.redoStack = [...this.redoStack, { decisions: this.decisions, manual: this.manual }];
    this.undoStack = this.undoStack.slice(0, -1);
    this.decisions = last.decisions;
    this.manual = last.manual;
    this.stale = true;
  }

  redo(): void {
    const next = this.redoStack.at(-1);
    if (!next) return;
    this.undoStack = [...this.undoStack, { decisions: this.decisions, manual: this.manual }];
    this.redoStack = this.redoStack.slice(0, -1);
    this.decisions = next.decisions;
    this.manual = next.manual;
    this.stale = true;
  }

  /** The plan as stored in the scenario: proposed and decided moves, rejections and pins. */
  toSavedPlan(name: string): SavedPlan | null {
    const r = this.result;
    const s = this.scenario.scenario;
    if (!r || !s) return null;
    const people = this.scenario.people;
    const postOf = (nip: string) => {
      const i = people.indexOf(nip);
      return i < 0 ? null : people.postOf(i);
    };
    const moves: SavedPlan['moves'] = r.moves.map((m) => ({
      nip: m.nip, fromPostId: m.fromPostId, toPostId: m.toPostId, kind: m.kind, effective: m.effective, endDate: m.endDate,
      decision: this.statusOf(m.nip),
    }));
    for (const [nip, post] of this.decisions.rejected) {
      moves.push({ nip, fromPostId: postOf(nip), toPostId: post, kind: 'permanent', effective: r.planDate, endDate: null, decision: 'rejected' });
    }
    for (const nip of this.decisions.pinned) {
      const home = postOf(nip);
      if (home) moves.push({ nip, fromPostId: home, toPostId: home, kind: 'permanent', effective: r.planDate, endDate: null, decision: 'pinned' });
    }
    return {
      id: DRAFT_PLAN_ID, name, createdAt: new Date().toISOString(), planDate: r.planDate, seed: 0,
      scenarioHash: r.scenarioHash, settings: { movePrice: r.movePrice, maxMoves: this.maxMoves }, objective: r.objective, moves,
    };
  }

  async save(name: string): Promise<void> {
    const plan = this.toSavedPlan(name);
    if (plan) await this.scenario.savePlan(plan);
  }

  /** Keeps the current plan under its own name, beside the draft, for comparison. */
  async saveAs(name: string): Promise<string | null> {
    const plan = this.toSavedPlan(name);
    const s = this.scenario.scenario;
    if (!plan || !s) return null;
    let n = s.plans.length + 1;
    while (s.plans.some((p) => p.id === `plan-${n}`)) n++;
    const id = `plan-${n}`;
    await this.scenario.savePlan({ ...plan, id });
    return id;
  }

  /** Saved plans side by side, computed in the worker on the scenario as it is now. */
  async compare(planIds: string[]): Promise<PlanComparison[]> {
    const s = this.scenario.scenario;
    if (!s) return [];
    await this.scenario.flushed();
    return this.engine.comparePlans(s.meta.id, [...planIds]); // a plain copy: reactive proxies cannot cross to the worker
  }
}
