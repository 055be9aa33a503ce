import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { id } from '../../src/i18n/id';

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
});
