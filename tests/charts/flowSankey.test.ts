import { describe, expect, it } from 'vitest';
import { flowSankeyLayout, wrapLabel, type FlowUnit, type UnitFlow } from '../../src/charts/flowSankey';

const units: FlowUnit[] = [
  { id: 'camat', name: 'Kantor Camat Nanggalo' },
  { id: 'kurao', name: 'Kantor Lurah Kurao Pagang' },
  { id: 'disdik', name: 'Dinas Pendidikan dan Kebudayaan Kota Padang' },
  { id: 'bkpsdm', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia' },
];

const flows: UnitFlow[] = [
  { fromUnitId: 'camat', toUnitId: 'kurao', count: 2 },
  { fromUnitId: 'kurao', toUnitId: 'camat', count: 1 },
  { fromUnitId: 'camat', toUnitId: 'disdik', count: 3 },
  { fromUnitId: 'bkpsdm', toUnitId: 'disdik', count: 4 },
];

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('flowSankeyLayout', () => {
  it('puts the units people leave on the left and those they join on the right, a unit on both sides', () => {
    const g = flowSankeyLayout(flows, units, 800);
    const from = g.nodes.filter((n) => n.side === 'from');
    const to = g.nodes.filter((n) => n.side === 'to');
    expect(from.map((n) => n.id)).toEqual(['from:camat', 'from:kurao', 'from:bkpsdm']);
    expect(to.map((n) => n.id)).toEqual(['to:camat', 'to:kurao', 'to:disdik']);
    for (const n of from) expect(n.x0).toBe(0);
    for (const n of to) expect(n.x1).toBe(800);
    expect(Math.max(...from.map((n) => n.x1))).toBeLessThan(Math.min(...to.map((n) => n.x0)));
    expect(from[0]!.label).toBe('Kantor Camat Nanggalo');
    for (const n of from) expect(n.labelAnchor).toBe('start');
    for (const n of to) expect(n.labelAnchor).toBe('end');
  });

  it('stacks each column in the order of the units given, without overlap', () => {
    const g = flowSankeyLayout(flows, units, 800);
    for (const side of ['from', 'to'] as const) {
      const column = g.nodes.filter((n) => n.side === side);
      for (let i = 1; i < column.length; i++) expect(column[i]!.y0).toBeGreaterThan(column[i - 1]!.y1);
      expect(column[0]!.y0).toBeGreaterThanOrEqual(0);
      expect(column.at(-1)!.y1).toBeLessThanOrEqual(g.height);
    }
  });

  it('draws link widths and node heights in proportion to the people who move', () => {
    const g = flowSankeyLayout(flows, units, 800);
    const k = g.links[0]!.width / g.links[0]!.count;
    expect(k).toBeGreaterThan(0);
    for (const link of g.links) expect(link.width / link.count).toBeCloseTo(k, 6);
    for (const node of g.nodes) expect(node.y1 - node.y0).toBeCloseTo(node.total * k, 6);
    const camatToDisdik = g.links.find((l) => l.from === 'camat' && l.to === 'disdik')!;
    const kuraoToCamat = g.links.find((l) => l.from === 'kurao' && l.to === 'camat')!;
    expect(camatToDisdik.width / kuraoToCamat.width).toBeCloseTo(3, 6);
  });

  it('keeps total in equal to total out, summing repeated pairs and dropping empty ones', () => {
    const repeated = [...flows, { fromUnitId: 'camat', toUnitId: 'kurao', count: 1 }, { fromUnitId: 'kurao', toUnitId: 'disdik', count: 0 }];
    const g = flowSankeyLayout(repeated, units, 800);
    const out = sum(g.nodes.filter((n) => n.side === 'from').map((n) => n.total));
    const into = sum(g.nodes.filter((n) => n.side === 'to').map((n) => n.total));
    expect(out).toBe(11);
    expect(into).toBe(11);
    expect(g.totalCount).toBe(11);
    expect(sum(g.links.map((l) => l.count))).toBe(11);
    expect(g.links.find((l) => l.from === 'camat' && l.to === 'kurao')!.count).toBe(3);
    expect(g.links.some((l) => l.from === 'kurao' && l.to === 'disdik')).toBe(false);
    for (const node of g.nodes) {
      const own = g.links.filter((l) => (node.side === 'from' ? l.from : l.to) === node.unitId);
      expect(sum(own.map((l) => l.count))).toBe(node.total);
    }
  });

  it('joins each link from its left node to its right node', () => {
    const g = flowSankeyLayout(flows, units, 800);
    for (const link of g.links) {
      const [, x0] = /^M([\d.]+),/.exec(link.path)!;
      const [, x1] = /,([\d.]+),[\d.]+$/.exec(link.path)!;
      expect(Number(x0)).toBeCloseTo(g.nodes.find((n) => n.id === `from:${link.from}`)!.x1, 6);
      expect(Number(x1)).toBeCloseTo(g.nodes.find((n) => n.id === `to:${link.to}`)!.x0, 6);
      expect(link.fromLabel).toBe(units.find((u) => u.id === link.from)!.name);
    }
  });

  it('gives the same layout whatever the order of the flows', () => {
    const a = flowSankeyLayout(flows, units, 640);
    const b = flowSankeyLayout([...flows].reverse(), units, 640);
    expect(b).toEqual(a);
    expect(a.links.map((l) => l.id)).toEqual(['camat->kurao', 'camat->disdik', 'kurao->camat', 'bkpsdm->disdik']);
  });

  it('places a unit missing from the list last, named by its id', () => {
    const g = flowSankeyLayout([...flows, { fromUnitId: 'zz-unknown', toUnitId: 'camat', count: 1 }], units, 800);
    const from = g.nodes.filter((n) => n.side === 'from');
    expect(from.at(-1)!.id).toBe('from:zz-unknown');
    expect(from.at(-1)!.label).toBe('zz-unknown');
  });

  it('returns an empty layout when no one moves', () => {
    for (const input of [[], [{ fromUnitId: 'camat', toUnitId: 'kurao', count: 0 }]]) {
      const g = flowSankeyLayout(input, units, 800);
      expect(g.nodes).toEqual([]);
      expect(g.links).toEqual([]);
      expect(g.height).toBe(0);
      expect(g.totalCount).toBe(0);
    }
  });

  it('keeps nodes and labels inside a phone width, shortened and on separate lines', () => {
    const g = flowSankeyLayout(flows, units, 360);
    expect(g.compact).toBe(true);
    for (const node of g.nodes) {
      expect(node.x0).toBeGreaterThanOrEqual(0);
      expect(node.x1).toBeLessThanOrEqual(360);
      const left = node.labelAnchor === 'start' ? node.labelX : node.labelX - node.labelWidth;
      const right = node.labelAnchor === 'start' ? node.labelX + node.labelWidth : node.labelX;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(360);
      // Left labels end before right labels begin, so the two columns never write over each other.
      if (node.side === 'from') expect(right).toBeLessThan(180);
      else expect(left).toBeGreaterThan(180);
      expect(node.labelLines.length).toBeLessThanOrEqual(2);
    }
    const bkpsdm = g.nodes.find((n) => n.id === 'from:bkpsdm')!;
    expect(bkpsdm.labelLines.at(-1)).toMatch(/…$/);
    // Label blocks of one column do not overlap.
    for (const side of ['from', 'to'] as const) {
      const column = g.nodes.filter((n) => n.side === side);
      for (let i = 1; i < column.length; i++) {
        const above = column[i - 1]!;
        expect(column[i]!.labelY - 12).toBeGreaterThan(above.labelY + (above.labelLines.length - 1) * 14);
      }
    }
  });

  it('grows a height too small for the labels', () => {
    const g = flowSankeyLayout(flows, units, 800, 40);
    expect(g.height).toBeGreaterThan(40);
    expect(flowSankeyLayout(flows, units, 800, 900).height).toBe(900);
  });
});

describe('wrapLabel', () => {
  it.each([
    ['Kantor Camat Nanggalo', 30, 4, ['Kantor Camat Nanggalo']],
    ['Kantor Camat Nanggalo', 22, 4, ['Kantor Camat', 'Nanggalo']],
    ['Kantor Lurah Kurao Pagang', 18, 4, ['Kantor Lurah Kurao', 'Pagang']],
    ['Dinas Pendidikan dan Kebudayaan Kota Padang', 20, 4, ['Dinas Pendidikan dan', 'Kebudayaan Kota…']],
    ['Sekretariat', 8, 0, ['Sekreta…']],
  ])('wraps %s within %i characters, keeping %i free', (name, max, reserve, lines) => {
    expect(wrapLabel(name, max, reserve)).toEqual(lines);
    const result = wrapLabel(name, max, reserve);
    result.forEach((line, i) => expect(line.length + (i === result.length - 1 ? reserve : 0)).toBeLessThanOrEqual(max));
  });
});
