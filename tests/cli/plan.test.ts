import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCertificate } from '../../src/core/plan/certificate';
import { fromJson } from '../../src/core/plan/problem';
import { solve } from '../../src/core/plan/solver';
import { run } from '../../src/cli/run';

function capture(argv: string[]) {
  let out = '';
  let err = '';
  const code = run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('cli plan', () => {
  it('prints the moves, the metrics and the certificate for the sample', () => {
    const r = capture(['plan', 'scenarios/nanggalo.json']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Transfer plan for Kecamatan Nanggalo/);
    expect(r.out).toMatch(/Misallocation index\s+0\.\d+ -> 0\.\d+/);
    expect(r.out).toContain('Certificate: checked, the plan is optimal.');
  });

  it('keeps a move cap and prints JSON', () => {
    const r = capture(['plan', 'scenarios/nanggalo.json', '--max-moves', '2', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { moves: unknown[]; budget: { maxMoves: number }; certificate: { ok: boolean } };
    expect(json.moves.length).toBeLessThanOrEqual(2);
    expect(json.budget.maxMoves).toBe(2);
    expect(json.certificate.ok).toBe(true);
  });

  it.each([
    [['plan', 'scenarios/nanggalo.json', '--date', '2026-02-30'], /not a real date/],
    [['plan', 'scenarios/nanggalo.json', '--max-moves', 'many'], /whole number/],
    [['plan', 'scenarios/nanggalo.json', '--max-moves'], /needs a value/],
  ])('rejects %j with exit code 2', (argv, message) => {
    const r = capture(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

describe('cli export-problem', () => {
  it('writes a problem whose stored plan an independent read-back confirms', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'seimbang-')), 'problem.json');
    const r = capture(['export-problem', 'scenarios/nanggalo.json', '--out', out]);
    expect(r.code).toBe(0);
    const { problem, plan } = fromJson(JSON.parse(readFileSync(out, 'utf8')));
    const again = solve(problem);
    expect(again.objective).toBe(plan!.objective);
    expect(checkCertificate(problem, again).ok).toBe(true);
  });
});
