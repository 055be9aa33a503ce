import { describe, expect, it } from 'vitest';
import { fanLayout } from '../../src/charts/fan';
import { ROW_PITCH, SVG_CELLS, cellAt, heatmapFrame, heatmapLayout, rowsInView, standingOfEj } from '../../src/charts/heatmap';
import { monthAtX, monthOfDate, timelineLayout } from '../../src/charts/timeline';

const bands = { a: 1, b: 0.9, c: 0.7, d: 0.5 };

describe('standingOfEj', () => {
  it.each([
    [Infinity, 2, 'vacant'],
    [0, 0, 'idle'],
    [1.2, 3, 'A'],
    [1, 3, 'B'],
    [0.45, 3, 'E'],
  ])('EJ %f with need %f is %s', (ej, need, standing) => expect(standingOfEj(ej, need, bands)).toBe(standing));
});

describe('heatmapLayout', () => {
  // 2 units x 3 months from December 2026 (month index 2026 * 12 + 11)
  const ej = [0.5, 1.2, Infinity, 0.95, 0.95, 0];
  const need = [1, 1, 1, 2, 2, 0];
  const g = heatmapLayout(['A', 'B'], 3, 2026 * 12 + 11, ej, need, bands, 600);

  it('places one cell per unit and month, left to right and top to bottom', () => {
    expect(g.cells).toHaveLength(6);
    expect(g.cells.map((c) => c.standing)).toEqual(['D', 'A', 'vacant', 'B', 'B', 'idle']);
    expect(g.cells[1]!.x).toBeGreaterThan(g.cells[0]!.x);
    expect(g.cells[3]!.y).toBeGreaterThan(g.cells[0]!.y);
    expect(g.cells[2]!.x + g.cellWidth).toBeLessThanOrEqual(600 + 1e-9);
  });

  it('labels the year at January, and month 0 only when January is not next', () => {
    expect(g.years.map((y) => y.label)).toEqual(['2027']);
    const fromMay = heatmapLayout(['A'], 12, 2026 * 12 + 4, new Array(12).fill(1), new Array(12).fill(1), bands, 600);
    expect(fromMay.years.map((y) => y.label)).toEqual(['2026', '2027']);
  });
});

describe('fanLayout', () => {
  it('draws the band between P10 and P90 and puts vacant months at the top', () => {
    const g = fanLayout([0.8, 0.9, 1], [0.9, 1, 1.2], [1, 1.1, Infinity], [0.9, 1, 1.1], 400);
    expect(g.band.startsWith('M')).toBe(true);
    expect(g.median.split('L')).toHaveLength(3);
    expect(g.oneY).toBeGreaterThan(0);
    expect(g.oneY).toBeLessThan(g.height);
    expect(g.band).not.toContain('NaN');
  });
});

describe('fanLayout for headcounts', () => {
  it('has no reference line and an axis reaching the highest value', () => {
    const g = fanLayout([8, 9], [9, 10], [10, 30], [12, 12], 400, 200, Infinity, null);
    expect(g.oneY).toBeNull();
    expect(g.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(30);
  });
});

describe('timelineLayout', () => {
  const start = 2026 * 12 + 11; // December 2026
  it('places retirements, spikes and marks on one month axis', () => {
    const g = timelineLayout({
      months: 12, startMonth: start, retirements: [0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
      spikes: [{ id: 's', label: 'spike', from: monthOfDate('2027-03-01', start), to: monthOfDate('2027-05-31', start) }],
      marks: [{ id: 'h', label: 'hire', month: 6, kind: 'hire' }, { id: 'late', label: 'too late', month: 40, kind: 'transfer' }],
    }, 600);
    expect(g.bars.map((b) => [b.month, b.count])).toEqual([[1, 2], [3, 1]]);
    expect(g.bars[0]!.height).toBeGreaterThan(g.bars[1]!.height);
    expect(monthOfDate('2027-03-01', start)).toBe(3);
    expect(g.spikes[0]!.width).toBeGreaterThan(0);
    expect(g.marks.map((k) => k.id)).toEqual(['h']);
    expect(g.years.map((y) => y.label)).toEqual(['2027']);
  });
});

describe('monthAtX (drawing a spike on the timeline)', () => {
  it('finds the month under a pointer position, inverse to the layout, clamped to the horizon', () => {
    const input = { months: 60, startMonth: 2026 * 12 + 11, retirements: new Array<number>(60).fill(0), spikes: [], marks: [] };
    for (const width of [390, 900]) {
      const g = timelineLayout({ ...input, spikes: [{ id: 's', label: '', from: 0, to: 59 }] }, width);
      const band = g.spikes[0]!.width / 60;
      for (const m of [0, 1, 17, 59]) expect(monthAtX(60, width, g.x0 + (m + 0.5) * band)).toBe(m);
      expect(monthAtX(60, width, 0)).toBe(0);
      expect(monthAtX(60, width, width + 50)).toBe(59);
    }
  });
});

describe('a large heatmap on a canvas', () => {
  const frame = heatmapFrame(60, 2026 * 12 + 11, 1138);

  it('finds the cell under the pointer, the gap after a cell counting with it', () => {
    const m = 17;
    const inside = frame.monthX[m]! + frame.cellWidth / 2;
    expect(cellAt(frame, 1136, inside, 2 * ROW_PITCH + 4)).toEqual({ unit: 2, month: m });
    const gap = (frame.monthX[m]! + frame.cellWidth + frame.monthX[m + 1]!) / 2;
    expect(cellAt(frame, 1136, gap, 5)).toEqual({ unit: 0, month: m });
    expect(cellAt(frame, 1136, frame.monthX[59]! + frame.cellWidth - 0.01, 1135 * ROW_PITCH + 1)).toEqual({ unit: 1135, month: 59 });
  });

  it('finds nothing left of the first month, right of the last, or below the last row', () => {
    expect(cellAt(frame, 1136, frame.labelWidth - 1, 5)).toBeNull();
    expect(cellAt(frame, 1136, frame.monthX[59]! + frame.cellWidth + 1, 5)).toBeNull();
    expect(cellAt(frame, 1136, frame.monthX[3]!, 1136 * ROW_PITCH)).toBeNull();
    expect(cellAt(frame, 1136, frame.monthX[3]!, -1)).toBeNull();
  });

  it('draws only the rows in view, those partly in view included', () => {
    expect(rowsInView(0, 24 * ROW_PITCH, 1136)).toEqual({ first: 0, last: 24 });
    expect(rowsInView(ROW_PITCH * 10 + 5, 24 * ROW_PITCH, 1136)).toEqual({ first: 10, last: 35 });
    expect(rowsInView(1136 * ROW_PITCH - 100, 24 * ROW_PITCH, 1136)).toEqual({ first: 1130, last: 1136 });
    expect(rowsInView(0, 24 * ROW_PITCH, 5)).toEqual({ first: 0, last: 5 });
  });

  it('lays out the same columns as the drawn heatmap', () => {
    const g = heatmapLayout(['A'], 60, 2026 * 12 + 11, new Array(60).fill(1), new Array(60).fill(1), bands, 1138);
    expect(g.cells.map((c) => c.x)).toEqual(frame.monthX);
    expect(g.years).toEqual(frame.years);
    expect(SVG_CELLS).toBeGreaterThanOrEqual(16 * 240); // the sample's 16 units over 20 years stay elements
  });
});
