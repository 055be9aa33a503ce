/**
 * The event editor's forms: what the page types for each kind of event, checked and turned into a
 * scenario event (for a new one or in place of an existing one, keeping its id and the fields the
 * form does not show), and an existing event read back into its form for editing.
 */
import { daysInMonth, formatIsoDate } from '../core/dates';
import type { Employee, ScenarioEvent } from '../core/scenario/schema';
import type { ScenarioHeader } from '../storage/db';

type Of<T extends ScenarioEvent['type']> = Extract<ScenarioEvent, { type: T }>;

export type EventForm =
  /** On a unit, or on one of its posts (and one task of it); a factor, or extra outputs a year of the task. */
  | { kind: 'spike'; unitId: string; postId: string | null; taskId: string | null; from: string; to: string; factor: number | null; extraVolume: number | null }
  | { kind: 'hire'; postId: string; from: string; count: number }
  | { kind: 'exit'; percent: number; positionType: string | null }
  | { kind: 'freeze'; from: string; to: string; blocked: 'postpone' | 'cancel' }
  | { kind: 'backfill'; months: number; backfill: boolean }
  /** Yearly growth of the workload of one unit (or of every unit with null), in percent; `to` null: no end. */
  | { kind: 'trend'; unitId: string | null; from: string; to: string | null; percent: number }
  /** A person moved to a post from a month; temporary until the end of month `to`, permanent with null. */
  | { kind: 'transfer'; nip: string; postId: string; from: string; to: string | null };

export type EventKind = EventForm['kind'];

/** Prefix of new ids per kind (Indonesian, as they show in files). */
const ID_PREFIX: Record<EventKind, string> = {
  spike: 'spike', hire: 'rekrut', exit: 'keluar', freeze: 'moratorium', backfill: 'pengisian', trend: 'tren', transfer: 'mutasi',
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Last day of a month written `YYYY-MM`, as an ISO date. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return formatIsoDate(y!, m!, daysInMonth(y!, m!));
}

/** A free id for a new event of the kind. */
export function newEventId(events: readonly ScenarioEvent[], kind: EventKind): string {
  let n = events.length + 1;
  while (events.some((e) => e.id === `${ID_PREFIX[kind]}-${n}`)) n++;
  return `${ID_PREFIX[kind]}-${n}`;
}

/**
 * The event a form describes, with id `id`; `old` is the event being edited (its other fields, and
 * its note, are kept). Returns a message key instead when the form is wrong.
 */
export function buildEvent(
  s: ScenarioHeader, people: { get(nip: string): Employee | undefined }, form: EventForm, id: string, old: ScenarioEvent | null = null,
): ScenarioEvent | string {
  const built = fromForm(s, people, form, id, old);
  return typeof built === 'string' || old?.note === undefined ? built : { ...built, note: old.note };
}

