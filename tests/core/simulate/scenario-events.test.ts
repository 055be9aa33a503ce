/**
 * Validation of the events of format version 2: each rule of docs/scenario-format.md ("Other checks on
 * events", "References and uniqueness") with its path-and-problem message.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioEvent } from '../../../src/core/scenario/schema';
import { formatProblem, parseScenario } from '../../../src/core/scenario/validate';
import { minimalScenario } from '../fixtures';

function problemsWith(events: ScenarioEvent[], change?: (s: Scenario) => void): string[] {
  const s = minimalScenario();
  s.events = events;
  change?.(s);
  const result = parseScenario(s);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const spike: ScenarioEvent = {
  id: 'spike', type: 'demand-spike', unitId: 'pusk', postId: null, taskId: null,
  start: '2025-06-01', end: '2025-08-31', factor: 2, extraVolume: null,
};
const trend: ScenarioEvent = {
  id: 'trend', type: 'demand-trend', unitId: null, postId: 'pusk-perawat', taskId: 't2', start: '2025-01-01', end: null, yearlyGrowth: 0.05,
};
const hire: ScenarioEvent = {
  id: 'hire', type: 'planned-hire', postId: 'pusk-perawat', start: '2025-03-01', count: 2,
  profile: { status: 'PNS', positionType: 'fungsional', positionLevel: 'ahli-pertama', family: 'perawat', education: { level: 'Profesi', field: 'keperawatan' }, age: 25 },
};
const exits: ScenarioEvent = { id: 'exits', type: 'exit-rate', yearlyRate: 0.03, positionType: 'pelaksana', minAge: 20, maxAge: 35 };
const backfill: ScenarioEvent = { id: 'fill', type: 'backfill-delay', unitId: null, postId: null, backfill: true, months: 6, replacementAge: 28 };
const freeze: ScenarioEvent = { id: 'freeze', type: 'hiring-freeze', start: '2026-01-01', end: '2026-06-30', blockedHires: 'postpone' };
const transfer: ScenarioEvent = {
  id: 'move', type: 'planned-transfer', nip: '198609262015051001', toPostId: 'camat-analis', start: '2025-07-01', end: '2025-12-31',
};

describe('events: a valid set', () => {
  it('accepts one event of every kind', () => {
    expect(problemsWith([spike, trend, hire, exits, backfill, freeze, transfer])).toEqual([]);
  });

  it('accepts a spike with extra volume on a task, and rules by unit and by post beside the general one', () => {
    expect(problemsWith([
      { ...spike, unitId: null, postId: 'camat-klerek', taskId: 't1', factor: null, extraVolume: 300 },
      backfill,
      { ...backfill, id: 'fill-pusk', unitId: 'pusk', backfill: false },
      { ...backfill, id: 'fill-post', postId: 'camat-analis', months: 0 },
      { ...transfer, id: 'back-to-work', start: '2026-01-01', end: null },
    ])).toEqual([]);
  });
});

describe('events: problems name the place', () => {
  it.each<[string, ScenarioEvent[], string[]]>([
    ['an unknown kind', [{ ...freeze, type: 'kunjungan' } as unknown as ScenarioEvent],
      ['events[0].type: must be one of demand-spike, demand-trend, planned-hire, exit-rate, backfill-delay, hiring-freeze, planned-transfer']],
    ['a unit that does not exist', [{ ...spike, unitId: 'pusk-lapai' }], ['events[0].unitId: unit pusk-lapai does not exist']],
    ['a post that does not exist', [{ ...hire, postId: 'pusk-bidan' }], ['events[0].postId: post pusk-bidan does not exist']],
    ['a task the post does not have', [{ ...trend, taskId: 't9' }], ['events[0].taskId: post pusk-perawat has no task t9']],
    ['a task without its post', [{ ...spike, taskId: 't1' }], ['events[0].taskId: a task needs its post in postId']],
    ['a unit and a post', [{ ...spike, postId: 'pusk-perawat' }], ['events[0].postId: give a unit or a post, not both']],
    ['both factor and extra volume', [{ ...spike, extraVolume: 10 }], ['events[0].factor: give either factor or extraVolume (the other null)']],
    ['neither factor nor extra volume', [{ ...spike, factor: null }], ['events[0].factor: give either factor or extraVolume (the other null)']],
    ['extra volume without a task', [{ ...spike, factor: null, extraVolume: 10 }],
      ['events[0].extraVolume: extra volume counts outputs of one task: give postId and taskId']],
    ['a spike that ends before it starts', [{ ...spike, end: '2025-05-31' }], ['events[0].end: ends (2025-05-31) before it starts (2025-06-01)']],
    ['a freeze that ends before it starts', [{ ...freeze, end: '2025-12-31' }], ['events[0].end: ends (2025-12-31) before it starts (2026-01-01)']],
    ['a hire with a level outside a functional class', [{ ...hire, profile: { ...(hire as { profile: object }).profile, positionType: 'pelaksana' } } as ScenarioEvent],
      ['events[0].profile.positionLevel: a functional position needs a level; other positions must have null']],
    ['an age band upside down', [{ ...exits, minAge: 40, maxAge: 30 }], ['events[0].maxAge: is below minAge (40)']],
    ['two rules for every post', [backfill, { ...backfill, id: 'fill-2' }], ['events[1]: events[0] already sets the backfill for every post']],
    ['two rules for one unit', [{ ...backfill, unitId: 'pusk' }, { ...backfill, id: 'fill-2', unitId: 'pusk' }],
      ['events[1]: events[0] already sets the backfill for unit pusk']],
    ['a transfer of nobody', [{ ...transfer, nip: '198609262015051009' }], ['events[0].nip: no employee has NIP 198609262015051009']],
    ['a transfer to a post that does not exist', [{ ...transfer, toPostId: 'lurah-klerek' }], ['events[0].toPostId: post lurah-klerek does not exist']],
    ['a transfer after the retirement', [{ ...transfer, nip: '196803151990031002', start: '2026-04-01', end: null }],
      ['events[0].start: Budi retires on 2026-04-01 (TMT), before this transfer']],
    ['overlapping transfers of one person', [transfer, { ...transfer, id: 'move-2', start: '2025-12-01', end: null }],
      ['events[1].start: overlaps the transfer in events[0] of the same person']],
    ['a yearly rate of 1', [{ ...exits, yearlyRate: 1 }], ['events[0].yearlyRate: Too big: expected number to be <1']],
  ])('%s', (_label, events, expected) => {
    expect(problemsWith(events)).toEqual(expected);
  });

  it('allows a transfer in the month after a temporary one ends', () => {
    expect(problemsWith([transfer, { ...transfer, id: 'move-2', start: '2026-01-01', end: null }])).toEqual([]);
  });
});
