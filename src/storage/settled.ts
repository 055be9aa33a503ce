/**
 * People as the page keeps them once read. `JSON.parse` makes its objects in the young generation of
 * the JavaScript heap; a 100k-person agency read in the background then keeps every garbage collection
 * of the young generation copying the whole of the newly read people, in pauses of 50 to 150 ms.
 * Copied by object literals, the people are made where the engine learns they last (it places the
 * objects made by a literal in the old generation once most of them outlive a collection); the parsed
 * objects die at once, which costs a young collection next to nothing. Measured in Chromium parsing
 * 100k people: young collections of 55-75 ms instead of 110-150, and the whole read no slower.
 *
 * The text fields that repeat from person to person (rank, family, post, competences, the history's
 * unit names and titles, dates...) are shared: each copy takes the first string read with that text,
 * so the parsed one dies young as well and a collection copies only the few texts that are new (the
 * names and NIPs, and the first of each repeated value).
 */
import type { Employee } from '../core/scenario/schema';

/** The string already read with the same text (or this one, now the first). */
type Share = <T extends string>(s: T) => T;

/** Number of an employee's own keys when `notes` is absent. */
const KEYS = 18;

/**
 * A settler for one read: gives each employee back equal in every field, made by literals, with its
 * repeated texts shared with the people settled before it; an object with other keys is kept as it is.
 */
export function employeeSettler(): (e: Employee) => Employee {
  const texts = new Map<string, string>();
  const share: Share = (s) => {
    const known = texts.get(s);
    if (known !== undefined) return known as typeof s;
    texts.set(s, s);
    return s;
  };
  return (e) => settled(e, share);
}

function settled(e: Employee, share: Share): Employee {
  let keys = 0;
  for (const _ in e) keys++;
  if (keys !== KEYS + (e.notes === undefined ? 0 : 1) || !e.education || !e.mobility) return e;
  const copy: Employee = {
    nip: e.nip, name: e.name, sex: share(e.sex), birthDate: share(e.birthDate), status: share(e.status), rank: share(e.rank),
    positionType: share(e.positionType), positionLevel: e.positionLevel === null ? null : share(e.positionLevel), family: share(e.family),
    education: { level: share(e.education.level), field: share(e.education.field) },
    competences: copyStrings(e.competences, share),
    postId: e.postId === null ? null : share(e.postId), postSince: share(e.postSince),
    performance: copyPerformance(e.performance, share),
    history: copyHistory(e.history, share),
    mobility: { willingness: share(e.mobility.willingness), preferredUnitIds: copyStrings(e.mobility.preferredUnitIds, share) },
    protected: e.protected === null ? null : share(e.protected), retirementAgeOverride: e.retirementAgeOverride,
  };
  if (e.notes !== undefined) copy.notes = e.notes;
  return copy;
}

function copyStrings(list: readonly string[], share: Share): string[] {
  const out: string[] = [];
  for (const s of list) out.push(share(s));
  return out;
}

function copyPerformance(list: Employee['performance'], share: Share): Employee['performance'] {
  const out: Employee['performance'] = [];
  for (const p of list) out.push({ year: p.year, rating: share(p.rating) });
  return out;
}

function copyHistory(list: Employee['history'], share: Share): Employee['history'] {
  const out: Employee['history'] = [];
  for (const h of list) out.push({ unitName: share(h.unitName), postTitle: share(h.postTitle), from: share(h.from), to: share(h.to) });
  return out;
}
