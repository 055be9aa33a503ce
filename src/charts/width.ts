import type { Attachment } from 'svelte/attachments';

/**
 * Follows an element's width (its clientWidth) as the page lays it out, for a chart drawn to fit.
 * `bind:clientWidth` reads the width as soon as the element is made, which forces the layout of
 * the whole new page inside the task that built it (20 to 40 ms for the simulation page of a large
 * agency, on top of the layout the browser does anyway); here the width is read only when a
 * ResizeObserver reports it, after the browser's own layout, and the chart keeps its first width
 * until then.
 */
export function trackWidth(set: (width: number) => void): Attachment<HTMLElement> {
  return (node) => {
    const observer = new ResizeObserver(() => set(node.clientWidth));
    observer.observe(node);
    return () => observer.disconnect();
  };
}
