import { describe, expect, it } from 'vitest';
import type { ScenarioEvent } from '../../src/core/scenario/schema';
import { eventSchema } from '../../src/core/scenario/schema';
import { blankFields, buildEvent, fieldsOfForm, formOf, formOfFields, type EventForm } from '../../src/state/simulationEvents';
import { People } from '../../src/storage/people';
import { minimalScenario } from '../core/fixtures';

const s = minimalScenario();
const person = s.employees.find((e) => e.postId !== null)!;
const otherPost = s.posts.find((p) => p.id !== person.postId)!;
const taskPost = s.posts.find((p) => p.tasks.length > 0)!;
const spikeBase = { kind: 'spike', postId: null, taskId: null, from: '2027-01', to: '2027-03', factor: 2, extraVolume: null } as const;

describe('event forms', () => {
  it('build a valid event of every kind, which reads back into the same form', () => {
    const forms: EventForm[] = [
      { ...spikeBase, unitId: s.units[0]!.id },
      { ...spikeBase, unitId: taskPost.unitId, postId: taskPost.id },
      { ...spikeBase, unitId: taskPost.unitId, postId: taskPost.id, taskId: taskPost.tasks[0]!.id },
      { ...spikeBase, unitId: taskPost.unitId, postId: taskPost.id, taskId: taskPost.tasks[0]!.id, factor: null, extraVolume: 600 },
      { kind: 'hire', postId: s.posts[0]!.id, from: '2027-07', count: 2 },
      { kind: 'exit', percent: 1.5, positionType: 'pelaksana' },
      { kind: 'freeze', from: '2028-01', to: '2028-06', blocked: 'cancel' },
      { kind: 'backfill', months: 4, backfill: true },
      { kind: 'trend', unitId: null, from: '2027-01', to: null, percent: 3 },
      { kind: 'trend', unitId: s.units[1]!.id, from: '2027-01', to: '2029-12', percent: -2.5 },
      { kind: 'transfer', nip: person.nip, postId: otherPost.id, from: '2027-02', to: null },
      { kind: 'transfer', nip: person.nip, postId: otherPost.id, from: '2027-02', to: '2027-07' },
    ];
    for (const form of forms) {
      const event = buildEvent(s, People.of(s.employees), form, 'e-1');
      expect(typeof event, JSON.stringify(form)).toBe('object');
      expect(eventSchema.safeParse(event).success).toBe(true);
      expect(formOf(event as ScenarioEvent, s)).toEqual(form);
      // Through the fields of the page's form and back.
      expect(formOfFields(form.kind, fieldsOfForm(form, blankFields()))).toEqual(form);
    }
  });

  it('turn a trend and a transfer into the events the simulation reads', () => {
    expect(buildEvent(s, People.of(s.employees), { kind: 'trend', unitId: null, from: '2027-01', to: '2028-02', percent: 3 }, 't')).toEqual({
      id: 't', type: 'demand-trend', unitId: null, postId: null, taskId: null, start: '2027-01-01', end: '2028-02-29', yearlyGrowth: 0.03,
    });
    const spaced = `${person.nip.slice(0, 8)} ${person.nip.slice(8)}`;
    expect(buildEvent(s, People.of(s.employees), { kind: 'transfer', nip: spaced, postId: otherPost.id, from: '2027-02', to: '2027-07' }, 'm')).toEqual({
      id: 'm', type: 'planned-transfer', nip: person.nip, toPostId: otherPost.id, start: '2027-02-01', end: '2027-07-31',
    });
  });

  it('put a spike on a post (and task) with its unit left out, and say what is wrong with one', () => {
    const task = taskPost.tasks[0]!.id;
    expect(buildEvent(s, People.of(s.employees), { ...spikeBase, unitId: taskPost.unitId, postId: taskPost.id, taskId: task, factor: null, extraVolume: 600 }, 'x')).toMatchObject({
      unitId: null, postId: taskPost.id, taskId: task, factor: null, extraVolume: 600, start: '2027-01-01', end: '2027-03-31',
    });
    const other = s.posts.find((p) => p.unitId !== taskPost.unitId)!;
    expect(buildEvent(s, People.of(s.employees), { ...spikeBase, unitId: taskPost.unitId, postId: other.id }, 'x')).toBe('sim.error.post');
    expect(buildEvent(s, People.of(s.employees), { ...spikeBase, unitId: taskPost.unitId, postId: taskPost.id, taskId: 'no-such-task' }, 'x')).toBe('simx.error.task');
    expect(buildEvent(s, People.of(s.employees), { ...spikeBase, unitId: taskPost.unitId, factor: null, extraVolume: 600 }, 'x')).toBe('simx.error.extraTask');
    expect(buildEvent(s, People.of(s.employees), { ...spikeBase, unitId: taskPost.unitId, postId: taskPost.id, taskId: task, factor: null, extraVolume: 0 }, 'x')).toBe('simx.error.extra');
    expect(buildEvent(s, People.of(s.employees), { ...spikeBase, unitId: taskPost.unitId, factor: 0 }, 'x')).toBe('sim.error.factor');
  });

  it('say what is wrong with a trend or a transfer', () => {
    const trend = { kind: 'trend', unitId: null, from: '2027-01', to: null, percent: 3 } as const;
    expect(buildEvent(s, People.of(s.employees), { ...trend, unitId: 'no-such-unit' }, 'x')).toBe('sim.error.unit');
    expect(buildEvent(s, People.of(s.employees), { ...trend, from: '' }, 'x')).toBe('simx.error.startMonth');
    expect(buildEvent(s, People.of(s.employees), { ...trend, to: '2026-12' }, 'x')).toBe('sim.error.order');
    expect(buildEvent(s, People.of(s.employees), { ...trend, percent: -100 }, 'x')).toBe('simx.error.growth');
    expect(buildEvent(s, People.of(s.employees), { ...trend, percent: Number.NaN }, 'x')).toBe('simx.error.growth');
    const move = { kind: 'transfer', nip: person.nip, postId: otherPost.id, from: '2027-02', to: null } as const;
    expect(buildEvent(s, People.of(s.employees), { ...move, nip: '199901012020011999' }, 'x')).toBe('simx.error.nip');
    expect(buildEvent(s, People.of(s.employees), { ...move, postId: '' }, 'x')).toBe('sim.error.post');
    expect(buildEvent(s, People.of(s.employees), { ...move, postId: person.postId! }, 'x')).toBe('simx.error.samePost');
    expect(buildEvent(s, People.of(s.employees), { ...move, from: '2027-13' }, 'x')).toBe('simx.error.startMonth');
  });

  it('keep the note and the fields the form does not show when an event is edited', () => {
    const old: ScenarioEvent = { id: 'b', type: 'backfill-delay', unitId: s.units[0]!.id, postId: null, backfill: true, months: 6, replacementAge: 30, note: 'kept' };
    expect(buildEvent(s, People.of(s.employees), { kind: 'backfill', months: 3, backfill: false }, 'b', old)).toEqual({ ...old, months: 3, backfill: false });
    const trend: ScenarioEvent = { id: 't', type: 'demand-trend', unitId: null, postId: s.posts[0]!.id, taskId: null, start: '2027-01-01', end: null, yearlyGrowth: 0.02 };
    expect(formOf(trend, s)).toBeNull(); // a trend on one post is changed in the file
  });
});