function fromForm(
  s: ScenarioHeader, people: { get(nip: string): Employee | undefined }, form: EventForm, id: string, old: ScenarioEvent | null,
): ScenarioEvent | string {
  switch (form.kind) {
    case 'spike': {
      if (!s.units.some((u) => u.id === form.unitId)) return 'sim.error.unit';
      const post = form.postId === null ? null : s.posts.find((p) => p.id === form.postId && p.unitId === form.unitId);
      if (post === undefined) return 'sim.error.post';
      if (form.taskId !== null && !post?.tasks.some((t) => t.id === form.taskId)) return 'simx.error.task';
      if (!MONTH.test(form.from) || !MONTH.test(form.to)) return 'sim.error.month';
      if (form.to < form.from) return 'sim.error.order';
      if (form.extraVolume !== null) {
        if (form.taskId === null) return 'simx.error.extraTask';
        if (!(form.extraVolume > 0 && form.extraVolume <= 10_000_000)) return 'simx.error.extra';
      } else if (!(form.factor !== null && form.factor > 0 && form.factor <= 100)) return 'sim.error.factor';
      const amount = form.extraVolume !== null ? { factor: null, extraVolume: form.extraVolume } : { factor: form.factor, extraVolume: null };
      const target = post ? { unitId: null, postId: post.id, taskId: form.taskId } : { unitId: form.unitId, postId: null, taskId: null };
      return { id, type: 'demand-spike', ...target, start: `${form.from}-01`, end: lastDayOf(form.to), ...amount };
    }
    case 'hire': {
      const post = s.posts.find((p) => p.id === form.postId);
      if (!post) return 'sim.error.post';
      if (!MONTH.test(form.from)) return 'sim.error.month';
      if (!Number.isInteger(form.count) || form.count < 1 || form.count > 1000) return 'sim.error.count';
      const kept = old?.type === 'planned-hire' && old.postId === post.id ? old.profile : null;
      return {
        id, type: 'planned-hire', postId: post.id, start: `${form.from}-01`, count: form.count,
        profile: kept ?? {
          status: 'PNS', positionType: post.positionType, positionLevel: post.positionType === 'fungsional' ? 'ahli-pertama' : null,
          family: post.family, education: { level: post.minEducation, field: post.educationFields[0] ?? post.field }, age: 26,
        },
      };
    }
    case 'exit': {
      if (!(form.percent >= 0 && form.percent < 100)) return 'sim.error.rate';
      const ages = old?.type === 'exit-rate' ? { minAge: old.minAge, maxAge: old.maxAge } : { minAge: null, maxAge: null };
      return { id, type: 'exit-rate', yearlyRate: form.percent / 100, positionType: (form.positionType || null) as Of<'exit-rate'>['positionType'], ...ages };
    }
    case 'freeze': {
      if (!MONTH.test(form.from) || !MONTH.test(form.to)) return 'sim.error.month';
      if (form.to < form.from) return 'sim.error.order';
      return { id, type: 'hiring-freeze', start: `${form.from}-01`, end: lastDayOf(form.to), blockedHires: form.blocked };
    }
    case 'backfill': {
      if (!Number.isInteger(form.months) || form.months < 0 || form.months > 120) return 'sim.error.delay';
      const where = old?.type === 'backfill-delay' ? { unitId: old.unitId, postId: old.postId, replacementAge: old.replacementAge } : { unitId: null, postId: null, replacementAge: 28 };
      return { id, type: 'backfill-delay', ...where, backfill: form.backfill, months: form.months };
    }
    case 'trend': {
      if (form.unitId !== null && !s.units.some((u) => u.id === form.unitId)) return 'sim.error.unit';
      const months = monthsOf(form.from, form.to);
      if (typeof months === 'string') return months;
      if (!(form.percent > -100 && form.percent <= 1000)) return 'simx.error.growth';
      return { id, type: 'demand-trend', unitId: form.unitId, postId: null, taskId: null, ...months, yearlyGrowth: form.percent / 100 };
    }
    case 'transfer': {
      const nip = form.nip.replace(/\s/g, '');
      const person = people.get(nip);
      if (!person) return 'simx.error.nip';
      if (!s.posts.some((p) => p.id === form.postId)) return 'sim.error.post';
      if (person.postId === form.postId) return 'simx.error.samePost';
      const months = monthsOf(form.from, form.to);
      if (typeof months === 'string') return months;
      return { id, type: 'planned-transfer', nip, toPostId: form.postId, ...months };
    }
  }
}

/** Start and end dates of a range of months whose end is optional, or the message key of what is wrong. */
function monthsOf(from: string, to: string | null): { start: string; end: string | null } | string {
  if (!MONTH.test(from) || (to !== null && !MONTH.test(to))) return 'simx.error.startMonth';
  if (to !== null && to < from) return 'sim.error.order';
  return { start: `${from}-01`, end: to === null ? null : lastDayOf(to) };
}


/**
 * The form of an existing event, for editing (`s`: its scenario, where a spike's post is found);
 * null for what the form does not type: trends on a post or a task, and freezes without an end.
 */
