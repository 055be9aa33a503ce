import { afterFrame } from './frames';

/** How many rows a long list draws per step (one step per frame). */
export const ROWS_PER_TASK = 30;

/**
 * The rows of a long list (a large agency's units) drawn a few dozen per frame, so that no task holds
 * the page long (neither the one adding the rows nor the frame laying them out). A list of up to one
 * and a half steps is shown whole at once. Slicing starts when `ready()` holds (for a chart, once it
 * has been measured), with `first` rows shown before that. Call it while a component is being set
 * up: it owns an effect.
 */
export function rowsInTasks<T>(
  all: () => readonly T[],
  options: { first?: number; ready?: () => boolean } = {},
): { readonly rows: readonly T[] } {
  const ready = options.ready ?? (() => true);
  let drawn = $state(options.first ?? ROWS_PER_TASK);
  const shown = $derived.by(() => {
    const list = all();
    return list.length <= ROWS_PER_TASK * 1.5 ? list : list.slice(0, drawn);
  });
  $effect(() => {
    if (!ready() || shown.length >= all().length) return;
    const next = drawn + ROWS_PER_TASK;
    return afterFrame(() => (drawn = next));
  });
  return {
    get rows() {
      return shown;
    },
  };
}
