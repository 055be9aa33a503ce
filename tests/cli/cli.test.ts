import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario/schema';
import { describeJsonError, MAX_PROBLEMS_SHOWN } from '../../src/cli/load';
import { run } from '../../src/cli/run';
import { fixed, formatPairs, formatTable } from '../../src/cli/table';
import { makeEmployee, minimalScenario } from '../core/fixtures';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'seimbang-cli-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a file into the temp folder and returns its path. */
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function scenarioFile(name: string, change: (s: Scenario) => void = () => {}): string {
  const s = minimalScenario();
  change(s);
  return file(name, JSON.stringify(s, null, 2));
}

/** Runs the CLI in-process and captures what it writes. */
function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(argv, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
  return { code, out, err };
}

describe('validate', () => {
  it('accepts a valid scenario: exit 0 and one OK line', () => {
    const result = cli('validate', scenarioFile('valid.json'));
    expect(result).toEqual({ code: 0, out: 'OK: Minimal test scenario — 2 units, 3 posts, 4 employees\n', err: '' });
  });

  it('accepts a file saved with a byte-order mark', () => {
    const path = file('bom.json', `\uFEFF${JSON.stringify(minimalScenario())}`);
    expect(cli('validate', path).code).toBe(0);
  });

  it.each<[string, (s: Scenario) => void, string]>([
    [
      'a NIP with a birth date that does not exist',
      (s) => { s.employees[0]!.nip = '197502302000031001'; s.employees[0]!.birthDate = '1975-02-28'; },
      'employees[0].nip: birth date 1975-02-30 does not exist',
    ],
    ['an unknown post', (s) => { s.employees[2]!.postId = 'pusk-bidan'; }, 'employees[2].postId: post pusk-bidan does not exist'],
    ['a duplicate NIP', (s) => { s.employees.push({ ...s.employees[1]! }); }, 'employees[4].nip: duplicate nip 196803151990031002'],
    ['a newer format version', (s) => { s.version = 3 as 2; }, 'version: version 3 is newer than this app reads (2); update the app'],
    ['a date that does not exist', (s) => { s.meta.asOf = '2025-02-29'; }, 'meta.asOf: this date does not exist'],
  ])('rejects a copy with %s: exit 1 and path: message on stderr', (_label, breakIt, line) => {
    const path = scenarioFile('broken.json', breakIt);
    const result = cli('validate', path);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err.split('\n')).toContain(line);
    expect(result.err).toContain(`${path}: not a valid scenario (1 problem)`);
  });

  it(`lists at most ${MAX_PROBLEMS_SHOWN} problems, then counts the rest`, () => {
    const path = scenarioFile('many.json', (s) => {
      for (let i = 0; i < 60; i++) {
        s.employees.push(makeEmployee({
          nip: '198609262015051001', name: `Salinan ${i}`, birthDate: '1986-09-26', sex: 'L', postId: 'nowhere',
        }));
      }
    });
    const result = cli('validate', path);
    expect(result.code).toBe(1);
    const lines = result.err.trimEnd().split('\n');
    expect(lines).toHaveLength(MAX_PROBLEMS_SHOWN + 2);
    expect(lines[0]).toBe('employees[4].nip: duplicate nip 198609262015051001');
    expect(lines[MAX_PROBLEMS_SHOWN]).toBe('... and 70 more');
    expect(lines[MAX_PROBLEMS_SHOWN + 1]).toBe(`${path}: not a valid scenario (120 problems)`);
  });

  it('explains a JSON syntax error with its line and column', () => {
    const text = JSON.stringify(minimalScenario(), null, 2).replace('"fictional": true,', '"fictional": true,,');
    const path = file('syntax.json', text);
    const result = cli('validate', path);
    expect(result.code).toBe(1);
    const lines = result.err.split('\n');
    expect(lines[0]).toBe(`${path}: not valid JSON`);
    expect(lines[1]).toMatch(/^line 8, column 23: /);
    expect(lines[2]).toBe('8 |     "fictional": true,,');
    expect(lines[3]).toBe(`${' '.repeat(26)}^`);
  });

  it.each([
    ['an empty file', '', 'the file is empty'],
    ['a spreadsheet saved as text', 'nip;nama\n198609262015051001;Andi\n', "line 1, column 2: Unexpected token 'i'"],
  ])('rejects %s as not valid JSON', (_label, content, expected) => {
    const result = cli('validate', file('not-json.json', content));
    expect(result.code).toBe(1);
    expect(result.err).toContain('not valid JSON');
    expect(result.err).toContain(expected);
  });

  it('rejects JSON that is not a Seimbang scenario', () => {
    const result = cli('validate', file('other.json', '{"rows": []}'));
    expect(result.code).toBe(1);
    expect(result.err).toContain('format: must be "seimbang-scenario": this is not a Seimbang scenario');
  });

  it('exits 2 when the file cannot be read', () => {
    const result = cli('validate', join(dir, 'missing.json'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('missing.json: cannot read the file (no such file)');
  });
});

describe('summary', () => {
  it('prints a table per unit and the metrics', () => {
    const result = cli('summary', scenarioFile('valid.json'));
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    const lines = result.out.split('\n');
    expect(lines[0]).toBe('Minimal test scenario (as of 2025-01-01) [fictional data]');
    expect(lines).toContain('Unit                   Need FTE  Need  Staff    EJ  Band');
    expect(lines).toContain('Kantor Camat Nanggalo      1.80     2      2  0.90  B');
    expect(lines).toContain('Puskesmas Nanggalo         1.80     2      2  0.90  B');
    expect(result.out).toMatch(/Misallocation index +0\.444 /);
    expect(result.out).toMatch(/Vacant posts +1 /);
    expect(result.out).toMatch(/Overloaded posts +0 +\(EJ above 1\.05\)/);
    expect(result.out).toMatch(/Under-used posts +1 /);
    expect(result.out).toMatch(/Max EJ +0\.90\n/);
    expect(result.out).toMatch(/EJ spread +0\.15 /);
    expect(result.out).toMatch(/Retirements, next 3 years +1 +\(after 2025-01-01, up to 2028-01-01\)/);
    expect(result.out).not.toContain('Already past retirement');
  });

  it('shows VACANT for a unit with need and nobody, and a dash for its EJ', () => {
    const path = scenarioFile('vacant.json', (s) => {
      for (const e of s.employees) if (e.postId === 'pusk-perawat') e.postId = null;
    });
    const result = cli('summary', path);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toContain('Puskesmas Nanggalo         1.80     2      0     -  VACANT');
  });

  it('counts people already past their retirement date separately', () => {
    const path = scenarioFile('late.json', (s) => { s.meta.asOf = '2026-06-01'; });
    const result = cli('summary', path);
    expect(result.out).toMatch(/Retirements, next 3 years +0 /);
    expect(result.out).toMatch(/Already past retirement +1 +\(retirement date on or before 2026-06-01\)/);
  });

  it('prints the same as JSON with --json', () => {
    const result = cli('summary', scenarioFile('valid.json'), '--json');
    expect(result.code).toBe(0);
    const data = JSON.parse(result.out) as Record<string, unknown>;
    expect(data).toMatchObject({
      scenario: { id: 'test-minimal', name: 'Minimal test scenario', asOf: '2025-01-01', fictional: true },
      units: [
        { id: 'camat', name: 'Kantor Camat Nanggalo', need: 1.8, needRounded: 2, headcount: 2, ej: 0.9, standing: 'B', vacantPosts: 1 },
        { id: 'pusk', name: 'Puskesmas Nanggalo', need: 1.8, needRounded: 2, headcount: 2, ej: 0.9, standing: 'B', vacantPosts: 0 },
      ],
      metrics: {
        totalNeed: 3.6, totalHeadcount: 4, misallocationIndex: 0.444444, vacantPosts: 1,
        overloadedPosts: 0, underusedPosts: 1, maxEj: 0.9, minEj: 0.6, ejSpread: 0.15,
      },
      retirements: { after: '2025-01-01', until: '2028-01-01', months: 36, count: 1, alreadyDue: 0 },
    });
  });

  it('rejects a broken scenario like validate does', () => {
    const result = cli('summary', scenarioFile('broken.json', (s) => { s.posts[0]!.unitId = 'lurah'; }), '--json');
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain('posts[0].unitId: unit lurah does not exist');
  });
});

describe('usage', () => {
  it.each([
    [['frobnicate', 'x.json'], 'unknown command "frobnicate"'],
    [[], 'no command given'],
    [['validate'], 'validate needs a scenario FILE'],
    [['summary'], 'summary needs a scenario FILE'],
    [['validate', 'a.json', 'b.json'], 'validate takes one FILE, got 2'],
    [['validate', 'a.json', '--json'], 'unknown option "--json" for validate'],
    [['summary', 'a.json', '--csv'], 'unknown option "--csv" for summary'],
    [['toString', 'a.json'], 'unknown command "toString"'],
  ])('%j -> exit 2: %s', (argv, reason) => {
    const result = cli(...argv);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain(`error: ${reason}`);
    expect(result.err).toContain('Usage: npm run cli -- <command>');
  });

  it.each([['help'], ['--help'], ['-h']])('%s prints the usage and exits 0', (flag) => {
    const result = cli(flag);
    expect(result.code).toBe(0);
    expect(result.out).toContain('validate FILE');
    expect(result.out).toContain('summary FILE [--json]');
  });
});

describe('table formatting', () => {
  it('pads columns and aligns numbers right', () => {
    const text = formatTable(
      [{ header: 'Unit' }, { header: 'EJ', align: 'right' }, { header: 'Band' }],
      [['Kantor Lurah Surau Gadang', '1.20', 'A'], ['SD Negeri 01', '-', 'VACANT']],
    );
    expect(text).toBe(
      'Unit                         EJ  Band\n' +
      '-------------------------  ----  ------\n' +
      'Kantor Lurah Surau Gadang  1.20  A\n' +
      'SD Negeri 01                  -  VACANT\n',
    );
  });

  it('counts a non-ASCII character as one column', () => {
    const text = formatTable([{ header: 'A' }, { header: 'B' }], [['é—', 'x']]);
    expect(text.split('\n')[2]).toBe('é—  x');
  });

  it('pads labels of label-value pairs', () => {
    expect(formatPairs([['Max EJ', '1.20'], ['Vacant posts', '3']])).toBe('Max EJ        1.20\nVacant posts  3\n');
  });

  it.each([
    [1.2, 2, '1.20'],
    [0.4444, 3, '0.444'],
    [null, 2, '-'],
    [Number.NaN, 2, '-'],
  ])('fixed(%s, %i) -> %s', (value, decimals, expected) => {
    expect(fixed(value, decimals)).toBe(expected);
  });
});

describe('describeJsonError', () => {
  function errorOf(text: string): unknown {
    try {
      JSON.parse(text);
    } catch (e) {
      return e;
    }
    throw new Error('expected a syntax error');
  }

  it('finds an unexpected token in the middle of a file (a single-quoted text)', () => {
    const text = JSON.stringify(minimalScenario(), null, 2).replace('"name": "Andi"', "\"name\": 'Andi'");
    const lines = describeJsonError(text, errorOf(text));
    expect(lines[0]).toMatch(/^line \d+, column 15: Unexpected token '''$/);
    expect(lines[1]).toMatch(/^\d+ \|       "name": 'Andi',$/);
  });

  it('gives the reason alone when the place cannot be found', () => {
    expect(describeJsonError('{"a": tru}', errorOf('{"a": tru}'))).toEqual(["Unexpected token '}'"]);
  });

  it('points into a long single-line file without printing all of it', () => {
    const text = `{"a":"${'x'.repeat(500)}" "b":1}`;
    const lines = describeJsonError(text, errorOf(text));
    expect(lines[0]).toMatch(/^line 1, column 509: /);
    expect(lines[1]!.length).toBeLessThan(140);
    expect(lines[1]!.startsWith('1 | ...')).toBe(true);
    // the caret stands under the offending character
    const caret = lines[2]!.indexOf('^');
    expect(lines[1]![caret]).toBe('"');
  });
});
