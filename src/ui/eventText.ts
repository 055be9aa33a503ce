/** One line about a scenario event, for the event list and the editor's heading. */
import type { ScenarioEvent } from '../core/scenario/schema';
import type { ScenarioHeader } from '../storage/db';
import type { People } from '../storage/people';
import type { Locale } from '../i18n/i18n.svelte';

export function describeEvent(e: ScenarioEvent, s: ScenarioHeader | null, people: People, locale: Locale): string {
  const unitName = (id: string | null) => (id ? (s?.units.find((u) => u.id === id)?.name ?? id) : '–');
  const postName = (id: string) => {
    const p = s?.posts.find((x) => x.id === id);
    return p ? `${p.title}, ${unitName(p.unitId)}` : id;
  };
  switch (e.type) {
    case 'demand-spike': {
      const task = e.postId && e.taskId ? s?.posts.find((p) => p.id === e.postId)?.tasks.find((t) => t.id === e.taskId) : undefined;
      const target = e.postId ? `${postName(e.postId)}${task ? ` (${task.name})` : ''}` : unitName(e.unitId);
      const months = { from: locale.date(e.start), to: locale.date(e.end) };
      if (e.extraVolume !== null) return locale.t('simx.spike.itemExtra', { target, ...months, volume: locale.number(e.extraVolume, 0), output: task?.output ?? '' });
      return locale.t('sim.spike.item', { unit: target, ...months, factor: e.factor ?? '–' });
    }
    case 'planned-hire':
      return locale.t('sim.hire.item', { count: e.count, post: postName(e.postId), date: locale.date(e.start) });
    case 'exit-rate':
      return locale.t('sim.exit.item', { percent: locale.number(e.yearlyRate * 100, 1), group: e.positionType ? locale.t(`ptype.${e.positionType}`) : locale.t('sim.exit.all') });
    case 'hiring-freeze':
      return locale.t('sim.freeze.item', { from: locale.date(e.start), to: e.end ? locale.date(e.end) : '…', what: locale.t(`sim.freeze.${e.blockedHires}`) });
    case 'backfill-delay':
      return e.backfill ? locale.t('sim.backfill.item', { months: e.months }) : locale.t('sim.backfill.none');
    case 'planned-transfer':
      return locale.t('sim.transfer.item', { name: people.nameOf(e.nip) ?? e.nip, post: postName(e.toPostId), date: locale.date(e.start), end: e.end ? locale.date(e.end) : '–' });
    case 'demand-trend':
      return locale.t('sim.trend.item', { percent: locale.number(e.yearlyGrowth * 100, 1), unit: unitName(e.unitId) });
  }
}
