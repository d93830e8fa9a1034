/**
 * The languages, and the one in force for a BCP 47 tag. Each language is one file in
 * `./lang/` (its shape is in `./words.ts`); adding one is that file plus one line below,
 * in `BUNDLED` or `ON_DEMAND`.
 *
 * Bundled languages are inside the single-file build and ready at once. The others are
 * each a small module of their own (`dist/lang/it.js` beside `dist/story-timeline.js`),
 * fetched by `loadStrings` the first time they are wanted, so the bundle stays within its
 * size budget however many languages there are.
 */
import { strings as en } from './lang/en.js';
import type { TextDirection, UiStrings } from './words.js';

export type { DatePhrase, DateWords, TextDirection, UiStrings } from './words.js';

const BUNDLED = { en } satisfies Record<string, UiStrings>;

// Each file exports its strings as `strings`, so one loader fits all. A language file
// imports nothing at run time but `./lang/common.ts`, which the builds copy into it: its
// chunk never pulls a second copy of the bundle, nor waits for a second request.
const ON_DEMAND = {
  fr: () => import('./lang/fr.js'),
  de: () => import('./lang/de.js'),
  es: () => import('./lang/es.js'),
  it: () => import('./lang/it.js'),
  pt: () => import('./lang/pt.js'),
  nl: () => import('./lang/nl.js'),
  pl: () => import('./lang/pl.js'),
  uk: () => import('./lang/uk.js'),
  ja: () => import('./lang/ja.js'),
  ko: () => import('./lang/ko.js'),
  zh: () => import('./lang/zh.js'),
  ar: () => import('./lang/ar.js'),
  he: () => import('./lang/he.js'),
} satisfies Record<string, () => Promise<{ strings: UiStrings }>>;

export type Lang = keyof typeof BUNDLED | keyof typeof ON_DEMAND;

/** Every supported language, `en` first. */
export const languages = [...Object.keys(BUNDLED), ...Object.keys(ON_DEMAND)] as Lang[];

const ready = new Map<Lang, UiStrings>(Object.entries(BUNDLED) as [Lang, UiStrings][]);
const loading = new Map<Lang, Promise<UiStrings>>();

function isLang(code: string): code is Lang {
  return Object.hasOwn(BUNDLED, code) || Object.hasOwn(ON_DEMAND, code);
}

/**
 * The supported language for a BCP 47 tag, by its primary subtag (`fr-CA` → `fr`,
 * `pt-BR` → `pt`, `zh-Hans-CN` → `zh`); `en` otherwise. Chinese is written in
 * simplified characters: a tag asking for traditional ones (`zh-Hant`, `zh-TW`,
 * `zh-HK`, `zh-MO`) gets English rather than a script its reader did not ask for.
 */
export function resolveLang(lang: string | undefined | null): Lang {
  const subtags = (lang ?? '').trim().toLowerCase().split(/[-_]/);
  const primary = subtags[0] ?? '';
  if (primary === 'zh' && subtags.some((subtag) => /^(hant|tw|hk|mo)$/.test(subtag))) return 'en';
  return isLang(primary) ? primary : 'en';
}

/** The strings of `lang` when they are ready (bundled, or loaded by `loadStrings`). */
export function cachedStrings(lang: string | undefined | null): UiStrings | undefined {
  return ready.get(resolveLang(lang));
}

/** The strings of `lang` if ready, else English: what to show while `loadStrings` works. */
export function uiStrings(lang: string | undefined | null): UiStrings {
  return cachedStrings(lang) ?? en;
}

/**
 * The strings of `lang`, loading its file the first time. Never rejects: a file that
 * cannot be fetched gives English, and is asked for again on the next call.
 */
export function loadStrings(lang: string | undefined | null): Promise<UiStrings> {
  const code = resolveLang(lang);
  const done = ready.get(code);
  if (done) return Promise.resolve(done);
  let pending = loading.get(code);
  if (!pending) {
    pending = ON_DEMAND[code as keyof typeof ON_DEMAND]()
      .then(({ strings }) => {
        ready.set(code, strings);
        return strings;
      })
      .catch(() => en)
      .finally(() => loading.delete(code));
    loading.set(code, pending);
  }
  return pending;
}

/** The writing direction of the strings `uiStrings(lang)` gives now (English's until they load). */
export function directionOf(lang: string | undefined | null): TextDirection {
  return uiStrings(lang).dir;
}
