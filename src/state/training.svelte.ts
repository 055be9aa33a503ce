/**
 * Training: the exercise list (shipped and imported), the trainee's sandbox on one exercise (moves
 * checked at once by the planner's rules, undo, timer, submit, result file), and the facilitator's
 * side (exercise files made from a scenario, result files imported and re-scored). Progress and
 * imported files stay in localStorage across reloads. Scoring runs in a worker of its own.
 */
import { getContext, setContext } from 'svelte';
import { deriveExercise, type Retiree, type TrainingTask } from '../core/training/derive';
import { checkMove, type Refusal, type TraineeMove } from '../core/training/evaluate';
import { exerciseContent, parseExercise, type Exercise } from '../core/training/exercise';
import type { TrainingOptimum } from '../core/training/optimum';
import { parseResult, resultContent, type TrainingResult } from '../core/training/result';
import type { PlanScore } from '../core/training/score';
import { minutesLeft, newProgress, resultOf, type Progress } from '../core/training/session';
import type { Scenario } from '../core/scenario/schema';
import { canonicalJson, sha256Hex } from '../storage/hash';
import { fetchSample } from '../storage/sample';
import { EngineClient } from './engine';
import { checkResult, exerciseHash, readFiles, type CheckedResult, type ExerciseEntry, type FileProblem } from './trainingFiles';

export type { CheckedResult, ExerciseEntry, FileProblem };

