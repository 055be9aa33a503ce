/**
 * The steps of the guided introduction on the Nanggalo sample. Each step names the route it needs and
 * the element it points at (`data-tour="..."` on the real page), and builds its text from the scenario
 * on screen, so the figures quoted are the ones the user sees.
 */
import { employeeRetirementAge, employeeRetirementDate } from '../../core/employee';
import type { Locale } from '../../i18n/i18n.svelte';
import type { MessageKey } from '../../i18n/id';
import { employeeHref, unitHref } from '../../state/router.svelte';
import type { ScenarioState } from '../../state/scenario.svelte';

export interface IntroStep {
  id: string;
  /** `data-tour` value of the element to highlight. */
  target: string;
  title: MessageKey;
  /** Hash to show the step on, from the scenario. */
  route(app: ScenarioState): string;
  body(app: ScenarioState, locale: Locale): string;
}

/** The unit with the highest EJ: the clearest example of need from workload. */
function busiestUnit(app: ScenarioState): string {
  const units = app.report?.units ?? [];
  let best = units[0];
  for (const u of units) if ((u.ej ?? -1) > (best?.ej ?? -1)) best = u;
  return best?.id ?? app.scenario?.units[0]?.id ?? '';
}

/** The placed person who retires first after the reference date. */
function nextRetiree(app: ScenarioState) {
  const people = app.people;
  let first = -1;
  for (const i of app.retiringSoon) {
    if (people.postOf(i) !== null && (first < 0 || people.retires(i) < people.retires(first))) first = i;
  }
  if (first < 0 && people.count > 0) first = 0;
  return first < 0 ? undefined : people.at(first);
}

const dashboard = () => '#/';
const planner = () => '#/plan';

export const INTRO_STEPS: readonly IntroStep[] = [
  {
    id: 'welcome', target: 'metrics', title: 'intro.welcome.title', route: dashboard,
    body: (app, l) => l.t('intro.welcome.body', { name: app.scenario?.meta.name ?? '', units: app.scenario?.units.length ?? 0, people: app.people.count }),
  },
  {
    id: 'need', target: 'tasks', title: 'intro.need.title', route: (app) => unitHref(busiestUnit(app)),
    body: (app, l) => {
      const wke = app.scenario?.settings.wkeMinutes ?? 75000;
      const unit = app.unitById.get(busiestUnit(app))?.name ?? '';
      return l.t('intro.need.body', { unit, wke: l.number(wke, 0), hours: l.number(wke / 60, 0) });
    },
  },
  { id: 'ej', target: 'balance-chart', title: 'intro.ej.title', route: dashboard, body: (_app, l) => l.t('intro.ej.body') },
  {
    id: 'bands', target: 'band-legend', title: 'intro.bands.title', route: dashboard,
    body: (app, l) => {
      const b = app.scenario?.settings.bands ?? { a: 1, b: 0.9, c: 0.7, d: 0.5 };
      return l.t('intro.bands.body', { a: l.number(b.a, 2), b: l.number(b.b, 2), c: l.number(b.c, 2), d: l.number(b.d, 2) });
    },
  },
  {
    id: 'retirement', target: 'retirement', title: 'intro.retire.title', route: (app) => employeeHref(nextRetiree(app)?.nip ?? ''),
    body: (app, l) => {
      const person = nextRetiree(app);
      if (!person) return l.t('intro.retire.body', { example: '' });
      const example = l.t('intro.retire.example', {
        name: person.name, birth: l.date(person.birthDate), age: employeeRetirementAge(person), date: l.date(employeeRetirementDate(person)),
      });
      return l.t('intro.retire.body', { example });
    },
  },
  {
    id: 'wave', target: 'retirement-list', title: 'intro.wave.title', route: () => '#/simulation',
    body: (app, l) => l.t('intro.wave.body', { n: app.retiringSoon.length }),
  },
  {
    id: 'rules', target: 'plan-rules', title: 'intro.rules.title', route: planner,
    body: (app, l) => {
      const s = app.scenario?.settings;
      return l.t('intro.rules.body', { min: s?.minYearsInPost ?? 2, max: s?.maxYearsInPost ?? 5, margin: s?.retirementMarginMonths ?? 12 });
    },
  },
  { id: 'plan', target: 'propose', title: 'intro.plan.title', route: planner, body: (_app, l) => l.t('intro.plan.body') },
];
