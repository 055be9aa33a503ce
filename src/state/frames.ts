/**
 * Runs `fn` in a task of its own after the next frame is drawn (or after a task where there are no
 * frames), and gives a function that calls it off. Work drawn in steps this way is laid out and
 * painted one step per frame: steps run in tasks of their own but before one frame would all be laid
 * out at once, in that frame's task.
 */
export function afterFrame(fn: () => void): () => void {
  let live = true;
  const run = () => live && fn();
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else setTimeout(run, 0);
  return () => (live = false);
}
