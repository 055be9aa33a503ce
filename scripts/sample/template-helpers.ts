/** Small constructors that keep the post catalogue readable. */
import type { EducationLevel } from '../../src/core/positions';
import type { EducationOption, TaskTemplate } from './types';

export function task(id: string, name: string, output: string, normMinutes: number, share: number): TaskTemplate {
  return { id, name, output, normMinutes, share };
}

export function edu(level: EducationLevel, field: string, weight = 1): EducationOption {
  return { level, field, weight };
}
