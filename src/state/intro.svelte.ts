/**
 * Progress through the guided introduction: which step is showing, whether the tour is open, and
 * whether it was finished. Kept in localStorage, so a tour closed halfway resumes at the same step.
 */
const STORAGE_KEY = 'seimbang.intro';

export interface IntroProgress {
  step: number;
  done: boolean;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStore(): Store | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export class IntroState {
  /** Index of the step on screen (0-based). */
  step = $state(0);
  open = $state(false);
  done = $state(false);

  constructor(
    readonly count: number,
    private readonly store: Store | null = defaultStore(),
  ) {
    const saved = this.load();
    if (saved) {
      this.step = Math.min(Math.max(0, Math.floor(saved.step)), count - 1);
      this.done = saved.done;
    }
  }

  /** True when a tour was left halfway: the entry point offers to continue it. */
  get resumable(): boolean {
    return !this.done && this.step > 0;
  }

  get first(): boolean {
    return this.step === 0;
  }

  get last(): boolean {
    return this.step === this.count - 1;
  }

  /** Opens the tour where it was left, or from the start when it was finished or never begun. */
  start(): void {
    if (this.done) {
      this.step = 0;
      this.done = false;
    }
    this.open = true;
    this.save();
  }

  next(): void {
    if (this.last) return this.finish();
    this.step++;
    this.save();
  }

  back(): void {
    if (this.step > 0) this.step--;
    this.save();
  }

  /** Closes the tour and keeps the step, so it can be resumed later. */
  skip(): void {
    this.open = false;
    this.save();
  }

  finish(): void {
    this.open = false;
    this.done = true;
    this.step = 0;
    this.save();
  }

  private load(): IntroProgress | null {
    try {
      const raw = this.store?.getItem(STORAGE_KEY);
      if (!raw) return null;
      const value = JSON.parse(raw) as Partial<IntroProgress>;
      if (typeof value.step !== 'number' || !Number.isFinite(value.step)) return null;
      return { step: value.step, done: value.done === true };
    } catch {
      return null;
    }
  }

  private save(): void {
    try {
      this.store?.setItem(STORAGE_KEY, JSON.stringify({ step: this.step, done: this.done } satisfies IntroProgress));
    } catch {
      // Storage may be full or disabled: the tour still works for this visit.
    }
  }
}
