/** One line about a scenario event, for the event list and the editor's heading. */
import type { Scenario, ScenarioEvent } from '../core/scenario/schema';
import type { Locale } from '../i18n/i18n.svelte';

export function describeEvent(e: ScenarioEvent, s: Scenario | null, locale: Locale): string {
  const unitName = (id: string | null) => (id ? (s?.units.find((u) => u.id === id)?.name ?? id) : '–');
  const postName = (id: string) => {
    const p = s?.posts.find((x) => x.id === id);
    return p ? `${p.title}, ${unitName(p.unitId)}` : id;
  };
  switch (e.type) {
    case 'demand-spike':
      return locale.t('sim.spike.item', { unit: e.unitId ? unitName(e.unitId) : e.postId ? postName(e.postId) : '–', from: locale.date(e.start), to: locale.date(e.end), factor: e.factor ?? '–' });
    case 'planned-hire':
      return locale.t('sim.hire.item', { count: e.count, post: postName(e.postId), date: locale.date(e.start) });
    case 'exit-rate':
      return locale.t('sim.exit.item', { percent: locale.number(e.yearlyRate * 100, 1), group: e.positionType ? locale.t(`ptype.${e.positionType}`) : locale.t('sim.exit.all') });
    case 'hiring-freeze':
      return locale.t('sim.freeze.item', { from: locale.date(e.start), to: e.end ? locale.date(e.end) : '…', what: locale.t(`sim.freeze.${e.blockedHires}`) });
    case 'backfill-delay':
      return e.backfill ? locale.t('sim.backfill.item', { months: e.months }) : locale.t('sim.backfill.none');
    case 'planned-transfer':
      return locale.t('sim.transfer.item', { name: s?.employees.find((x) => x.nip === e.nip)?.name ?? e.nip, post: postName(e.toPostId), date: locale.date(e.start), end: e.end ? locale.date(e.end) : '–' });
    case 'demand-trend':
      return locale.t('sim.trend.item', { percent: locale.number(e.yearlyGrowth * 100, 1), unit: unitName(e.unitId) });
  }
}
