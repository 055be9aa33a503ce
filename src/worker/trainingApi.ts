/**
 * The worker's training calls: the exercise's optimum is solved once per exercise (keyed by its
 * content hash) and kept for the scoring of every plan submitted against it.
 */
export function trainingApi() {
  type Task = import('../core/training/derive').TrainingTask;
  type Optimum = import('../core/training/optimum').TrainingOptimum;
  const optima = new Map<string, Optimum>();
  async function optimumOf(key: string, task: Task): Promise<Optimum> {
    const known = optima.get(key);
    if (known) return known;
    const { trainingOptimum } = await import('../core/training/optimum');
    const optimum = trainingOptimum(task);
    if (optima.size >= 8) optima.delete(optima.keys().next().value!);
    optima.set(key, optimum);
    return optimum;
  }
  return {
    /** The best plan within the exercise's budget (exact, or the best known with a lower bound), explained. */
    trainingOptimum: optimumOf,
    /** Scores a trainee's moves against the exercise's optimum: score, gap, metrics, per-move feedback. */
    async scoreTrainingPlan(key: string, task: Task, moves: import('../core/training/evaluate').TraineeMove[]) {
      const optimum = await optimumOf(key, task);
      const { scorePlan } = await import('../core/training/score');
      return { optimum, score: scorePlan(task, moves, optimum) };
    },
  };
}
