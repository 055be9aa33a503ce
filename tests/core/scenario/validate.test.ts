import { describe, expect, it } from 'vitest';
import { migrateScenario } from '../../../src/core/scenario/migrate';
import type { Scenario } from '../../../src/core/scenario/schema';
import { formatPath, formatProblem, parseScenario, type Problem } from '../../../src/core/scenario/validate';
import { makeEmployee, minimalScenario } from '../fixtures';

/** Problems of a broken copy of the minimal scenario, as `path: message` lines. */
function problemsAfter(breakIt: (s: Scenario) => void): string[] {
  const scenario = minimalScenario();
  breakIt(scenario);
  const result = parseScenario(scenario);
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** Problems of any JSON value. */
function problemsOf(data: unknown): Problem[] {
  const result = parseScenario(data);
  return result.ok ? [] : result.problems;
}

describe('parseScenario: a valid scenario', () => {
  it('accepts the minimal scenario as it is', () => {
    const result = parseScenario(minimalScenario());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.upgradedFrom).toBeNull();
    expect(result.scenario).toEqual(minimalScenario());
  });

  it('accepts the scenario after a round trip through JSON text', () => {
    expect(parseScenario(JSON.parse(JSON.stringify(minimalScenario()))).ok).toBe(true);
  });

  it('drops fields it does not know', () => {
    const data = { ...minimalScenario(), comment: 'exported by hand' };
    const result = parseScenario(data);
    expect(result.ok && 'comment' in result.scenario).toBe(false);
  });

  it('accepts an empty agency (no units, posts or employees)', () => {
    const s = minimalScenario();
    s.units = [];
    s.posts = [];
    s.employees = [];
    expect(parseScenario(s).ok).toBe(true);
  });
});

describe('parseScenario: format and version', () => {
  it.each<[string, string, unknown]>([
    ['null', '(document): must be a JSON object', null],
    ['an array', '(document): must be a JSON object', [minimalScenario()]],
    ['a string', '(document): must be a JSON object', 'seimbang-scenario'],
    ['no format', 'format: must be "seimbang-scenario": this is not a Seimbang scenario', { version: 1 }],
    ['another format', 'format: must be "seimbang-scenario": this is not a Seimbang scenario', { ...minimalScenario(), format: 'excel' }],
    ['no version', 'version: must be a whole number from 1', { ...minimalScenario(), version: undefined }],
    ['version as text', 'version: must be a whole number from 1', { ...minimalScenario(), version: '1' }],
    ['version 0', 'version: must be a whole number from 1', { ...minimalScenario(), version: 0 }],
    ['version 1.5', 'version: must be a whole number from 1', { ...minimalScenario(), version: 1.5 }],
    ['a newer version', 'version: version 3 is newer than this app reads (2); update the app', { ...minimalScenario(), version: 3 }],
  ])('%s -> %s', (_label, expected, data) => {
    expect(problemsOf(data).map(formatProblem)).toEqual([expected]);
  });

  it('migrateScenario passes a current document through unchanged', () => {
    const doc = minimalScenario();
    expect(migrateScenario(doc)).toEqual({ ok: true, value: doc, upgradedFrom: null });
  });
});

