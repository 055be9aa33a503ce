/**
 * Scenario file format, version 1: one JSON document holding a whole scenario.
 * This schema is the single definition of the model's plain data; `scenarios/scenario.schema.json`
 * is generated from it (`npm run schema`) and `docs/scenario-format.md` documents each field.
 */
import { z } from 'zod';
import { parseIsoDate } from '../dates';
import {
  EDUCATION_LEVELS, FUNCTIONAL_LEVELS, GOLONGAN, PERFORMANCE_RATINGS, POSITION_TYPES, PPPK_GRADES, UNIT_KINDS,
} from '../positions';

export const SCENARIO_FORMAT = 'seimbang-scenario';
export const SCENARIO_VERSION = 1;

export const isoDate = z
  .string()
  // abort: a text that is not YYYY-MM-DD should not also be told that its date does not exist
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD', abort: true })
  .refine((s) => parseIsoDate(s) !== null, { message: 'this date does not exist' })
  .meta({ description: 'Calendar date, YYYY-MM-DD', examples: ['2026-12-01'] });

const id = z.string().min(1, 'must not be empty').max(80).regex(/^[A-Za-z0-9._-]+$/, 'use letters, digits, dot, dash or underscore');

export const bandThresholds = z
  .object({
    a: z.number().positive().meta({ description: 'EJ above this is band A (overloaded)', examples: [1] }),
    b: z.number().positive().meta({ description: 'EJ at or above this (up to a) is band B (balanced)', examples: [0.9] }),
    c: z.number().positive().meta({ description: 'EJ at or above this is band C', examples: [0.7] }),
    d: z.number().positive().meta({ description: 'EJ at or above this is band D; below is band E', examples: [0.5] }),
  })
  .refine((t) => t.a >= t.b && t.b >= t.c && t.c >= t.d, { message: 'thresholds must satisfy a >= b >= c >= d' });

