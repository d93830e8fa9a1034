import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';

import styles from './story-timeline.styles.js';
import { VERSION } from './version.js';
import { canDefine } from './define.js';
import type { Problem, StoryData, StoryEvent, TimelineEvent, WheelMode } from './model/types.js';
import { erasDuring } from './model/eras.js';
import { DEFAULT_TIMEOUT_MS } from './data/fetch-story.js';
import { asOfTime, initialWindow, windowOf } from './layout/view.js';
import { formatDay, formatEventDate, formatSpan } from './format/dates.js';
import { View } from './controllers/view.js';
import { Story } from './controllers/story.js';
import { Reader } from './controllers/reader.js';
import { OnDemand } from './controllers/on-demand.js';
import { ExtrasController } from './controllers/extras-controller.js';
import type { Orientation } from './controllers/orientation-controller.js';
import { emit, type VisibleRange } from './story-events.js';
import { renderTopBar } from './parts/top-bar.js';
import { renderPlot } from './parts/plot.js';
import { renderLegend } from './parts/legend.js';
import { renderTitleCard } from './parts/title-card.js';
import { loadDetail } from './parts/load-detail.js';
import type { DetailProps } from './parts/detail.js';
import { exportImage, type ExportOptions } from './export/export-image.js';

/**
 * A news story's events on a zoomable timeline that draws each date at its real
 * precision: a day is a point, an interval a bar, a year or a month a hatched band.
 *
 * @summary Zoomable, precision-honest timeline of a news story.
 *
 * @event story-load - Data parsed and shown. `detail: { count, problems }`.
 * @event story-error - `src` failed to load. `detail: { message, cause? }`.
 * @event story-select - The user selected or cleared an event. `detail: { id, event }`.
 * @event story-rangechange - A zoom or pan ended (user or API). `detail: { start, end }`.
 *
 * Parts are documented where each is drawn (src/parts/), custom properties in the stylesheet.
 */
export class StoryTimeline extends LitElement {
  static override styles = styles;

  /** The package's version. */
  static readonly version: string = VERSION;

  /** URL of a JSON document to load (http, https or relative). Wins over `.events` and `.data`. */
  @property() src = '';

  /** Events set from JavaScript. Win over light-DOM data. */
  @property({ attribute: false }) events: StoryEvent[] | undefined;

  /** The whole document (title, lang, events), set from JavaScript. */
  @property({ attribute: false }) data: StoryData | undefined;

  /**
   * Language of UI strings and dates (BCP 47); else the nearest ancestor's `lang`, else the
   * data's, else `en`. The native `lang` attribute and property: set either way, it stays on
   * the host, so `:lang()` and screen readers see the language in force.
   */
  @property({ attribute: 'lang' }) private langAttribute: string | null = null;

  /**
   * `ltr` or `rtl`; else the language's own direction. In `rtl` the interface is mirrored and
   * time runs from right to left. The native `dir` attribute and property.
   */
  @property({ attribute: 'dir' }) private dirAttribute: string | null = null;

  /** Accessible name; else the data's title. */
  @property() label = '';

  /** Start of the initial window (a date of the SPEC's syntax). */
  @property() start = '';

  /** End of the initial window. */
  @property() end = '';

  /** Id of the selected event; `last` opens the story on its latest event. */
  @property({ reflect: true, converter: { toAttribute: (id: string) => id || null } }) selected = '';

  /** Date of the "as of" marker, e.g. the article's date. */
  @property({ attribute: 'as-of' }) asOf = '';

  /** The marker's own wording ("As reported on 3 May 2023"); else "As of <date>" in the element's language. */
  @property({ attribute: 'as-of-label' }) asOfLabel = '';

  /**
   * Deep links: selecting an event writes `#event-<id>` into the page's URL, and a page
   * opened with such a hash selects that event and brings it into view.
   */
  @property({ type: Boolean }) hash = false;

  /** Hides the title card (for pages that already show the story's headline). */
  @property({ type: Boolean, attribute: 'no-title' }) noTitle = false;

  /** How long to wait for `src`, in milliseconds, before giving up with an error. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** `ctrl`: Ctrl/⌘ + wheel zooms and a plain wheel scrolls the page. `free`: the wheel zooms. */
  @property() wheel: WheelMode = 'ctrl';

