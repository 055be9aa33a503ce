import { describe, expect, it } from 'vitest';
import { PHONE_WIDTH, placePopover, scrollDelta } from '../../src/ui/intro/placement';

const laptop = { width: 1366, height: 768 };
const phone = { width: 390, height: 844 };
const pop = { width: 400, height: 250 };

describe('placePopover', () => {
  it('goes below a small target with room under it, aligned with its left edge', () => {
    expect(placePopover({ top: 100, left: 200, width: 300, height: 40 }, pop, laptop)).toEqual({ top: 154, left: 200, width: 400, placement: 'below' });
  });

  it('goes above when there is no room below', () => {
    expect(placePopover({ top: 600, left: 200, width: 300, height: 100 }, pop, laptop).placement).toBe('above');
  });

  it('goes beside a tall narrow target, and over the corner of one filling the screen', () => {
    expect(placePopover({ top: 20, left: 700, width: 300, height: 700 }, pop, laptop).placement).toBe('left');
    expect(placePopover({ top: 20, left: 20, width: 300, height: 700 }, pop, laptop).placement).toBe('right');
    const over = placePopover({ top: 10, left: 90, width: 1180, height: 740 }, pop, laptop);
    expect(over.placement).toBe('over');
    expect(over.top + pop.height).toBeLessThanOrEqual(laptop.height);
    expect(over.left + over.width).toBeLessThanOrEqual(laptop.width);
  });

  it('never leaves the viewport horizontally', () => {
    const p = placePopover({ top: 100, left: 1300, width: 50, height: 30 }, pop, laptop);
    expect(p.left + p.width).toBeLessThanOrEqual(laptop.width - 8);
  });

  it('is a full-width sheet along the bottom on a phone', () => {
    expect(phone.width).toBeLessThan(PHONE_WIDTH);
    expect(placePopover({ top: 100, left: 10, width: 300, height: 40 }, pop, phone)).toEqual({ top: 844 - 250 - 8, left: 8, width: 374, placement: 'sheet' });
  });

  it('is centred when there is nothing to point at', () => {
    expect(placePopover(null, pop, laptop)).toEqual({ top: 259, left: 483, width: 400, placement: 'over' });
  });
});

describe('scrollDelta', () => {
  it('centres a small target with its popover on a laptop', () => {
    const target = { top: 1000, left: 0, width: 100, height: 100 };
    // block = 100 + 14 + 250 = 364; wanted top = (768 - 364) / 2 = 202
    expect(scrollDelta(target, 250, laptop)).toBe(1000 - 202);
  });

  it('puts a tall target near the top, and on a phone keeps it above the sheet', () => {
    expect(scrollDelta({ top: 500, left: 0, width: 100, height: 900 }, 250, laptop)).toBe(500 - 16);
    // room above the sheet = 844 - 250 - 16 = 578; a 200 px target is centred in it
    expect(scrollDelta({ top: 900, left: 0, width: 300, height: 200 }, 250, phone)).toBe(900 - 189);
  });
});