/** The engine methods training uses (EngineClient has them; tests call the api in-process). */
export interface TrainingEngine {
  trainingOptimum(key: string, task: TrainingTask): Promise<TrainingOptimum>;
  scoreTrainingPlan(key: string, task: TrainingTask, moves: TraineeMove[]): Promise<{ optimum: TrainingOptimum; score: PlanScore }>;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export interface Session {
  entry: ExerciseEntry;
  task: TrainingTask;
  retired: Retiree[];
}

const KEYS = { exercises: 'seimbang.training.exercises', progress: 'seimbang.training.progress', results: 'seimbang.training.results', trainee: 'seimbang.training.trainee' };
const bundled = import.meta.glob('../../scenarios/exercises/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;

export class TrainingState {
  entries = $state.raw<ExerciseEntry[]>([]);
  ready = $state(false);
  importProblems = $state.raw<FileProblem[]>([]);
  storageError = $state<string | null>(null);
  trainee = $state('');
  session = $state.raw<Session | null>(null);
  progress = $state.raw<Progress | null>(null);
  lastRefusal = $state.raw<{ nip: string; toPostId: string; refusal: Refusal } | null>(null);
  scored = $state.raw<{ optimum: TrainingOptimum; score: PlanScore } | null>(null);
  scoring = $state(false);
  error = $state<string | null>(null);
  results = $state.raw<CheckedResult[]>([]);
  private allProgress: Record<string, Progress> = {};
  private loading: Promise<void> | null = null;

  constructor(
    private readonly engine: TrainingEngine,
    private readonly fetchSample: () => Promise<Scenario>,
    private readonly store: Store,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /** Reads the shipped exercises and everything kept from earlier visits (once). */
  load(): Promise<void> {
    this.loading ??= (async () => {
      const entries: ExerciseEntry[] = [];
      for (const [file, data] of Object.entries(bundled).sort(([a], [b]) => (a < b ? -1 : 1))) {
        const parsed = parseExercise(data);
        if (parsed.ok) entries.push({ exercise: parsed.exercise, hash: await exerciseHash(parsed.exercise), origin: 'bundled' });
        else this.importProblems = [...this.importProblems, { fileName: file, problems: parsed.problems }];
      }
      for (const data of this.read<unknown[]>(KEYS.exercises, [])) {
        const parsed = parseExercise(data);
        if (parsed.ok && !entries.some((e) => e.exercise.id === parsed.exercise.id)) entries.push({ exercise: parsed.exercise, hash: await exerciseHash(parsed.exercise), origin: 'imported' });
      }
      this.entries = entries;
      this.allProgress = this.read<Record<string, Progress>>(KEYS.progress, {});
      this.results = this.read<CheckedResult[]>(KEYS.results, []);
      this.trainee = this.read<string>(KEYS.trainee, '');
      this.ready = true;
    })();
    return this.loading;
  }

  private read<T>(key: string, fallback: T): T {
    try {
      const text = this.store.getItem(key);
      return text === null ? fallback : (JSON.parse(text) as T);
    } catch {
      return fallback;
    }
  }

  private write(key: string, value: unknown): void {
    try {
      this.store.setItem(key, JSON.stringify(value));
      this.storageError = null;
    } catch (error) {
      this.storageError = (error as Error).message;
    }
  }

  entry(id: string): ExerciseEntry | undefined {
    return this.entries.find((e) => e.exercise.id === id);
  }

  /** Progress kept for an exercise (null when never opened). */
  progressOf(id: string): Progress | null {
    return this.allProgress[id] ?? null;
  }

  private readonly tasks = new Map<string, Promise<{ task: TrainingTask; retired: Retiree[] }>>();

  /** The exercise's scenario on its plan date, derived once per version of the exercise. */
  private taskOf(entry: ExerciseEntry): Promise<{ task: TrainingTask; retired: Retiree[] }> {
    let task = this.tasks.get(entry.hash);
    if (!task) {
      task = (async () => {
        const sample = entry.exercise.scenario.source === 'sample' ? await this.fetchSample() : null;
        const derived = deriveExercise(entry.exercise, sample);
        if (!derived.ok) throw new Error(derived.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
        return { task: derived.task, retired: derived.retired };
      })();
      task.catch(() => this.tasks.delete(entry.hash));
      this.tasks.set(entry.hash, task);
    }
    return task;
  }

  /** The scenario an exercise is played on (for names of people and posts). */
  async scenarioOf(entry: ExerciseEntry): Promise<Scenario> {
    return (await this.taskOf(entry)).task.scenario;
  }

  /** Opens the sandbox on an exercise, resuming kept progress made on the same version of it. */
  async open(id: string): Promise<void> {
    await this.load();
    this.error = null;
    this.scored = null;
    this.lastRefusal = null;
    const entry = this.entry(id);
    if (!entry) {
      this.session = null;
      this.error = 'unknown-exercise';
      return;
    }
    try {
      const { task, retired } = await this.taskOf(entry);
      this.session = { entry, task, retired };
    } catch (error) {
      this.session = null;
      this.error = (error as Error).message;
      return;
    }
    const kept = this.allProgress[id];
    this.progress = kept && kept.exerciseHash === entry.hash ? kept : newProgress(id, entry.hash, this.now());
    this.save();
    if (this.progress.result) await this.score();
  }

  private save(): void {
    if (!this.progress) return;
    this.allProgress = { ...this.allProgress, [this.progress.exerciseId]: this.progress };
    this.write(KEYS.progress, this.allProgress);
  }

  /** Minutes left on the clock, or null when the exercise has no time limit. */
  minutesLeft(now = this.now()): number | null {
    return this.progress && this.session ? minutesLeft(this.progress, this.session.entry.exercise.timeLimitMinutes, now) : null;
  }

  get locked(): boolean {
    const left = this.minutesLeft();
    return this.progress?.result != null || (left !== null && left <= 0);
  }

  /** Tries a move: checked at once against the rules and the exercise; refused moves are kept and said why. */
  move(nip: string, toPostId: string): boolean {
    const { session, progress } = this;
    if (!session || !progress || this.locked) return false;
    const check = checkMove(session.task, progress.moves, nip, toPostId);
    const at = this.now();
    if (!check.ok) {
      this.lastRefusal = { nip, toPostId, refusal: check.refusal };
      this.progress = { ...progress, refused: [...progress.refused, { nip, toPostId, refusal: check.refusal, at }] };
      this.save();
      return false;
    }
    this.lastRefusal = null;
    this.progress = { ...progress, moves: [...progress.moves, { nip, toPostId, at }] };
    this.save();
    return true;
  }

  /** Takes back a move (the last one by default). */
  undo(index?: number): void {
    const { progress } = this;
    if (!progress || progress.moves.length === 0 || this.locked) return;
    const at = index ?? progress.moves.length - 1;
    this.progress = { ...progress, moves: progress.moves.filter((_, i) => i !== at), undone: progress.undone + 1 };
    this.lastRefusal = null;
    this.save();
  }

  /** Starts the exercise again from nothing (a new clock). */
  restart(): void {
    const { session } = this;
    if (!session) return;
    this.progress = newProgress(session.entry.exercise.id, session.entry.hash, this.now());
    this.scored = null;
    this.lastRefusal = null;
    this.save();
  }

  setTrainee(name: string): void {
    this.trainee = name;
    this.write(KEYS.trainee, name);
  }

  private async score(): Promise<void> {
    const { session, progress } = this;
    if (!session || !progress) return;
    this.scoring = true;
    try {
      this.scored = await this.engine.scoreTrainingPlan(session.entry.hash, session.task, progress.moves);
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.scoring = false;
    }
  }

  /** Submits the plan: scores it against the optimum and seals the result with its hash. */
  async submit(): Promise<void> {
    const { progress } = this;
    if (!progress || progress.result) return;
    await this.score();
    if (!this.scored || this.progress !== progress) return;
    const content = resultOf(progress, this.trainee || '-', this.scored.score.score, this.scored.score.trainee, this.now());
    const result: TrainingResult = { ...content, contentHash: await sha256Hex(canonicalJson(content)) };
    this.progress = { ...progress, result };
    this.save();
  }

  /** The submitted result as file text, under the trainee's name as entered now. */
  async resultFile(): Promise<string | null> {
    const result = this.progress?.result;
    if (!result) return null;
    const content = { ...resultContent(result), trainee: this.trainee.trim() || result.trainee };
    return JSON.stringify({ ...content, contentHash: await sha256Hex(canonicalJson(content)) }, null, 2);
  }

  /** Imports exercise files; each bad file is reported with its problems, the good ones join the list. */
  async importExercises(files: readonly File[]): Promise<number> {
    await this.load();
    const { good, problems } = await readFiles(files, (data) => {
      const parsed = parseExercise(data);
      return parsed.ok ? { ok: true, value: parsed.exercise } : parsed;
    });
    let added = 0;
    for (const { name, value } of good) {
      try {
        await this.addExercise(value);
        added++;
      } catch (error) {
        problems.push({ fileName: name, problems: [{ path: 'id', message: (error as Error).message }] });
      }
    }
    this.importProblems = problems;
    return added;
  }

  /** Adds (or replaces, same id) an imported exercise and keeps it. */
  async addExercise(x: Exercise): Promise<ExerciseEntry> {
    const entry: ExerciseEntry = { exercise: x, hash: await exerciseHash(x), origin: 'imported' };
    const bundledIds = new Set(this.entries.filter((e) => e.origin === 'bundled').map((e) => e.exercise.id));
    if (bundledIds.has(x.id)) throw new Error(`exercise id ${x.id} is taken by a shipped exercise`);
    this.entries = [...this.entries.filter((e) => e.exercise.id !== x.id), entry];
    this.write(KEYS.exercises, this.entries.filter((e) => e.origin === 'imported').map((e) => e.exercise));
    return entry;
  }

  /** An exercise as file text, with its content hash. */
  static exerciseFile(entry: ExerciseEntry): string {
    return JSON.stringify({ ...exerciseContent(entry.exercise), contentHash: entry.hash }, null, 2);
  }

  /** The best plan of an exercise (for the facilitator's check that it is solvable). */
  async optimumOf(entry: ExerciseEntry): Promise<{ optimum: TrainingOptimum; start: number }> {
    const scored = await this.scoreMoves(entry, []);
    return { optimum: scored.optimum, start: scored.score.start };
  }

  /** Moves scored against an exercise's best plan, in the scoring worker. */
  private async scoreMoves(entry: ExerciseEntry, moves: TraineeMove[]): Promise<{ optimum: TrainingOptimum; score: PlanScore }> {
    const { task } = await this.taskOf(entry);
    return this.engine.scoreTrainingPlan(entry.hash, task, moves);
  }

  /** Imports result files: checks each hash, re-scores its moves against the exercise, and keeps the table. */
  async importResults(files: readonly File[]): Promise<FileProblem[]> {
    await this.load();
    const { good, problems } = await readFiles(files, (data) => {
      const parsed = parseResult(data);
      return parsed.ok ? { ok: true, value: parsed.result } : parsed;
    });
    const checked: CheckedResult[] = [];
    const score = async (entry: ExerciseEntry, moves: TraineeMove[]) => (await this.scoreMoves(entry, moves)).score;
    for (const { name, value } of good) checked.push(await checkResult(name, value, this.entry(value.exercise.id) ?? null, score));
    const names = new Set(checked.map((c) => c.fileName));
    this.results = [...this.results.filter((r) => !names.has(r.fileName)), ...checked];
    this.write(KEYS.results, this.results);
    return problems;
  }

  clearResults(): void {
    this.results = [];
    this.write(KEYS.results, []);
  }
}

/** Exported for component tests, which hand a prepared training state down. */
export const TRAINING_CONTEXT_KEY = Symbol('seimbang-training');
const KEY = TRAINING_CONTEXT_KEY;

/** Hands a training state down the tree (tests, or the app's own). */
export function setTrainingContext(state: TrainingState): TrainingState {
  return setContext(KEY, state);
}

let shared: TrainingState | null = null;

/**
 * The training state of the tree, or the app's own, made on first use with a worker of its own
 * (so that solving an exercise never waits behind the planner or the simulation).
 * Call during component initialisation.
 */
export function useTraining(): TrainingState {
  const given = getContext<TrainingState | undefined>(KEY);
  if (given) return given;
  shared ??= new TrainingState(new EngineClient(), fetchSample, localStorage);
  return shared;
}
