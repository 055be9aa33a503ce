/**
 * Where the tour's popover goes: beside the highlighted element on a laptop, as a sheet along the
 * bottom edge on a phone. Pure geometry, so it is tested without a browser.
 */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export type Placement = 'below' | 'above' | 'right' | 'left' | 'over' | 'sheet';

export interface PopoverPlace {
  top: number;
  left: number;
  width: number;
  placement: Placement;
}

/** Viewports narrower than this get the bottom sheet. */
export const PHONE_WIDTH = 640;
const EDGE = 8;

/** Popover position for a `target` box (viewport coordinates; null when nothing is highlighted). */
export function placePopover(target: Box | null, pop: { width: number; height: number }, view: { width: number; height: number }, gap = 14): PopoverPlace {
  if (view.width < PHONE_WIDTH) {
    return { top: Math.max(EDGE, view.height - pop.height - EDGE), left: EDGE, width: view.width - 2 * EDGE, placement: 'sheet' };
  }
  const width = Math.min(pop.width, view.width - 2 * EDGE);
  const clampLeft = (x: number) => Math.min(Math.max(EDGE, x), view.width - width - EDGE);
  const clampTop = (y: number) => Math.min(Math.max(EDGE, y), view.height - pop.height - EDGE);
  if (!target) return { top: clampTop((view.height - pop.height) / 2), left: clampLeft((view.width - width) / 2), width, placement: 'over' };
  const bottom = target.top + target.height;
  const right = target.left + target.width;
  if (bottom + gap + pop.height <= view.height - EDGE) return { top: bottom + gap, left: clampLeft(target.left), width, placement: 'below' };
  if (target.top - gap - pop.height >= EDGE) return { top: target.top - gap - pop.height, left: clampLeft(target.left), width, placement: 'above' };
  if (right + gap + width <= view.width - EDGE) return { top: clampTop(target.top), left: right + gap, width, placement: 'right' };
  if (target.left - gap - width >= EDGE) return { top: clampTop(target.top), left: target.left - gap - width, width, placement: 'left' };
  // No room beside it: lie over its lower right corner, inside the viewport.
  return { top: clampTop(view.height - pop.height - EDGE), left: clampLeft(view.width - width - 2 * EDGE), width, placement: 'over' };
}

/**
 * Scroll offset (added to the current scroll) that brings the target into view: with the popover
 * underneath when both fit, else the target's top near the top edge (phone: above the sheet).
 */
export function scrollDelta(target: Box, popHeight: number, view: { width: number; height: number }, gap = 14): number {
  const phone = view.width < PHONE_WIDTH;
  const room = phone ? view.height - popHeight - 2 * EDGE : view.height;
  const block = phone ? target.height : target.height + gap + popHeight;
  const wantedTop = block + 2 * EDGE <= room ? (room - block) / 2 : 2 * EDGE;
  return target.top - wantedTop;
}
