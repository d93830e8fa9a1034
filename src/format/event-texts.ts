/**
 * What an event's button says — its date in words, its accessible name, its tooltip — and
 * the classes that draw its shape, worded once per language rather than at every frame.
 */
import type { TimelineEvent } from '../model/types.js';
import { formatEventDate, type TimeZones } from './dates.js';
import { mediaGlyph } from './media-glyph.js';
import type { UiStrings } from './strings.js';

export interface EventTexts {
  /** The date at its precision ("April 2023"). */
  when: string;
  /** The accessible name: status, title and date. */
  name: string;
  /** The tooltip of a shortened label. */
  titleWithDate: string;
  /** Shape and status classes of the mark. */
  classes: string;
  /** The sign in the label for an event with media, else `''`. */
  glyph: string;
}

/** Bounded: a reader who pans through a whole archive does not keep every event's words. */
const MAX_KEPT = 4096;

export class EventWording {
  private readonly kept = new Map<string, EventTexts>();
  private lang = 'en';
  private strings: UiStrings | undefined;
  private zones: TimeZones = { zone: 'UTC', reader: 'UTC' };

  /** Words from now on in `lang`; forgets what was worded in another. */
  setLanguage(lang: string, strings: UiStrings): void {
    if (lang === this.lang && strings === this.strings) return;
    this.lang = lang;
    this.strings = strings;
    this.kept.clear();
  }

  /** Times of day from now on in this zone; forgets what was worded in another. */
  setTimeZones(zones: TimeZones): void {
    if (zones.zone === this.zones.zone && zones.reader === this.zones.reader) return;
    this.zones = zones;
    this.kept.clear();
  }

  /** Forgets every event's words (new story). */
  clear(): void {
    this.kept.clear();
  }

  texts(event: TimelineEvent): EventTexts {
    let texts = this.kept.get(event.id);
    if (texts === undefined) {
      texts = wordEvent(event, this.lang, this.strings!, this.zones);
      if (this.kept.size >= MAX_KEPT) this.kept.clear();
      this.kept.set(event.id, texts);
    }
    return texts;
  }
}

export function wordEvent(event: TimelineEvent, lang: string, strings: UiStrings, zones?: TimeZones): EventTexts {
  const { date } = event;
  const when = formatEventDate(date, lang, event.displayDate, zones);
  const kind = event.media?.kind;
  const withMedia = !kind
    ? ''
    : `, ${kind === 'image' ? strings.withPhoto : kind === 'link' ? strings.withLink : strings.withVideo}`;
  return {
    when,
    name: strings.eventName(strings.status[event.status], event.title, when) + withMedia,
    glyph: mediaGlyph(event),
    titleWithDate: `${event.title} (${when})`,
    classes:
      `${date.kind} ${event.status}` +
      (date.approximate || date.uncertain ? ' soft' : '') +
      (date.openStart ? ' open-start' : '') +
      (date.openEnd ? ' open-end' : ''),
  };
}