export function formOf(e: ScenarioEvent, s: ScenarioHeader | null): EventForm | null {
  switch (e.type) {
    case 'demand-spike': {
      const unitId = e.postId === null ? e.unitId : (s?.posts.find((p) => p.id === e.postId)?.unitId ?? null);
      if (unitId === null) return null;
      return { kind: 'spike', unitId, postId: e.postId, taskId: e.taskId, from: e.start.slice(0, 7), to: e.end.slice(0, 7), factor: e.factor, extraVolume: e.extraVolume };
    }
    case 'planned-hire':
      return { kind: 'hire', postId: e.postId, from: e.start.slice(0, 7), count: e.count };
    case 'exit-rate':
      return { kind: 'exit', percent: Math.round(e.yearlyRate * 1e6) / 1e4, positionType: e.positionType };
    case 'hiring-freeze':
      if (e.end === null) return null;
      return { kind: 'freeze', from: e.start.slice(0, 7), to: e.end.slice(0, 7), blocked: e.blockedHires };
    case 'backfill-delay':
      return { kind: 'backfill', months: e.months, backfill: e.backfill };
    case 'demand-trend':
      if (e.postId !== null || e.taskId !== null) return null;
      return { kind: 'trend', unitId: e.unitId, from: e.start.slice(0, 7), to: e.end?.slice(0, 7) ?? null, percent: Math.round(e.yearlyGrowth * 1e6) / 1e4 };
    case 'planned-transfer':
      return { kind: 'transfer', nip: e.nip, postId: e.toPostId, from: e.start.slice(0, 7), to: e.end?.slice(0, 7) ?? null };
  }
}

/** The values of the event form's fields, whatever the kind (a field a kind does not use is ignored). */
export interface EventFields {
  unitId: string;
  postId: string;
  /** A spike's post within its unit, and task of that post (empty: the whole unit, all the tasks). */
  spikePostId: string;
  taskId: string;
  /** A spike given by a factor, or by extra outputs a year of one task. */
  spikeBy: 'factor' | 'volume';
  extraVolume: number;
  nip: string;
  from: string;
  /** Last month; empty for none where the kind allows it (trends, transfers). */
  to: string;
  factor: number;
  count: number;
  percent: number;
  growth: number;
  positionType: string;
  blocked: 'postpone' | 'cancel';
  months: number;
  backfill: boolean;
}

/** The fields of an empty form, with the usual values filled in. */
export function blankFields(): EventFields {
  return { unitId: '', postId: '', spikePostId: '', taskId: '', spikeBy: 'factor', extraVolume: 100, nip: '', from: '', to: '', factor: 2, count: 1, percent: 2, growth: 3, positionType: '', blocked: 'postpone', months: 6, backfill: true };
}

/** The form of a kind of event from the fields typed (numbers as typed, empty choices as none). */
export function formOfFields(kind: EventKind, f: EventFields): EventForm {
  switch (kind) {
    case 'spike': {
      const postId = f.spikePostId || null;
      const taskId = postId && f.taskId ? f.taskId : null;
      const byVolume = f.spikeBy === 'volume' && taskId !== null;
      return { kind, unitId: f.unitId, postId, taskId, from: f.from, to: f.to, factor: byVolume ? null : Number(f.factor), extraVolume: byVolume ? Number(f.extraVolume) : null };
    }
    case 'hire': return { kind, postId: f.postId, from: f.from, count: Number(f.count) };
    case 'exit': return { kind, percent: Number(f.percent), positionType: f.positionType || null };
    case 'freeze': return { kind, from: f.from, to: f.to, blocked: f.blocked };
    case 'backfill': return { kind, months: Number(f.months), backfill: f.backfill };
    case 'trend': return { kind, unitId: f.unitId || null, from: f.from, to: f.to || null, percent: Number(f.growth) };
    case 'transfer': return { kind, nip: f.nip, postId: f.postId, from: f.from, to: f.to || null };
  }
}

/** The fields showing a form (for editing an event), the others as they were. */
export function fieldsOfForm(form: EventForm, before: EventFields): EventFields {
  const { kind: _kind, ...values } = form;
  const f: EventFields = { ...before, ...values } as EventFields;
  if (form.kind === 'exit') f.positionType = form.positionType ?? '';
  if (form.kind === 'spike') {
    [f.spikePostId, f.taskId, f.spikeBy] = [form.postId ?? '', form.taskId ?? '', form.extraVolume !== null ? 'volume' : 'factor'];
    [f.factor, f.extraVolume, f.postId] = [form.factor ?? before.factor, form.extraVolume ?? before.extraVolume, before.postId];
  }
  if (form.kind === 'trend') [f.unitId, f.growth, f.to, f.percent] = [form.unitId ?? '', form.percent, form.to ?? '', before.percent];
  if (form.kind === 'transfer') f.to = form.to ?? '';
  return f;
}
