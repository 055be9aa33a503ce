/**
 * Hard rules of a transfer: each removes pairs (employee, post) from the planning problem instead of
 * pricing them, and can say which rule removed a pair and on what legal basis.
 */
import { wholeMonthsBetween, type IsoDate } from '../dates';
import { educationRank } from '../positions';
import { employeeRetirementDate } from '../employee';
import type { Employee, Post, Settings } from '../scenario/schema';

export const RULE_IDS = [
  'min-time-in-post', 'retirement-margin', 'protected', 'qualification-education',
  'qualification-field', 'qualification-position', 'user-pinned', 'user-rejected',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface RuleInfo {
  id: RuleId;
  /** Legal or organisational basis, as cited to the people moved. */
  source: string;
  /** The scenario setting that tunes the rule, if any. */
  setting: keyof Settings | null;
}

export const RULES: Readonly<Record<RuleId, RuleInfo>> = {
  'min-time-in-post': { id: 'min-time-in-post', source: 'PP 11/2017 jo. PP 17/2020 Pasal 190; Peraturan BKN 5/2019', setting: 'minYearsInPost' },
  'retirement-margin': { id: 'retirement-margin', source: 'PP 11/2017 Pasal 239 (BUP); kebijakan PPK', setting: 'retirementMarginMonths' },
  protected: { id: 'protected', source: 'Keputusan PPK (status dilindungi)', setting: null },
  'qualification-education': { id: 'qualification-education', source: 'PP 11/2017 Pasal 190 ayat (1): kesesuaian kompetensi dan persyaratan jabatan', setting: null },
  'qualification-field': { id: 'qualification-field', source: 'PP 11/2017 Pasal 190 ayat (1); Anjab: kualifikasi bidang pendidikan', setting: null },
  'qualification-position': { id: 'qualification-position', source: 'PermenPAN-RB 1/2023 (rumpun jabatan); PermenPAN-RB 45/2022 (jabatan pelaksana)', setting: null },
  'user-pinned': { id: 'user-pinned', source: 'Keputusan pengguna: pegawai ditetapkan di jabatannya', setting: null },
  'user-rejected': { id: 'user-rejected', source: 'Keputusan pengguna: usulan mutasi ditolak', setting: null },
};

/** Why a person cannot be moved at all at the plan date, or null when they may move. */
export function moveBlocker(e: Employee, planDate: IsoDate, s: Settings): RuleId | null {
  if (e.protected !== null) return 'protected';
  // Unplaced people may always be placed; the time-in-post rule guards people already serving in a post.
  if (e.postId !== null && wholeMonthsBetween(e.postSince, planDate) < s.minYearsInPost * 12) return 'min-time-in-post';
  const retires = employeeRetirementDate(e);
  if (wholeMonthsBetween(planDate, retires) < s.retirementMarginMonths) return 'retirement-margin';
  return null;
}

/**
 * Why a person is not qualified for a post, or null when qualified.
 * Functional posts need the same job family (a nurse's post needs a nurse); pelaksana posts take any
 * pelaksana; structural posts take the same position type only.
 */
export function qualificationBlocker(e: Employee, post: Post): RuleId | null {
  if (post.positionType === 'fungsional') {
    if (e.positionType !== 'fungsional' || e.family !== post.family) return 'qualification-position';
  } else if (e.positionType !== post.positionType) {
    return 'qualification-position';
  }
  if (educationRank(e.education.level) < educationRank(post.minEducation)) return 'qualification-education';
  if (post.educationFields.length > 0 && !post.educationFields.includes(e.education.field)) return 'qualification-field';
  return null;
}
