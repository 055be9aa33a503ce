/**
 * The interface language: Bahasa Indonesia first, English second. The choice is kept across reloads.
 */
import { en } from './en';
import { formatDate, formatNumber, type Lang } from './format';
import { id, type MessageKey } from './id';

export type { Lang };
const STORAGE_KEY = 'seimbang.lang';
const dictionaries: Record<Lang, Record<MessageKey, string>> = { id, en };

function storedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export class Locale {
  lang = $state<Lang>(storedLang());

  /** Message for a key with `{name}` placeholders filled in. */
  t = (key: MessageKey, params?: Record<string, string | number>): string => {
    let text = dictionaries[this.lang][key];
    if (params) for (const [k, v] of Object.entries(params)) text = text.replaceAll(`{${k}}`, String(v));
    return text;
  };

  /** Number with the language's separators (1.234,56 in Indonesian). */
  number = (value: number, digits = 2): string => formatNumber(this.lang, value, digits);

  /** ISO date as a long date (1 April 2026). */
  date = (iso: string): string => formatDate(this.lang, iso);

  set(lang: Lang): void {
    this.lang = lang;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, lang);
    } catch {
      // Storage may be disabled; the choice then lasts for this visit only.
    }
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }

  toggle(): void {
    this.set(this.lang === 'id' ? 'en' : 'id');
  }
}
