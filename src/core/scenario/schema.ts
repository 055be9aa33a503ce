/**
 * Scenario file format, version 2: one JSON document holding a whole scenario.
 * This schema is the single definition of the model's plain data; `scenarios/scenario.schema.json`
 * is generated from it (`npm run schema`) and `docs/scenario-format.md` documents each field.
 */
import { z } from 'zod';
import { parseIsoDate } from '../dates';
import {
  EDUCATION_LEVELS, FUNCTIONAL_LEVELS, GOLONGAN, PERFORMANCE_RATINGS, POSITION_TYPES, PPPK_GRADES, UNIT_KINDS,
} from '../positions';

import { SCENARIO_FORMAT, SCENARIO_VERSION } from './format';

export { SCENARIO_FORMAT, SCENARIO_VERSION };

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

// Events (format version 2): things expected after `meta.asOf`, read by the simulation over time.
// An event that has dates covers every calendar month from the month of `start` to the month of `end`,
// both included. Retirement is not an event: it follows from each person's birth date and BUP.

const note = z.string().max(500).optional().meta({ description: 'Free text explaining the event' });
const unitTarget = id.nullable().meta({ description: 'Unit the event applies to; null when it names a post or applies everywhere' });
const postTarget = id.nullable().meta({ description: 'Post the event applies to; null when it names a unit or applies everywhere' });
const taskTarget = id.nullable().meta({ description: 'Task of `postId` the event applies to; null for all of the target\'s tasks' });

export const demandSpikeSchema = z.object({
  id,
  type: z.literal('demand-spike'),
  unitId: unitTarget,
  postId: postTarget,
  taskId: taskTarget,
  start: isoDate.meta({ description: 'First day of the spike' }),
  end: isoDate.meta({ description: 'Last day of the spike' }),
  factor: z.number().positive().max(100).nullable()
    .meta({ description: 'Workload is multiplied by this while the spike lasts; null when extraVolume is given', examples: [2] }),
  extraVolume: z.number().positive().nullable()
    .meta({ description: 'Outputs per year added to the task `taskId` while the spike lasts; null when factor is given', examples: [600] }),
  note,
});

export const demandTrendSchema = z.object({
  id,
  type: z.literal('demand-trend'),
  unitId: unitTarget,
  postId: postTarget,
  taskId: taskTarget,
  start: isoDate.meta({ description: 'Growth compounds monthly from the month of this date' }),
  end: isoDate.nullable().meta({ description: 'Growth stops after the month of this date (the level reached stays); null for no end' }),
  yearlyGrowth: z.number().gt(-1).max(10)
    .meta({ description: 'Growth of the workload per year, as a fraction (0.03 = +3% a year; negative for decline)', examples: [0.03] }),
  note,
});

export const hireProfileSchema = z.object({
  status: z.enum(['PNS', 'PPPK']),
  positionType: z.enum(POSITION_TYPES),
  positionLevel: z.enum(FUNCTIONAL_LEVELS).nullable().meta({ description: 'Level of a functional position; null otherwise' }),
  family: z.string().min(1).max(60).meta({ description: 'Job family of the new posts\' holders', examples: ['perawat'] }),
  education: z.object({
    level: z.enum(EDUCATION_LEVELS),
    field: z.string().min(1).max(60).meta({ examples: ['keperawatan'] }),
  }),
  age: z.number().int().min(18).max(57).meta({ description: 'Age at the start, whole years', examples: [26] }),
});
export type HireProfile = z.infer<typeof hireProfileSchema>;

export const plannedHireSchema = z.object({
  id,
  type: z.literal('planned-hire'),
  postId: id.meta({ description: 'Post the new people take' }),
  start: isoDate.meta({ description: 'TMT of the appointment: the people count from this month' }),
  count: z.number().int().min(1).max(1000).meta({ description: 'Number of people hired', examples: [2] }),
  profile: hireProfileSchema,
  note,
});

export const exitRateSchema = z.object({
  id,
  type: z.literal('exit-rate'),
  yearlyRate: z.number().min(0).lt(1)
    .meta({ description: 'Share of the group leaving per year for reasons other than retirement (death, resignation, transfer out)', examples: [0.02] }),
  positionType: z.enum(POSITION_TYPES).nullable().meta({ description: 'Position class of the group; null for every class' }),
  minAge: z.number().int().min(0).max(100).nullable().meta({ description: 'Youngest age in the group, whole years; null for no lower bound' }),
  maxAge: z.number().int().min(0).max(100).nullable().meta({ description: 'Oldest age in the group, whole years; null for no upper bound' }),
  note,
});

export const backfillDelaySchema = z.object({
  id,
  type: z.literal('backfill-delay'),
  unitId: id.nullable().meta({ description: 'Unit whose posts this applies to; null with postId null for every post' }),
  postId: id.nullable().meta({ description: 'Post this applies to; null for a unit or every post' }),
  backfill: z.boolean().meta({ description: 'True: a vacancy is filled by a new hire after `months`; false: vacancies stay open' }),
  months: z.number().int().min(0).max(120).meta({ description: 'Months from the vacancy to the replacement\'s start', examples: [6] }),
  replacementAge: z.number().int().min(18).max(57).meta({ description: 'Age of the replacement at the start, whole years', examples: [28] }),
  note,
});

export const hiringFreezeSchema = z.object({
  id,
  type: z.literal('hiring-freeze'),
  start: isoDate.meta({ description: 'First day of the freeze' }),
  end: isoDate.nullable().meta({ description: 'Last day of the freeze; null for a freeze with no end' }),
  blockedHires: z.enum(['postpone', 'cancel'])
    .meta({ description: 'What happens to hires and replacements due during the freeze: moved to the month after it, or dropped' }),
  note,
});

export const plannedTransferSchema = z.object({
  id,
  type: z.literal('planned-transfer'),
  nip: z.string().regex(/^\d{18}$/, 'must be 18 digits without spaces').meta({ description: 'The person moved' }),
  toPostId: id.meta({ description: 'Post the person takes' }),
  start: isoDate.meta({ description: 'TMT of the transfer: the person counts in the new post from this month' }),
  end: isoDate.nullable()
    .meta({ description: 'Temporary transfer: last day in the new post (back in the home post from the next month); null for a permanent one' }),
  note,
});

export const EVENT_TYPES = [
  'demand-spike', 'demand-trend', 'planned-hire', 'exit-rate', 'backfill-delay', 'hiring-freeze', 'planned-transfer',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const eventSchema = z.discriminatedUnion(
  'type',
  [demandSpikeSchema, demandTrendSchema, plannedHireSchema, exitRateSchema, backfillDelaySchema, hiringFreezeSchema, plannedTransferSchema],
  { error: () => `must be one of ${EVENT_TYPES.join(', ')}` },
);
export type ScenarioEvent = z.infer<typeof eventSchema>;
export type DemandSpike = z.infer<typeof demandSpikeSchema>;
export type DemandTrend = z.infer<typeof demandTrendSchema>;
export type PlannedHire = z.infer<typeof plannedHireSchema>;
export type ExitRate = z.infer<typeof exitRateSchema>;
export type BackfillDelay = z.infer<typeof backfillDelaySchema>;
export type HiringFreeze = z.infer<typeof hiringFreezeSchema>;
export type PlannedTransfer = z.infer<typeof plannedTransferSchema>;

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
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hexadecimal digits').optional()
    .meta({ description: 'SHA-256 of the document without this field, as canonical JSON (keys sorted); written on export, checked on import' }),
});
export type Scenario = z.infer<typeof scenarioSchema>;
