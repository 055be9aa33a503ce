/**
 * The writes of the open scenario, run one after the other. Each is given the revision this tab last
 * saw, so a write that another tab has overtaken is refused instead of overwriting it. A write refused
 * for a full storage is remembered, to be tried again once the user has made room.
 */
import { isQuotaError } from '../storage/quota';
import { ConflictError } from '../storage/scenarios';

/** A write: given the revision expected in the store, it answers the revision it stored. */
export type Write = (expectedRevision: number) => Promise<number>;

export class SaveQueue {
  /** Number of writes not yet confirmed by the database. */
  pending = $state(0);
  /** Why the last write failed: 'conflict' (another tab), 'quota' (the browser's storage is full), or a message. */
  error = $state<string | null>(null);
  /** The stored revision this tab last saw. */
  revision = 0;

  private writes: Promise<unknown> = Promise.resolve();
  private unsavedHeader = false;
  private readonly unsavedPeople = new Set<string>();

  /** `onConflict` shows the stored version after another tab's write overtook this one's. */
  constructor(private readonly onConflict: () => Promise<void>) {}

  /** Runs a write of the header (`nip` null) or of one employee, after the writes before it. */
  run(write: Write, nip: string | null = null): Promise<void> {
    this.pending++;
    const run = this.writes.then(async () => {
      try {
        this.revision = await write(this.revision);
        // A header write carries every header change made before it.
        if (nip === null) this.unsavedHeader = false;
        else this.unsavedPeople.delete(nip);
        if (this.error !== 'quota' || !this.hasUnsaved) this.error = null;
      } catch (error) {
        if (error instanceof ConflictError) {
          this.error = 'conflict';
          await this.onConflict();
        } else if (isQuotaError(error)) {
          // The failed transaction left the stored scenario as it was; the edit stays on screen, unsaved.
          this.error = 'quota';
          if (nip === null) this.unsavedHeader = true;
          else this.unsavedPeople.add(nip);
        } else {
          this.error = (error as Error).message;
        }
      } finally {
        this.pending--;
      }
    });
    this.writes = run;
    return run;
  }

  private get hasUnsaved(): boolean {
    return this.unsavedHeader || this.unsavedPeople.size > 0;
  }

  /** What full storage refused (the header, and the NIPs of the people), forgotten as it is given. */
  takeUnsaved(): { header: boolean; people: string[] } {
    const unsaved = { header: this.unsavedHeader, people: [...this.unsavedPeople] };
    this.forgetUnsaved();
    return unsaved;
  }

  /** Forgets the refused writes (another scenario is opened); a full-storage message goes with them. */
  forgetUnsaved(): void {
    this.unsavedHeader = false;
    this.unsavedPeople.clear();
    if (this.error === 'quota') this.error = null;
  }

  /** Resolves once every write started so far has finished. */
  async flushed(): Promise<void> {
    while (this.pending > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