describe('parseScenario: shape problems name the place', () => {
  it.each<[string, string, RegExp, (s: Scenario) => void]>([
    ['missing name', 'meta.name', /expected string/, (s) => { delete (s.meta as Partial<Scenario['meta']>).name; }],
    ['asOf not a date', 'meta.asOf', /^must be a date written YYYY-MM-DD$/, (s) => { s.meta.asOf = '01/01/2025'; }],
    ['WKE zero', 'settings.wkeMinutes', /.+/, (s) => { s.settings.wkeMinutes = 0; }],
    ['bands out of order', 'settings.bands', /^thresholds must satisfy a >= b >= c >= d$/, (s) => { s.settings.bands.a = 0.5; }],
    ['unknown unit kind', 'units[0].kind', /kantor-camat/, (s) => { (s.units[0] as { kind: string }).kind = 'kantor'; }],
    ['id with a space', 'units[1].id', /^use letters, digits, dot, dash or underscore$/, (s) => { s.units[1]!.id = 'puskesmas nanggalo'; }],
    ['negative volume', 'posts[2].tasks[1].volume', /.+/, (s) => { s.posts[2]!.tasks[1]!.volume = -5; }],
    ['birth date that does not exist', 'employees[0].birthDate', /^this date does not exist$/, (s) => { s.employees[0]!.birthDate = '1975-02-30'; }],
    ['NIP with spaces', 'employees[1].nip', /^must be 18 digits without spaces$/, (s) => { s.employees[1]!.nip = '19680315 199003 1 002'; }],
    ['unknown sex', 'employees[2].sex', /.+/, (s) => { (s.employees[2] as { sex: string }).sex = 'X'; }],
    ['unknown performance rating', 'employees[0].performance[0].rating', /sangat-baik/, (s) => { (s.employees[0]!.performance[0] as { rating: string }).rating = 'good'; }],
  ])('%s -> %s', (_label, path, message, breakIt) => {
    const scenario = minimalScenario();
    breakIt(scenario);
    const problems = problemsOf(scenario);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe(path);
    expect(problems[0]!.message).toMatch(message);
  });

  it('reports every shape problem at once', () => {
    const lines = problemsAfter((s) => {
      s.meta.asOf = '2025-13-01';
      s.employees[3]!.birthDate = '1992-02-30';
    });
    expect(lines).toEqual(['meta.asOf: this date does not exist', 'employees[3].birthDate: this date does not exist']);
  });
});

