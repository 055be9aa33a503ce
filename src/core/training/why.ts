/**
 * Why a refused move is refused, in facts about the person and the post that a message can name:
 * months in post against the minimum, the retirement date against the margin, the education asked.
 */
import { wholeMonthsBetween } from '../dates';
import { employeeRetirementDate } from '../employee';
import type { TrainingTask } from './derive';
import type { Refusal } from './evaluate';

/** Message parameters for a refusal (strings and numbers only). */
export type RefusalFacts = Record<string, string | number>;

/** The facts behind a refusal of moving `nip` to `postId` (empty when there is nothing more to say). */
export function refusalFacts(task: TrainingTask, nip: string, postId: string, refusal: Refusal): RefusalFacts {
  const s = task.scenario;
  const e = s.employees.find((x) => x.nip === nip);
  const post = s.posts.find((p) => p.id === postId);
  if (!e || !post) return {};
  const base = { name: e.name, post: post.title, unit: s.units.find((u) => u.id === post.unitId)?.name ?? post.unitId };
  if (refusal.kind === 'budget') return { ...base, budget: refusal.budget };
  if (refusal.kind !== 'rule') return base;
  switch (refusal.rule) {
    case 'min-time-in-post':
      return { ...base, since: e.postSince, months: wholeMonthsBetween(e.postSince, task.planDate), minMonths: Math.round(s.settings.minYearsInPost * 12) };
    case 'retirement-margin':
      return { ...base, retires: employeeRetirementDate(e), margin: s.settings.retirementMarginMonths };
    case 'protected':
      return { ...base, reason: e.protected ?? '' };
    case 'qualification-education':
      return { ...base, has: e.education.level, needs: post.minEducation };
    case 'qualification-field':
      return { ...base, has: e.education.field, needs: post.educationFields.join(', ') };
    case 'qualification-position':
      return { ...base, has: `${e.positionType} (${e.family})`, needs: `${post.positionType} (${post.family})` };
    default:
      return base;
  }
}
