/**
 * Training exercises, format version 1: a scenario (the bundled sample with changes, or a whole
 * scenario embedded by a facilitator), a brief in both languages, a plan date, a move budget, optional
 * hidden information and an optional time limit. Validated at import with path-and-problem messages.
 */
import { z } from 'zod';
import { formatPath, type Problem } from '../scenario/problem';
import { employeeSchema, eventSchema, isoDate, scenarioSchema, settingsSchema } from '../scenario/schema';

export const EXERCISE_FORMAT = 'seimbang-exercise';
export const EXERCISE_VERSION = 1;

const id = z.string().min(1, 'must not be empty').max(80).regex(/^[A-Za-z0-9._-]+$/, 'use letters, digits, dot, dash or underscore');
const text = (max: number) => z.object({
  id: z.string().trim().min(1, 'must not be empty').max(max).meta({ description: 'Bahasa Indonesia' }),
  en: z.string().trim().min(1, 'must not be empty').max(max).meta({ description: 'English' }),
});

/** What may be hidden from the trainee until the result: EJ figures and bands, or who retires when. */
export const HIDDEN_INFO = ['ej', 'retirements'] as const;
export type HiddenInfo = (typeof HIDDEN_INFO)[number];

/** Per-person changes an exercise makes to its scenario (birth dates stay, as the NIP carries them). */
export const employeeChangeSchema = z.object({
  nip: z.string().regex(/^\d{18}$/, 'must be 18 digits without spaces'),
  set: employeeSchema.pick({
    postSince: true, mobility: true, protected: true, retirementAgeOverride: true, performance: true, education: true,
  }).partial(),
});

export const changesSchema = z.object({
  /** Units in play: only their posts and people take part (null: the whole scenario). */
  units: z.array(id).min(1, 'name at least one unit, or use null for all').nullable(),
  settings: settingsSchema.partial(),
  employees: z.array(employeeChangeSchema),
  /** Events added to the scenario (demand spikes, for instance). */
  events: z.array(eventSchema),
});
export type ExerciseChanges = z.infer<typeof changesSchema>;

export const NO_CHANGES: ExerciseChanges = { units: null, settings: {}, employees: [], events: [] };

export const exerciseScenarioSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('sample'), changes: changesSchema }),
  z.object({ source: z.literal('embedded'), scenario: scenarioSchema, changes: changesSchema }),
], { error: () => 'source must be "sample" or "embedded"' });

export const exerciseSchema = z.object({
  format: z.literal(EXERCISE_FORMAT, { error: () => `must be "${EXERCISE_FORMAT}"` }),
  version: z.literal(EXERCISE_VERSION, { error: () => `this app reads exercise version ${EXERCISE_VERSION}` }),
  id,
  title: text(160),
  brief: text(2000),
  difficulty: z.number().int().min(1).max(5),
  scenario: exerciseScenarioSchema,
  planDate: isoDate,
  /** Plan temporary assignments for this window (a demand spike): need as during it, moves end with it. */
  window: z.object({ start: isoDate, end: isoDate }).nullable(),
  budget: z.number().int().min(1, 'at least one move').max(100),
  timeLimitMinutes: z.number().int().min(1).max(600).nullable(),
  hidden: z.array(z.enum(HIDDEN_INFO)),
  author: z.string().max(200).nullable(),
  createdAt: z.string().max(40),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hexadecimal digits').optional(),
});
export type Exercise = z.infer<typeof exerciseSchema>;

export type ExerciseParse = { ok: true; exercise: Exercise } | { ok: false; problems: Problem[] };

/** Parses any value as an exercise; never throws. Cross-checks the window and the scope against the scenario. */
export function parseExercise(data: unknown): ExerciseParse {
  const parsed = exerciseSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  const x = parsed.data;
  const problems: Problem[] = [];
  if (x.window) {
    if (x.window.end < x.window.start) problems.push({ path: 'window.end', message: `ends (${x.window.end}) before it starts (${x.window.start})` });
    if (x.window.start !== x.planDate) problems.push({ path: 'window.start', message: `must equal planDate (${x.planDate}): temporary moves start on the plan date` });
  }
  if (x.scenario.source === 'embedded') {
    const units = new Set(x.scenario.scenario.units.map((u) => u.id));
    x.scenario.changes.units?.forEach((u, i) => {
      if (!units.has(u)) problems.push({ path: `scenario.changes.units[${i}]`, message: `unit ${u} is not in the embedded scenario` });
    });
    const nips = new Set(x.scenario.scenario.employees.map((e) => e.nip));
    x.scenario.changes.employees.forEach((c, i) => {
      if (!nips.has(c.nip)) problems.push({ path: `scenario.changes.employees[${i}].nip`, message: `nobody with NIP ${c.nip} in the embedded scenario` });
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, exercise: x };
}

/** The exercise without its own hash field: what its content hash is computed over. */
export function exerciseContent(x: Exercise): Omit<Exercise, 'contentHash'> {
  const { contentHash: _hash, ...content } = x;
  return content;
}
