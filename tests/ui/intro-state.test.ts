import { describe, expect, it } from 'vitest';
import { IntroState } from '../../src/state/intro.svelte';

/** A Storage stand-in that keeps what the tour writes, so a second state can read it back. */
function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('IntroState', () => {
  it('starts closed at the first step, then walks forward and back within the bounds', () => {
    const intro = new IntroState(4, memoryStore());
    expect([intro.open, intro.step, intro.done, intro.resumable]).toEqual([false, 0, false, false]);
    intro.start();
    expect(intro.open).toBe(true);
    intro.back();
    expect(intro.step).toBe(0);
    intro.next();
    intro.next();
    expect(intro.step).toBe(2);
    intro.back();
    expect(intro.step).toBe(1);
    intro.next();
    intro.next();
    expect([intro.step, intro.last]).toEqual([3, true]);
  });

  it('skipping closes the tour and keeps the step; starting again resumes there, also after a reload', () => {
    const store = memoryStore();
    const intro = new IntroState(8, store);
    intro.start();
    intro.next();
    intro.next();
    intro.skip();
    expect([intro.open, intro.step, intro.resumable]).toEqual([false, 2, true]);
    const reloaded = new IntroState(8, store);
    expect([reloaded.open, reloaded.step, reloaded.resumable]).toEqual([false, 2, true]);
    reloaded.start();
    expect([reloaded.open, reloaded.step]).toEqual([true, 2]);
  });

  it('next on the last step finishes; a finished tour starts from the beginning', () => {
    const store = memoryStore();
    const intro = new IntroState(3, store);
    intro.start();
    intro.next();
    intro.next();
    intro.next();
    expect([intro.open, intro.done, intro.step, intro.resumable]).toEqual([false, true, 0, false]);
    expect(JSON.parse(store.data.get('seimbang.intro')!)).toEqual({ step: 0, done: true });
    const again = new IntroState(3, store);
    expect(again.done).toBe(true);
    again.start();
    expect([again.open, again.done, again.step]).toEqual([true, false, 0]);
  });

  it('ignores damaged or out-of-range saved progress', () => {
    expect(new IntroState(5, memoryStore({ 'seimbang.intro': '{not json' })).step).toBe(0);
    expect(new IntroState(5, memoryStore({ 'seimbang.intro': '{"step":"3"}' })).step).toBe(0);
    expect(new IntroState(5, memoryStore({ 'seimbang.intro': '{"step":42,"done":false}' })).step).toBe(4);
    expect(new IntroState(5, memoryStore({ 'seimbang.intro': '{"step":-3,"done":false}' })).step).toBe(0);
  });

  it('still works when storage refuses writes', () => {
    const intro = new IntroState(3, { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } });
    intro.start();
    intro.next();
    expect(intro.step).toBe(1);
  });
});
