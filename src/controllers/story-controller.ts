/**
 * The story in force: read from the document loaded (again when the time zone changes, since
 * a time without offset is read in it), its events in date order, found by id, the span of
 * its events in words, and the `story-load` event, fired once a new story has been drawn at a
 * known width. With groups, the events shown are those of the groups `show-groups` names, in
 * their bands: the order, the lookups and the steps are over those.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NormalizedStory, Problem, TimelineEvent } from '../model/types.js';
import type { Reading } from '../model/reading.js';
import { normalizeStory } from '../model/normalize.js';
import { hasTimeOfDay } from '../model/zone.js';
import type { TimesController } from './times-controller.js';
import { formatStorySpan } from '../format/dates.js';
import { emit } from '../story-events.js';
import { arrangeBands, type Arrangement } from '../layout/bands.js';

export interface StoryActions {
  /** Has the story been drawn (the plot has a width)? */
  drawn(): boolean;
  /** A new story is in force. */
  changed(): void;
}

export class StoryController implements ReactiveController {
  /** The normalised story; its events are sorted by date. */
  story: NormalizedStory = { events: [], problems: [] };
  /** The events shown, in their groups' bands. */
  arrangement: Arrangement = arrangeBands([]);
  /** Position of each shown event in date order. */
  private order = new Map<string, number>();
  private showGroups = '';
  private spanWords: { lang: string; text: string } | undefined;
  private loadPending = false;
  /** The last document, read again when the time zone changes. */
  private document: { input: unknown; reading: Reading | undefined; timed: boolean } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    /** The zone times are read in; it reads times of day once the times chunk is here. */
    private readonly times: Pick<TimesController, 'zone' | 'resolve'>,
    private readonly actions: StoryActions,
  ) {
    host.addController(this);
  }

  /** The document loaded (and the reader that read it from another format, if one did). */
  read(input: unknown, reading: Reading | undefined): void {
    this.document = { input, reading, timed: hasTimeOfDay(reading?.document ?? input) };
    this.reread();
  }

  /** The document has times of day. */
  get timed(): boolean {
    return !!this.document?.timed;
  }

  /** Reads the last document again, in the zone now in force. */
  reread(): void {
    if (!this.document) return;
    const { input, reading, timed } = this.document;
    const { zone } = this.times;
    // Times of day are read by the times chunk: the story waits for it (and story-load with it).
    if (timed && !zone.readTime) return this.times.resolve();
    const story = normalizeStory(input, { zone });
    this.set(reading ? reading.finish(story) : story);
  }

  private set(story: NormalizedStory): void {
    this.story = story;
    this.arrange(this.showGroups);
    this.spanWords = undefined;
    this.loadPending = true;
    this.host.requestUpdate();
    this.actions.changed();
  }

  /** Shows only the groups named (a `show-groups` value; kept for the stories to come). */
  arrange(showGroups: string): void {
    this.showGroups = showGroups;
    this.arrangement = arrangeBands(this.story.events, this.story.groups, showGroups);
    this.order = new Map(this.arrangement.events.map((event, position) => [event.id, position]));
  }

  /** The events shown, in date order. */
  get events(): readonly TimelineEvent[] {
    return this.arrangement.events;
  }

  /** A copy, so that a page cannot change the story's list. */
  get problems(): Problem[] {
    return this.story.problems.map((problem) => ({ ...problem }));
  }

  has(id: string): boolean {
    return this.order.has(id);
  }

  /** The event's position in date order. */
  position(id: string): number | undefined {
    return this.order.get(id);
  }

  byId(id: string): TimelineEvent | undefined {
    const position = this.order.get(id);
    return position === undefined ? undefined : this.events[position];
  }

  /** The middle of an event's date, for zooming about it. */
  centre(id: string): number | undefined {
    const date = this.byId(id)?.date;
    return date && (date.start + date.end) / 2;
  }

  /** `last` stands for the latest event, unless an event has that id. */
  resolve(id: string): string {
    return id === 'last' && !this.order.has(id) ? (this.events.at(-1)?.id ?? id) : id;
  }

  /** The span of the story's events in words, for the title card: worded once per story and language. */
  span(lang: string): string {
    if (this.spanWords?.lang !== lang) this.spanWords = { lang, text: formatStorySpan(this.story.events, lang) };
    return this.spanWords.text;
  }

  hostUpdated(): void {
    if (!this.loadPending || !this.actions.drawn()) return;
    this.loadPending = false;
    emit(this.host, 'story-load', { count: this.story.events.length, problems: this.problems });
  }
}
