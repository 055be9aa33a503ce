/** Shipped exercises and the sample they build on, read from the repository. */
import { readdirSync, readFileSync } from 'node:fs';
import { deriveExercise, type TrainingTask } from '../../../src/core/training/derive';
import { parseExercise, type Exercise } from '../../../src/core/training/exercise';
import type { Scenario } from '../../../src/core/scenario/schema';

export const sample = JSON.parse(readFileSync('scenarios/nanggalo.json', 'utf8')) as Scenario;

export const exerciseFiles = readdirSync('scenarios/exercises').filter((f) => f.endsWith('.json')).sort();

export function loadExercise(file: string): Exercise {
  const parsed = parseExercise(JSON.parse(readFileSync(`scenarios/exercises/${file}`, 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return parsed.exercise;
}

export function taskOf(file: string): TrainingTask {
  const derived = deriveExercise(loadExercise(file), sample);
  if (!derived.ok) throw new Error(`${file}: cannot derive`);
  return derived.task;
}
