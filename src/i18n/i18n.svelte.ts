/**
 * The interface language: Bahasa Indonesia first, English second. The choice is kept across reloads.
 */
import { en } from './en';
import { id, type MessageKey } from './id';

export type Lang = 'id' | 'en';
const STORAGE_KEY = 'seimbang.lang';
const dictionaries: Record<Lang, Record<MessageKey, string>> = { id, en };

function storedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

// Building an Intl formatter is costly; thousands of cells on a page share a few of them.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(lang: Lang): Intl.DateTimeFormat {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format;
}

export class Locale {
  lang = $state<Lang>(storedLang());

  /** Message for a key with `{name}` placeholders filled in. */
  t = (key: MessageKey, params?: Record<string, string | number>): string => {
    let text = dictionaries[this.lang][key];
    if (params) for (const [k, v] of Object.entries(params)) text = text.replaceAll(`{${k}}`, String(v));
    return text;
  };

  /**
   * Makes the language's formatters ahead of their first use, each in a task of its own: in a new
   * tab the first one takes 20 to 35 ms, too much to add to the task that first draws numbers.
   */
  warm(): void {
    const lang = this.lang;
    const steps: (() => unknown)[] = [0, 1, 2].map((digits) => () => numberFormat(lang, digits));
    steps.push(() => dateFormat(lang));
    const next = () => {
      steps.shift()?.();
      if (steps.length > 0) setTimeout(next, 0);
    };
    setTimeout(next, 0);
  }

  /** Number with the language's separators (1.234,56 in Indonesian). */
  number = (value: number, digits = 2): string => numberFormat(this.lang, digits).format(value);

  /** ISO date as a long date (1 April 2026). */
  date = (iso: string): string => {
    const [y, m, d] = iso.split('-').map(Number);
    return dateFormat(this.lang).format(new Date(Date.UTC(y!, m! - 1, d!)));
  };

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