export const settingsSchema = z.object({
  wkeMinutes: z.number().positive().max(525600)
    .meta({ description: 'Effective working time per person per year, minutes (WKE)', examples: [75000] }),
  bands: bandThresholds,
  overloadTolerance: z.number().min(0).max(1)
    .meta({ description: 'A post counts as overloaded when EJ > 1 + this', examples: [0.05] }),
  minYearsInPost: z.number().min(0).max(40)
    .meta({ description: 'Minimum whole years in post before a transfer (PP 11/2017 art. 190)', examples: [2] }),
  maxYearsInPost: z.number().min(0).max(40)
    .meta({ description: 'Years in post after which rotation is due', examples: [5] }),
  retirementMarginMonths: z.number().int().min(0).max(120)
    .meta({ description: 'No transfer for someone retiring within this many months', examples: [12] }),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  wkeMinutes: 75000,
  bands: { a: 1, b: 0.9, c: 0.7, d: 0.5 },
  overloadTolerance: 0.05,
  minYearsInPost: 2,
  maxYearsInPost: 5,
  retirementMarginMonths: 12,
};

export const unitSchema = z.object({
  id,
  name: z.string().min(1).max(200).meta({ examples: ['Puskesmas Nanggalo'] }),
  kind: z.enum(UNIT_KINDS),
  code: z.string().max(40).optional().meta({ description: 'Official code, e.g. the kelurahan code', examples: ['13.71.10.1001'] }),
});
export type Unit = z.infer<typeof unitSchema>;

export const taskSchema = z.object({
  id,
  name: z.string().min(1).max(300),
  output: z.string().max(80).meta({ description: 'Unit of output counted by volume', examples: ['dokumen'] }),
  volume: z.number().min(0).meta({ description: 'Outputs per year', examples: [1200] }),
  normMinutes: z.number().min(0).meta({ description: 'Norm time per output, minutes', examples: [30] }),
});
export type Task = z.infer<typeof taskSchema>;

export const postSchema = z.object({
  id,
  unitId: id,
  title: z.string().min(1).max(200).meta({ examples: ['Perawat'] }),
  positionType: z.enum(POSITION_TYPES),
  family: z.string().min(1).max(60)
    .meta({ description: 'Job family that qualifies people for the post', examples: ['perawat', 'guru', 'klerek'] }),
  field: z.string().min(1).max(60).meta({ description: 'Field (bidang) of the post', examples: ['kesehatan'] }),
  minEducation: z.enum(EDUCATION_LEVELS).meta({ description: 'Lowest education level accepted' }),
  educationFields: z.array(z.string().min(1).max(60))
    .meta({ description: 'Education fields accepted; empty means any', examples: [['keperawatan']] }),
  tasks: z.array(taskSchema),
});
export type Post = z.infer<typeof postSchema>;

export const performanceSchema = z.object({
  year: z.number().int().min(1950).max(2200),
  rating: z.enum(PERFORMANCE_RATINGS),
});

export const historySchema = z.object({
  unitName: z.string().min(1).max(200),
  postTitle: z.string().min(1).max(200),
  from: isoDate,
  to: isoDate,
});
export type HistoryEntry = z.infer<typeof historySchema>;

export const employeeSchema = z.object({
  nip: z.string().regex(/^\d{18}$/, 'must be 18 digits without spaces')
    .meta({ description: 'NIP (PNS) or PPPK number, 18 digits', examples: ['198609262015051001'] }),
  name: z.string().min(1).max(200),
  sex: z.enum(['L', 'P']).meta({ description: 'L = laki-laki (male), P = perempuan (female)' }),
  birthDate: isoDate,
  status: z.enum(['PNS', 'PPPK']),
  rank: z.string().meta({ description: 'Golongan (PNS, e.g. III/b) or grade (PPPK, I-XVII)', examples: ['III/b', 'IX'] }),
  positionType: z.enum(POSITION_TYPES),
  positionLevel: z.enum(FUNCTIONAL_LEVELS).nullable().meta({ description: 'Level of a functional position; null otherwise' }),
  family: z.string().min(1).max(60).meta({ description: 'Job family of the person\'s own position', examples: ['perawat'] }),
  education: z.object({
    level: z.enum(EDUCATION_LEVELS),
    field: z.string().min(1).max(60).meta({ examples: ['keperawatan'] }),
  }),
  competences: z.array(z.string().min(1).max(80)),
  postId: id.nullable().meta({ description: 'Current post; null when not placed' }),
  postSince: isoDate.meta({ description: 'Date in current post (TMT jabatan)' }),
  performance: z.array(performanceSchema),
  history: z.array(historySchema).meta({ description: 'Past posts, oldest first' }),
  mobility: z.object({
    willingness: z.enum(['willing', 'neutral', 'unwilling']),
    preferredUnitIds: z.array(id),
  }),
  protected: z.string().max(300).nullable()
    .meta({ description: 'Reason the person may not be moved (e.g. serving a sentence of duty); null when none' }),
  retirementAgeOverride: z.number().int().min(40).max(75).nullable()
    .meta({ description: 'Retirement age set by a decision for this person; null to follow the position' }),
  notes: z.string().max(2000).optional().meta({ description: 'Free text; dropped from anonymised exports' }),
});
export type Employee = z.infer<typeof employeeSchema>;

export const eventSchema = z.object({
  id,
  type: z.string().min(1).max(40).meta({ description: 'Kind of event; kinds are defined by later format versions' }),
  start: isoDate,
  end: isoDate.nullable(),
  target: z.string().max(80).nullable().meta({ description: 'Unit or post id the event applies to' }),
  value: z.number().nullable(),
  note: z.string().max(500).optional(),
});
export type ScenarioEvent = z.infer<typeof eventSchema>;

export const plannedMoveSchema = z.object({
  nip: z.string().regex(/^\d{18}$/),
  fromPostId: id.nullable(),
  toPostId: id,
  kind: z.enum(['permanent', 'temporary']),
  effective: isoDate.meta({ description: 'TMT of the move' }),
  endDate: isoDate.nullable().meta({ description: 'Temporary moves: date the person returns' }),
  decision: z.enum(['proposed', 'accepted', 'rejected', 'pinned', 'manual']),
});

export const savedPlanSchema = z.object({
  id,
  name: z.string().min(1).max(200),
  createdAt: z.string().max(40),
  planDate: isoDate,
  seed: z.number().int(),
  scenarioHash: z.string().max(128),
  settings: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
  objective: z.number().nullable(),
  moves: z.array(plannedMoveSchema),
});

export const metaSchema = z.object({
  id,
  name: z.string().min(1).max(200),
  description: z.string().max(5000),
  fictional: z.boolean().meta({ description: 'True when people and numbers are invented (samples, training)' }),
  asOf: isoDate.meta({ description: 'Reference date of the data: "today" for time in post, ages, retirements' }),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  parentId: id.nullable().meta({ description: 'Scenario this one was branched from' }),
});

export const scenarioSchema = z.object({
  format: z.literal(SCENARIO_FORMAT),
  version: z.literal(SCENARIO_VERSION),
  meta: metaSchema,
  settings: settingsSchema,
  units: z.array(unitSchema),
  posts: z.array(postSchema),
  employees: z.array(employeeSchema),
  events: z.array(eventSchema),
  plans: z.array(savedPlanSchema),
});
export type Scenario = z.infer<typeof scenarioSchema>;
