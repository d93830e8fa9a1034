import '../src/index.js';
import type { StoryEvent } from '../src/model/types.js';
import { generateEvents } from './generated.js';

type Lang = 'fr' | 'en';

/** The part of the element's public API (SPEC.md) this page uses. */
interface TimelineElement extends HTMLElement {
  events: StoryEvent[];
}

type TextKey =
  | 'pageTitle'
  | 'kicker'
  | 'headline'
  | 'dateline'
  | 'standfirst'
  | 'caption'
  | 'body'
  | 'dayTitle'
  | 'dayIntro'
  | 'largerTitle'
  | 'largerIntro'
  | 'bigLabel'
  | 'asOfLabel';

const TEXT: Record<Lang, Record<TextKey, string>> = {
  fr: {
    pageTitle: "L'OTAN envisage d'ouvrir un bureau de liaison à Tokyo — story-timeline",
    kicker: 'International',
    headline: "L'OTAN envisage d'ouvrir un bureau de liaison à Tokyo",
    dateline: '3 mai 2023',
    standfirst:
      "D'après des informations publiées par le Nikkei, l'Alliance atlantique étudie la création à Tokyo d'un bureau de liaison, qui serait le premier de ce genre en Asie. Il lui permettrait de se concerter régulièrement avec ses partenaires de l'Indo-Pacifique, dont la Corée du Sud, l'Australie et la Nouvelle-Zélande. Voici les étapes du projet connues à ce jour.",
    caption: 'Source : Nikkei, rapporté le 3 mai 2023.',
    body: "L'OTAN compte déjà des bureaux comparables, par exemple auprès des Nations unies à New York, de l'OSCE à Vienne ou au Koweït. La fourniture de locaux par le gouvernement japonais reste, elle, en cours de négociation.",
    dayTitle: 'La journée du 3 mai, par acteur',
    dayIntro:
      "Le même article découpé en une journée d'informations, une ligne par acteur (presse, OTAN, Japon). Les heures sont un exemple pour la démonstration, pas une information : l'article n'en donne aucune.",
    largerTitle: 'Un exemple plus grand',
    largerIntro:
      '400 événements fictifs, générés au hasard entre 1950 et 2025, pour essayer le zoom et les regroupements. Ici, la molette zoome directement.',
    bigLabel: '400 événements fictifs, 1950–2025',
    asOfLabel: 'Rapporté le 3 mai 2023',
  },
  en: {
    pageTitle: 'NATO considers opening a liaison office in Tokyo — story-timeline',
    kicker: 'World',
    headline: 'NATO considers opening a liaison office in Tokyo',
    dateline: '3 May 2023',
    standfirst:
      'According to information published by Nikkei, the Atlantic alliance is studying a liaison office in Tokyo, which would be the first of its kind in Asia. It would let NATO consult regularly with its Indo-Pacific partners, among them South Korea, Australia and New Zealand. Here are the steps of the plan known so far.',
    caption: 'Source: Nikkei, as reported on 3 May 2023.',
    body: 'NATO already runs similar offices, for example at the United Nations in New York, at the OSCE in Vienna and in Kuwait. Whether the Japanese government will provide premises is still under negotiation.',
    dayTitle: 'The day of 3 May, by actor',
    dayIntro:
      'The same report cut into a day of news, one track per actor (press, NATO, Japan). The hours are an illustrative sample, not reporting: the report gives none.',
    largerTitle: 'A larger example',
    largerIntro:
      '400 made-up events, generated at random between 1950 and 2025, to try zooming and grouping. Here the mouse wheel zooms directly.',
    bigLabel: '400 fictional events, 1950–2025',
    asOfLabel: 'As reported on 3 May 2023',
  },
};

const STORY_SRC: Record<Lang, string> = {
  fr: './story.fr.json',
  en: './story.en.json',
};

/** The second story: the same report as a day of news, in groups, with times of day. */
const DAY_SRC: Record<Lang, string> = {
  fr: './day.fr.json',
  en: './day.en.json',
};

function isLang(value: string | null): value is Lang {
  return value === 'fr' || value === 'en';
}

function isTextKey(value: string | undefined): value is TextKey {
  return value !== undefined && value in TEXT.fr;
}

const article = document.getElementById('story');
const storyTimeline = article?.querySelector<TimelineElement>('story-timeline') ?? null;
const bigTimeline = document.getElementById('big') as TimelineElement | null;
const dayTimeline = document.getElementById('day');
const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('.lang-switch button[data-lang]'));

function applyLanguage(lang: Lang, updateUrl: boolean): void {
  const text = TEXT[lang];
  document.documentElement.lang = lang;
  document.title = text.pageTitle;
  if (article) article.lang = lang;

  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset.i18n;
    if (isTextKey(key)) el.textContent = text[key];
  }

  if (storyTimeline) {
    // The element reads the nearest ancestor's `lang`, but set its own to be safe.
    storyTimeline.setAttribute('lang', lang);
    storyTimeline.setAttribute('as-of-label', text.asOfLabel);
    if (storyTimeline.getAttribute('src') !== STORY_SRC[lang]) {
      storyTimeline.setAttribute('src', STORY_SRC[lang]);
    }
  }
  if (dayTimeline) {
    dayTimeline.setAttribute('lang', lang);
    if (dayTimeline.getAttribute('src') !== DAY_SRC[lang]) dayTimeline.setAttribute('src', DAY_SRC[lang]);
  }
  if (bigTimeline) {
    bigTimeline.setAttribute('lang', lang);
    bigTimeline.setAttribute('label', text.bigLabel);
  }

  for (const button of buttons) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }

  if (updateUrl) {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', lang);
    window.history.replaceState(null, '', url);
  }
}

for (const button of buttons) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang ?? null;
    if (isLang(lang)) applyLanguage(lang, true);
  });
}

document.addEventListener('story-error', (event) => {
  const detail: unknown = event instanceof CustomEvent ? event.detail : undefined;
  console.error('[story-timeline] story-error', detail);
});

const requested = new URLSearchParams(window.location.search).get('lang');
applyLanguage(isLang(requested) ? requested : 'fr', false);

if (bigTimeline) bigTimeline.events = generateEvents(400);
