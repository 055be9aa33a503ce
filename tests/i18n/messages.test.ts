import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { base, id } from '../../src/i18n/id';
import { accessMessages } from '../../src/i18n/features/access';
import { exchangeMessages } from '../../src/i18n/features/exchange';
import { shareMessages } from '../../src/i18n/features/share';
import { simulationMessages } from '../../src/i18n/features/simulation';
import { trainingMessages } from '../../src/i18n/features/training';

describe('messages', () => {
  it('has every Indonesian key in English, and no extra', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(id) as (keyof typeof id)[]) expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
  });

  it('has no empty message', () => {
    for (const [key, text] of [...Object.entries(id), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('never lets a feature file silently override another key', () => {
    const features = [accessMessages, exchangeMessages, shareMessages, simulationMessages, trainingMessages];
    const featureKeys = features.flatMap((f) => Object.keys(f.id));
    expect(new Set(featureKeys).size, 'a key in two feature files').toBe(featureKeys.length);
    for (const key of featureKeys) expect(Object.hasOwn(base, key), key).toBe(false);
    expect(Object.keys(id).length).toBe(Object.keys(base).length + featureKeys.length);
    for (const f of features) expect(Object.keys(f.en).sort()).toEqual(Object.keys(f.id).sort());
  });
});