  /**
   * The time zone (an IANA name) in which times of day are shown, and in which a time written
   * without an offset is read. Dates without a time never shift. An unknown name is a problem;
   * UTC is used.
   */
  @property({ attribute: 'time-zone' }) timeZone = 'UTC';

  /**
   * Ids of the groups to show, separated by commas: the others (and the events without a
   * group) are left out of the plot, the fitted view, the keyboard order and the steps.
   * Ids that name no group are ignored; empty, or naming none, shows every group.
   */
  @property({ attribute: 'show-groups' }) showGroups = '';

  /**
   * `horizontal` (default), `vertical` (time down the page beside a rail) or `auto` (vertical under
   * 30 em of width); reads back the keyword in force (`horizontal` for an unknown value). The
   * shadow root's top element has the class `vertical` while it reads vertically.
   */
  @property()
  get orientation(): Orientation {
    return this.view.orientation.value;
  }
  set orientation(value: string) {
    this.view.orientation.value = value;
  }

  /** Zoom, gestures, moves, text sizes, width and orientation: what the plot is drawn from. */
  private readonly view: View = new View(this, {
    onRangeChange: (start, end, userEvent) => this.rangeChanged(start, end, userEvent),
    onWheelHint: () => this.reader.hint.show(),
    anchors: () => {
      const { stories, times } = this.story;
      return [
        stories.centre(this.selected),
        stories.centre(this.reader.keyboard.focusedId),
        asOfTime(this.asOf, times.zone),
      ];
    },
    event: (id) => this.story.stories.byId(id),
    printWidth: (width) => this.detail.module?.print.widthFor(width) ?? width,
  });
  /** Loading, reading, time zones, language and wording. */
  private readonly story: Story = new Story(this, {
    lang: () => this.langAttribute,
    dir: () => this.dirAttribute,
    drawn: () => this.view.zoom.width > 0 && !this.extras.missing,
    storyRead: () => {
      this.view.metrics.labelWidths.clear();
      this.reader.deepLinks.follow();
    },
    showStory: () => this.showStory(),
  });
  /** Keyboard, selection, deep link, live region and wheel hint. */
  private readonly reader: Reader = new Reader(this, this.story, this.view);
  /** Eras, groups, the hint and the messages: code fetched when a frame draws one of them. */
  private readonly extras = new ExtrasController(this, this.story, this.reader.hint);
  /** A whole frame has been shown: from then on, waiting for the card's code hides nothing. */
  private shownWhole = false;
  /** The detail card's code (with media and rich text) comes after the first drawing, unless that opens a card. */
  private readonly detail = new OnDemand(
    this,
    () =>
      loadDetail(this, StoryTimeline.elementStyles, this.view.zoom, () => {
        const first = this.story.stories.events[0];
        return first && !this.selected ? this.cardProps(first) : undefined;
      }),
    'the detail card',
    { needed: () => !!this.selected && !this.shownWhole, drawn: () => this.shownWhole },
  );

  /** The window now shown. */
  get visibleRange(): VisibleRange {
    return this.view.zoom.visibleRange;
  }

  /** What could not be shown, and why. */
  get problems(): Problem[] {
    return this.story.stories.problems;
  }

  /**
   * Shows the window from `start` to `end` (Dates or date strings of the SPEC's syntax).
   * Wins over the first view of data set before it in the same task, and is kept for data
   * set later while it still shows some of its events.
   */
  zoomTo(start: Date | string, end: Date | string, { animate = false }: { animate?: boolean } = {}): void {
    this.view.zoom.zoomTo(windowOf(start, end, 'zoomTo', this.story.times.zone), animate);
  }

  /** Zooms around the centre: a factor above 1 zooms in, below 1 zooms out. */
  zoomBy(factor: number, { animate = false }: { animate?: boolean } = {}): void {
    if (!(factor > 0) || !Number.isFinite(factor))
      throw new RangeError(`zoomBy: factor must be a positive number, got ${factor}`);
    this.view.zoom.zoomBy(factor, animate);
  }