describe('parseScenario: rules beyond the shape', () => {
  it.each<[string, (s: Scenario) => void, string[]]>([
    [
      'NIP with a birth date that does not exist',
      (s) => { s.employees[0]!.nip = '197502302000031001'; s.employees[0]!.birthDate = '1975-02-28'; },
      ['employees[0].nip: birth date 1975-02-30 does not exist'],
    ],
    [
      'NIP with a bad TMT CPNS month',
      (s) => { s.employees[0]!.nip = '198609262015131001'; },
      ['employees[0].nip: TMT CPNS 2015-13 is not a real month'],
    ],
    [
      'NIP with sex digit 3',
      (s) => { s.employees[0]!.nip = '198609262015053001'; },
      ['employees[0].nip: sex digit must be 1 (male) or 2 (female), found 3'],
    ],
    [
      'NIP with sequence 000',
      (s) => { s.employees[0]!.nip = '198609262015051000'; },
      ['employees[0].nip: sequence number 000 is not issued'],
    ],
    [
      'PPPK number with sex digit 3',
      (s) => { s.employees[3]!.nip = '199205102021253004'; },
      ['employees[3].nip: sex digit must be 1 (male) or 2 (female), found 3'],
    ],
    [
      'PPPK number given to a PNS',
      (s) => { s.employees[3]!.status = 'PNS'; s.employees[3]!.rank = 'II/c'; s.employees[3]!.nip = '199205102021252004'; },
      ['employees[3].nip: TMT CPNS 2021-25 is not a real month'],
    ],
    [
      'birth date that differs from the NIP',
      (s) => { s.employees[0]!.birthDate = '1986-09-27'; },
      ['employees[0].birthDate: 1986-09-27 differs from the birth date in the NIP (1986-09-26)'],
    ],
    [
      'sex that differs from the NIP',
      (s) => { s.employees[2]!.sex = 'L'; },
      ['employees[2].sex: L differs from the sex digit in the NIP (P)'],
    ],
    [
      'duplicate NIP',
      (s) => { s.employees.push({ ...s.employees[0]!, name: 'Andi Kembar' }); },
      ['employees[4].nip: duplicate nip 198609262015051001'],
    ],
    [
      'unknown post',
      (s) => { s.employees[1]!.postId = 'camat-sekretaris'; },
      ['employees[1].postId: post camat-sekretaris does not exist'],
    ],
    [
      'post in an unknown unit',
      (s) => { s.posts[1]!.unitId = 'lurah-surau-gadang'; },
      ['posts[1].unitId: unit lurah-surau-gadang does not exist'],
    ],
    [
      'unknown preferred unit',
      (s) => { s.employees[0]!.mobility.preferredUnitIds = ['pusk', 'lapai']; },
      ['employees[0].mobility.preferredUnitIds[1]: unit lapai does not exist'],
    ],
    [
      'duplicate unit id',
      (s) => { s.units.push({ id: 'pusk', name: 'Puskesmas Lapai', kind: 'puskesmas' }); },
      ['units[2].id: duplicate id pusk'],
    ],
    [
      'duplicate post id',
      (s) => { s.posts.push({ ...s.posts[0]! }); },
      ['posts[3].id: duplicate id camat-klerek'],
    ],
    [
      'duplicate task id in a post',
      (s) => { s.posts[2]!.tasks[1]!.id = 't1'; },
      ['posts[2].tasks[1].id: duplicate id t1'],
    ],
    [
      'golongan that does not exist',
      (s) => { s.employees[0]!.rank = 'III/e'; },
      ['employees[0].rank: III/e is not a golongan (I/a-IV/e)'],
    ],
    [
      'golongan given to a PPPK',
      (s) => { s.employees[3]!.rank = 'III/a'; },
      ['employees[3].rank: III/a is not a PPPK grade (I-XVII)'],
    ],
    [
      'functional position without a level',
      (s) => { s.employees[2]!.positionLevel = null; },
      ['employees[2].positionLevel: a functional position needs a level; other positions must have null'],
    ],
    [
      'structural position with a level',
      (s) => { s.employees[0]!.positionLevel = 'ahli-muda'; },
      ['employees[0].positionLevel: a functional position needs a level; other positions must have null'],
    ],
    [
      'in post before birth',
      (s) => { s.employees[0]!.postSince = '1980-01-01'; },
      ['employees[0].postSince: is before the birth date'],
    ],
    [
      'history that ends before it starts',
      (s) => { s.employees[1]!.history = [{ unitName: 'Kantor Lurah Kampung Olo', postTitle: 'Klerek', from: '2015-01-01', to: '2014-12-31' }]; },
      ['employees[1].history[0].to: ends (2014-12-31) before it starts (2015-01-01)'],
    ],
    [
      'duplicate event id',
      (s) => {
        const ev = {
          id: 'e1', type: 'demand-spike', unitId: 'pusk', postId: null, taskId: null,
          start: '2025-06-01', end: '2025-08-31', factor: 1.2, extraVolume: null,
        } as const;
        s.events = [ev, { ...ev }];
      },
      ['events[1].id: duplicate id e1'],
    ],
  ])('%s', (_label, breakIt, expected) => {
    expect(problemsAfter(breakIt)).toEqual(expected);
  });

  it('reports several rule problems together, in document order', () => {
    const lines = problemsAfter((s) => {
      s.employees[0]!.birthDate = '1986-09-27';
      s.employees[1]!.postId = 'nowhere';
      s.employees.push(makeEmployee({ nip: '197502302000031001', name: 'Eko', birthDate: '1975-02-28', sex: 'L' }));
    });
    expect(lines).toEqual([
      'employees[0].birthDate: 1986-09-27 differs from the birth date in the NIP (1986-09-26)',
      'employees[1].postId: post nowhere does not exist',
      'employees[4].nip: birth date 1975-02-30 does not exist',
    ]);
  });

  it('checks the rules only once the shape is right', () => {
    const lines = problemsAfter((s) => {
      s.employees[0]!.postId = 'nowhere';
      s.meta.asOf = 'today';
    });
    expect(lines).toEqual(['meta.asOf: must be a date written YYYY-MM-DD']);
  });

  it('accepts a placed-nowhere employee (postId null)', () => {
    expect(problemsAfter((s) => { s.employees[0]!.postId = null; })).toEqual([]);
  });
});

describe('formatPath and formatProblem', () => {
  it.each<[PropertyKey[], string]>([
    [[], '(document)'],
    [['format'], 'format'],
    [['meta', 'asOf'], 'meta.asOf'],
    [['employees', 12, 'nip'], 'employees[12].nip'],
    [['posts', 0, 'tasks', 3, 'volume'], 'posts[0].tasks[3].volume'],
    [['employees', 0, 'mobility', 'preferredUnitIds', 1], 'employees[0].mobility.preferredUnitIds[1]'],
  ])('%j -> %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });

  it('writes a problem as path: message', () => {
    expect(formatProblem({ path: 'employees[0].nip', message: 'birth date 1975-02-30 does not exist' }))
      .toBe('employees[0].nip: birth date 1975-02-30 does not exist');
  });
});
