/** Names of posts, units and people of an exercise's scenario, for labels. */
import type { Scenario } from '../../core/scenario/schema';

export interface Lookup {
  postTitle(id: string): string;
  unitName(id: string): string;
  /** "Perawat — Puskesmas Lapai" */
  postLabel(id: string): string;
  personName(nip: string): string;
}

export function lookupOf(s: Scenario): Lookup {
  const posts = new Map(s.posts.map((p) => [p.id, p]));
  const units = new Map(s.units.map((u) => [u.id, u.name]));
  const people = new Map(s.employees.map((e) => [e.nip, e.name]));
  const unitName = (id: string) => units.get(id) ?? id;
  return {
    postTitle: (id) => posts.get(id)?.title ?? id,
    unitName,
    postLabel: (id) => {
      const p = posts.get(id);
      return p ? `${p.title} — ${unitName(p.unitId)}` : id;
    },
    personName: (nip) => people.get(nip) ?? nip,
  };
}