  /** Shows every event with a margin. */
  fit({ animate = false }: { animate?: boolean } = {}): void {
    this.view.zoom.fit(animate);
  }

  /** Selects an event by id (or clears with null). Fires no `story-select`: only the user does. */
  select(id: string | null): void {
    this.selected = id ?? '';
  }

  /** The first render waits for a language loaded on demand: no flash of English. */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) {
      this.story.language.resolve();
      this.story.times.resolve();
      await Promise.all([this.story.language.pending, this.story.times.pending]);
    }
    return super.scheduleUpdate();
  }

  /**
   * Also waits for the zoom gestures and the detail card, fetched after the first drawing (the
   * first drawing needs neither): once `updateComplete` resolves the reader can zoom, pan and read.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const reading = this.story.loader.pending?.then(undefined, () => undefined);
    const vertical = this.view.orientation.ready;
    await Promise.all([
      this.view.zoom.gesturesReady,
      this.detail.ready,
      this.story.times.pending,
      reading,
      vertical,
      this.extras.ready,
    ]);
    return this.isUpdatePending ? super.getUpdateComplete() : done;
  }

  /** The story as a standalone picture, SVG (default) or PNG, drawn from its layout (README, "Pictures and print"). */
  exportImage(options?: ExportOptions): Promise<Blob> {
    return exportImage(options, { host: this, ...this.story });
  }

  /** Selects the next event in date order (the first when none is) and glides to it. Fires no `story-select`. */
  next(): void {
    this.reader.selection.step(1);
  }

  /** Selects the previous event in date order (the last when none is) and glides to it. Fires no `story-select`. */
  previous(): void {
    this.reader.selection.step(-1);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('langAttribute' as keyof StoryTimeline)) this.story.language.resolve();
    this.view.zoom.setDirection(this.story.language.direction);
    if (changed.has('wheel')) this.view.zoom.wheelMode = this.wheel === 'free' ? 'free' : 'ctrl';
    this.story.loader.inputsChanged(changed);
    // After the story: its times of day may call for the finer ticks.
    this.story.times.resolve();
    this.story.wording.setTimeZones(this.story.times.zones);
    this.selected = this.story.stories.resolve(this.selected);
    if ((changed.has('start') || changed.has('end')) && this.hasUpdated && (this.start || this.end)) {
      this.view.zoom.showDefault(initialWindow(this.start, this.end, this.view.zoom.fitWindow, this.story.times.zone));
    }
    if (changed.has('showGroups')) {
      this.story.stories.arrange(this.showGroups);
      if (this.story.stories.arrangement.grouped) this.showStory();
    }
    const wanted = [this.reader.keyboard.focusedId, this.selected].filter((id) => id && this.story.stories.has(id));
    // The selected event, newly selected or on a new layout, is brought into view in this update.
    const reveal = { id: this.selected, selected: changed.has('selected') };
    this.view.update({ lang: this.story.language.lang, wanted, fine: this.story.times.fine }, reveal);
  }

  protected override firstUpdated(): void {
    // Text sizes are read with the first width, after this update: here they would ask for another.
    this.view.zoom.attach(this.renderRoot.querySelector<HTMLElement>('.plot')!);
    const probe = (name: string) => this.renderRoot.querySelector(name)!;
    this.view.resize.observe(probe('.width-probe'), probe('.label-probe'), probe('.mark-probe'));
  }

  protected override updated(): void {
    // The selected event was brought into view inside the update: the page hears of it now it is drawn.
    this.view.zoom.reportMove();
  }

  /** A zoom or pan ended: the page hears of it, and a screen reader too when the reader made it. */
  private rangeChanged(start: Date, end: Date, userEvent: Event | null): void {
    emit(this, 'story-rangechange', { start, end });
    const { strings, lang } = this.story.language;
    if (userEvent) this.reader.announcer.announce(strings.showingRange(formatSpan(+start, +end, lang)), 600);
  }

  /** The view shows the events in force (a new story, or a new `show-groups`), fitted anew. */
  private showStory(): void {
    const { arrangement, story } = this.story.stories;
    this.view.zoom.setEvents(
      arrangement,
      (fit) => initialWindow(this.start, this.end, fit, this.story.times.zone),
      story.eras,
    );
  }

  /** The detail card of `event`: drawn when it is selected, and rehearsed hidden once (`rehearse`). */
  private cardProps(event: TimelineEvent): DetailProps {
    const { language, stories, times } = this.story;
    const { selection } = this.reader;
    return {
      event,
      when: formatEventDate(event.date, language.lang, event.displayDate, times.zones),
      strings: language.strings,
      eras: erasDuring(stories.story.eras ?? [], event.date),
      playing: selection.playing === event.id,
      onPlay: () => selection.play(event.id),
      position: stories.position(event.id)!,
      total: stories.events.length,
      onClose: () => selection.close(),
      onStep: (by, e) => selection.step(by, e),
    };
  }

  override render(): TemplateResult {
    const { language, stories, times, loader, wording } = this.story;
    const { selection, keyboard, hint, announcer } = this.reader;
    const { zoom, moves, orientation } = this.view;
    const extras = this.extras.module;
    const { strings: t, lang } = language;
    const view = this.view.frame();
    const { width, narrow } = view;
    const selected = selection.event;
    const loadState = loader.state;
    const { story } = stories;
    const eras = story.eras ?? [];
    const asOf = width ? asOfTime(this.asOf, times.zone) : undefined;
    // Nothing is drawn in flow before the first whole frame (width, text sizes, the story, the
    // card of an event it opens on, the code of its eras, groups or message): the page never sees
    // a part drawn, then moved (README). Once a whole frame was shown, a click that selects
    // before the card's code has come does not hide the frame (and the focus in it): the card
    // appears when its code does.
    const pending =
      !width ||
      (loadState.phase === 'loading' && !story.events.length) ||
      (!this.shownWhole && ((!!selected && !this.detail.settled) || this.extras.missing)) ||
      orientation.waiting;
    if (!pending) this.shownWhole = true;
    const card = selected && this.detail.module ? this.detail.module.renderDetail(this.cardProps(selected)) : nothing;
    const vertical = orientation.plot(stories.events, asOf, story.groups, card);
    const frame = `frame${pending ? ' pending' : ''}${vertical ? ' vertical' : ''}`;
    return html`<div class=${frame} lang=${lang} dir=${language.direction}>
      ${this.noTitle ? nothing : renderTitleCard({ title: story.title, summary: story.summary, span: stories.span(lang) })}
      <div class="width-probe" aria-hidden="true"></div>
      ${renderTopBar({
        strings: t,
        onGo: moves.goOutside,
        narrow,
        loading: loadState.phase === 'loading',
        ...orientation.bar(zoom.outside, zoom.zoomRoom),
        onZoom: orientation.zoomAction,
      })}
      ${renderPlot({
        ...view,
        strings: t,
        name: this.label || story.title || t.defaultLabel,
        grouped: stories.arrangement.grouped,
        eras,
        asOf: asOf === undefined ? undefined : { time: asOf, text: this.asOfLabel || t.asOf(formatDay(asOf, lang)) },
        hintShown: hint.shown,
        selected: this.selected,
        tabStop: keyboard.tabStop(zoom.marks),
        texts: (mark) => wording.texts(mark.event),
        clusterName: (cluster) => t.cluster(cluster.count, formatSpan(cluster.start, cluster.end, lang)),
        eraDate: (era) => formatEventDate(era.date, lang, undefined, times.zones),
        onKeyDown: keyboard.onKeyDown,
        onClick: selection.onClick,
        onFocusIn: keyboard.onFocusIn,
        vertical,
        extras,
      })}
      ${loadState.phase === 'error' ? extras?.renderError(loadState.message, t, loader.retry) : extras?.renderEmpty(story, t)}
      ${vertical ? nothing : card} ${renderLegend(t, stories.arrangement.bands)}
      ${this.detail.module?.print.list({ events: stories.events, strings: t, wording })}
      <div id="announce" class="visually-hidden" role="status" aria-live="polite">${announcer.text}</div>
    </div>`;
  }
}

if (canDefine('story-timeline')) customElements.define('story-timeline', StoryTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'story-timeline': StoryTimeline;
  }
}
