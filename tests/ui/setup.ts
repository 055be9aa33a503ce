import '@testing-library/jest-dom/vitest';

// jsdom has no layout, hence no ResizeObserver (used by Svelte's bind:clientWidth); an observer that never fires is what a layout-less page would give.
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
