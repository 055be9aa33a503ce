import { describe, expect, it } from 'vitest';
import { moveBlocker, qualificationBlocker, RULES, RULE_IDS } from '../../../src/core/plan/rules';
import { DEFAULT_SETTINGS } from '../../../src/core/scenario/schema';
import { makeEmployee, POSTS } from '../fixtures';

const klerek = POSTS[0]!;
const analis = POSTS[1]!;
const perawat = POSTS[2]!;
const base = makeEmployee({ nip: '198609262015051001', name: 'Andi', birthDate: '1986-09-26', sex: 'L' });

describe('moveBlocker', () => {
  it.each([
    ['may move after 2 years in post', { postSince: '2022-12-01' }, '2025-01-01', null],
    ['too short in post (1 year 11 months)', { postSince: '2023-02-01' }, '2025-01-01', 'min-time-in-post'],
    ['exactly 24 months in post', { postSince: '2023-01-01' }, '2025-01-01', null],
    ['unplaced people may be placed at once', { postId: null, postSince: '2024-12-01' }, '2025-01-01', null],
    ['protected', { protected: 'Tugas belajar' }, '2025-01-01', 'protected'],
    // born 1968-03-15, BUP 58 -> retires 2026-04-01: 11 months after 2025-05-01 (margin 12)
    ['retiring within the margin', { birthDate: '1968-03-15', nip: '196803151990031002' }, '2025-05-01', 'retirement-margin'],
    ['retiring just outside the margin', { birthDate: '1968-03-15', nip: '196803151990031002' }, '2025-04-01', null],
  ] as const)('%s', (_label, overrides, planDate, expected) => {
    expect(moveBlocker({ ...base, ...overrides }, planDate, DEFAULT_SETTINGS)).toBe(expected);
  });
});

describe('qualificationBlocker', () => {
  const nurse = { ...base, positionType: 'fungsional' as const, positionLevel: 'ahli-pertama' as const, family: 'perawat', education: { level: 'D-III' as const, field: 'keperawatan' } };
  it.each([
    ['a clerk to a clerk post', base, klerek, null],
    ['a clerk to a nurse post', base, perawat, 'qualification-position'],
    ['a nurse to a nurse post', nurse, perawat, null],
    ['a nurse to a clerk post', nurse, klerek, 'qualification-position'],
    ['a nurse without the field', { ...nurse, education: { level: 'D-III' as const, field: 'kebidanan' } }, perawat, 'qualification-field'],
    ['a nurse below the education level', { ...nurse, education: { level: 'SLTA' as const, field: 'keperawatan' } }, perawat, 'qualification-education'],
    ['a clerk below SLTA', { ...base, education: { level: 'SLTP' as const, field: 'umum' } }, klerek, 'qualification-education'],
    ['an analyst post needs its own family', base, analis, 'qualification-position'],
  ] as const)('%s', (_label, employee, post, expected) => {
    expect(qualificationBlocker(employee, post)).toBe(expected);
  });
});

describe('RULES', () => {
  it('gives every rule a source', () => {
    for (const id of RULE_IDS) expect(RULES[id].source.length).toBeGreaterThan(5);
  });
});
