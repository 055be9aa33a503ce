import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../scripts/sample/generate';
import { employeeRetirementDate } from '../../src/core/employee';
import { BLOCK_SIZE } from '../../src/storage/blocks';
import { addColumns, emptyColumns, People } from '../../src/storage/people';

describe('People: the open scenario\'s people, as objects or as stored block texts', () => {
  const employees = generateScenario({ seed: 8, employees: 2_600 }).employees;
  const texts: string[] = [];
  for (let from = 0; from < employees.length; from += BLOCK_SIZE) texts.push(JSON.stringify(employees.slice(from, from + BLOCK_SIZE)));
  const stored = () => {
    const build = People.builder();
    for (const text of texts) build.add(text);
    return build.done();
  };

  it('gives every person back equal, and the same columns, from block texts as from objects', async () => {
    const build = People.builder();
    const heard = texts.map((text) => build.add(text));
    const fromTexts = build.done();
    const held = People.of(employees);
    expect(heard).toEqual(texts.map((_, b) => Math.min(employees.length, (b + 1) * BLOCK_SIZE)));
    for (const people of [fromTexts, held]) {
      expect(people.count).toBe(employees.length);
      // Read twice, in an order that makes the parsed blocks come and go.
      for (const i of [...employees.keys(), ...[...employees.keys()].reverse()]) {
        const e = employees[i]!;
        expect(people.at(i)).toEqual(e);
        expect([people.nip(i), people.name(i), people.postOf(i), people.retires(i)]).toEqual([e.nip, e.name, e.postId, employeeRetirementDate(e)]);
      }
      expect(people.all()).toEqual(employees);
      let pauses = 0;
      expect(await people.allSliced(async () => void pauses++)).toEqual(employees);
      expect(pauses).toBe(texts.length);
    }
    expect(() => fromTexts.at(employees.length)).toThrow(RangeError);
  });

  it('finds people by NIP and by post', () => {
    const people = stored();
    const e = employees[1_777]!;
    expect(people.indexOf(e.nip)).toBe(1_777);
    expect(people.get(e.nip)).toEqual(e);
    expect(people.nameOf(e.nip)).toBe(e.name);
    expect(people.get('000000000000000000')).toBeUndefined();
    const postId = e.postId!;
    const inPost = employees.flatMap((p, i) => (p.postId === postId ? [i] : []));
    const other = employees.find((p) => p.postId !== null && p.postId !== postId)!.postId!;
    const found = people.inPosts([postId, other, 'no-such-post']);
    expect(found.get(postId)).toEqual(inPost);
    expect(found.get(other)).toEqual(employees.flatMap((p, i) => (p.postId === other ? [i] : [])));
    expect(found.get('no-such-post')).toEqual([]);
    expect([...found.keys()]).toEqual([postId, other, 'no-such-post']);
  });

  it('searches names (any case, every word) and NIPs (spaces ignored), names starting with the query first', () => {
    const people = stored();
    const e = employees[42]!;
    const first = e.name.split(/\s+/)[0]!;
    const found = people.search(first.toUpperCase(), 500);
    expect(found.map((p) => p.nip)).toContain(e.nip);
    expect(found.every((p) => p.name.toLowerCase().includes(first.toLowerCase()))).toBe(true);
    const starting = found.findIndex((p) => !p.name.toLowerCase().startsWith(first.toLowerCase()));
    if (starting >= 0) expect(found.slice(starting).every((p) => !p.name.toLowerCase().startsWith(first.toLowerCase()))).toBe(true);
    const spaced = `${e.nip.slice(0, 8)} ${e.nip.slice(8)}`;
    expect(people.search(spaced, 5).map((p) => p.nip)).toEqual([e.nip]);
    // A match is read from the columns: NIP, name, post and status (PPPK NIPs are written differently).
    for (const p of [e, employees.find((x) => x.status === 'PPPK')!]) {
      expect(people.search(p.nip, 5)).toEqual([{ nip: p.nip, name: p.name, postId: p.postId, status: p.status }]);
      expect(people.statusOf(p.nip)).toBe(p.status);
    }
    expect(people.statusOf('000000000000000000')).toBeUndefined();
    expect(people.search('   ', 5)).toEqual([]);
    expect(people.search(first, 3)).toHaveLength(Math.min(3, found.length));
  });

  it('gives a new People for an edit, with its columns and indexes updated, and leaves the old one as it was', () => {
    const before = stored();
    const i = 1_234;
    const e = employees[i]!;
    const otherPost = employees.find((p) => p.postId !== null && p.postId !== e.postId)!.postId!;
    expect(before.indexOf(e.nip)).toBe(i); // the NIP index is there before the edit
    const moved = { ...e, postId: otherPost, birthDate: '1970-01-15', name: 'Nama Baru' };
    const after = before.with(i, moved);
    expect(after.at(i)).toEqual(moved);
    expect([after.postOf(i), after.name(i), after.retires(i)]).toEqual([otherPost, 'Nama Baru', employeeRetirementDate(moved)]);
    const staff = after.inPosts([otherPost, e.postId!]);
    expect(staff.get(otherPost)).toContain(i);
    expect(staff.get(e.postId!)).not.toContain(i);
    expect(after.indexOf(e.nip)).toBe(i);
    expect(after.search('nama baru', 5).map((p) => p.nip)).toEqual([e.nip]);
    const accented = after.with(i, { ...moved, name: 'Éndang Ñurhaliza' });
    expect(accented.search('endang nurhaliza', 5).map((p) => p.nip)).toEqual([e.nip]);
    expect(after.search('endang nurhaliza', 5)).toEqual([]);
    const renumbered = after.with(i, { ...moved, nip: '199001012020011001' });
    expect([renumbered.indexOf('199001012020011001'), renumbered.indexOf(e.nip), after.indexOf(e.nip)]).toEqual([i, -1, i]);
    expect(before.at(i)).toEqual(e);
    expect(before.postOf(i)).toBe(e.postId);
    // The edited block stays as objects while the others come and go.
    for (let k = 0; k < employees.length; k += 97) if (k !== i) expect(after.at(k)).toEqual(employees[k]);
    expect(after.at(i)).toBe(after.at(i));
    expect(after.all()).toEqual(employees.map((p, k) => (k === i ? moved : p)));
  });

  it('takes columns known beforehand without parsing the blocks, unless they do not cover the blocks', () => {
    const known = emptyColumns();
    for (const e of employees) addColumns(known, e.nip, e.name, e.postId, employeeRetirementDate(e), e.status);
    const build = People.builder(known);
    expect(texts.map((t) => build.add(t)).at(-1)).toBe(employees.length);
    const people = build.done();
    expect(people.indexOf(employees[2_222]!.nip)).toBe(2_222);
    expect(people.at(2_222)).toEqual(employees[2_222]);
    // Columns that do not cover the blocks are not used: the blocks' own columns are.
    const short = People.builder(known);
    for (const text of texts.slice(1)) short.add(text);
    const fewer = short.done();
    expect(fewer.count).toBe(employees.length - BLOCK_SIZE);
    expect(fewer.nip(0)).toBe(employees[BLOCK_SIZE]!.nip);
    expect(fewer.indexOf(employees[0]!.nip)).toBe(-1);
  });
});
