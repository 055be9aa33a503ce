/** A training state over the real engine api called in-process, an in-memory store and a settable clock. */
import { readFileSync } from 'node:fs';
import { createEngineApi } from '../../../src/worker/api';
import { TrainingState } from '../../../src/state/training.svelte';
import type { Scenario } from '../../../src/core/scenario/schema';

export const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as Scenario;

export class MemoryStore {
  readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
}

export function trainingState(store = new MemoryStore(), clock = { now: '2026-11-27T09:00:00.000Z' }): { state: TrainingState; store: MemoryStore; clock: { now: string } } {
  const api = createEngineApi();
  const engine = { trainingOptimum: api.trainingOptimum, scoreTrainingPlan: api.scoreTrainingPlan };
  return { state: new TrainingState(engine, async () => structuredClone(sample), store, () => clock.now), store, clock };
}

export function fileOf(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' });
}
