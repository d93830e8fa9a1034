import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';

import styles from './story-timeline.styles.js';
import { VERSION } from './version.js';
import { canDefine } from './define.js';
import type { Problem, StoryData, StoryEvent, WheelMode } from './model/types.js';
import { erasDuring } from './model/eras.js';
import { DEFAULT_TIMEOUT_MS } from './data/fetch-story.js';
import { asOfTime, initialWindow, windowOf } from './layout/view.js';
import { formatDay, formatEventDate, formatSpan } from './format/dates.js';
import { TimesController } from './controllers/times-controller.js';
import { EventWording } from './format/event-texts.js';
import { ViewController } from './controllers/view-controller.js';
import { ViewMoves } from './controllers/zoom/view-moves.js';
import { TextMetricsController } from './controllers/text-metrics-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { LoadController } from './controllers/load-controller.js';
import { KeyboardController } from './controllers/keyboard-controller.js';
import { DeepLinkController } from './controllers/deep-link-controller.js';
import { LanguageController, inheritedLang } from './controllers/language-controller.js';
import { Announcer } from './controllers/announcer.js';
import { SelectionController } from './controllers/selection-controller.js';
import { HintController } from './controllers/hint-controller.js';
import { StoryController } from './controllers/story-controller.js';
import { OnDemand } from './controllers/on-demand.js';
import { OrientationController, type Orientation } from './controllers/orientation-controller.js';
import { emit, type VisibleRange } from './story-events.js';
import { renderTopBar } from './parts/top-bar.js';
import { renderPlot } from './parts/plot.js';
import { renderLegend } from './parts/legend.js';
import { renderError } from './parts/error.js';
import { renderEmpty } from './parts/empty.js';
import { renderTitleCard } from './parts/title-card.js';
import { loadDetail } from './parts/load-detail.js';
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
    return this.orientations.value;
  }
  set orientation(value: string) {
    this.orientations.value = value;
  }

  private readonly view: ViewController = new ViewController(this, {
    onRangeChange: (start, end, userEvent) => {
      emit(this, 'story-rangechange', { start, end });
      const { strings, lang } = this.language;
      if (userEvent) this.announcer.announce(strings.showingRange(formatSpan(+start, +end, lang)), 600);
    },
    onWheelHint: () => this.hint.show(),
    measureLabel: (text): number => this.metrics.labelWidths.measure(text),
  });
  private readonly moves: ViewMoves = new ViewMoves(this.view, {
    anchors: () => [
      this.stories.centre(this.selected),
      this.stories.centre(this.keyboard.focusedId),
      asOfTime(this.asOf, this.times.zone),
    ],
    event: (id) => this.stories.byId(id),
  });
  private readonly orientations = new OrientationController(this, this.moves.zoom);
  protected readonly resize = new ResizeController(this, (width) => {
    this.view.setWidth(this.detail.module?.print.widthFor(width) ?? width);
    this.orientations.setWidth(width);
    this.metrics.measure();
  });
  private readonly metrics: TextMetricsController = new TextMetricsController(this, () => this.view);
  private readonly times: TimesController = new TimesController(this, {
    name: () => this.timeZone || 'UTC',
    hasTimes: () => this.stories.timed || /T\d/.test(this.start + this.end + this.asOf),
    changed: () => this.stories.reread(),
  });
  private readonly stories: StoryController = new StoryController(this, this.times, {
    drawn: () => this.view.width > 0,
    changed: () => {
      this.metrics.labelWidths.clear();
      this.wording.clear();
      this.deepLinks.follow();
      this.language.resolve();
      this.showStory();
    },
  });
  private readonly loader = new LoadController(this, {
    strings: () => this.language.strings,
    onDocument: (input, reading) => this.stories.read(input, reading),
    onError: (message, cause) => emit(this, 'story-error', { message, cause }),
  });
  private readonly language = new LanguageController(this, {
    lang: () => this.langAttribute || inheritedLang(this) || this.stories.story.lang,
    dir: () => this.dirAttribute,
    changed: () => this.wording.setLanguage(this.language.lang, this.language.strings),
  });
  private readonly keyboard = new KeyboardController(this, {
    events: () => this.stories.events,
    positionOf: (id) => this.stories.position(id),
    arrangement: () => this.stories.arrangement,
    zoom: this.orientations.zoomAction,
    pan: this.moves.pan,
    byDate: () => this.orientations.vertical,
    clearSelection: () => this.selection.clear(),
    reveal: (id) => this.moves.reveal(id, false),
    rtl: () => this.language.direction === 'rtl',
    button: (id) => this.renderRoot.querySelector(`[part~="event"][data-id="${CSS.escape(id)}"]`),
  });
  private readonly deepLinks = new DeepLinkController(
    this,
    () => this.hash,
    (id) => this.stories.has(id) && (this.selected = id),
  );
  private readonly selection = new SelectionController(this, {
    events: () => this.stories.events,
    positionOf: (id) => this.stories.position(id),
    changed: (event) => {
      this.deepLinks.write(event?.id ?? null);
      const t = this.language.strings;
      this.announcer.announce(event ? t.selected(event.title) : t.selectionCleared);
    },
    focused: (id) => (this.keyboard.focusedId = id),
    focus: (id) => void this.keyboard.focusEvent(id),
  });
  /** The detail card's code (with media and rich text) comes after the first drawing. */
  private readonly detail = new OnDemand(
    this,
    () => loadDetail(this, StoryTimeline.elementStyles, this.view),
    'the detail card',
  );
  private readonly announcer = new Announcer(this);
  private readonly hint = new HintController(this);
  private readonly wording = new EventWording();

  /** The window now shown. */
  get visibleRange(): VisibleRange {
    return this.view.visibleRange;
  }

  /** What could not be shown, and why. */
  get problems(): Problem[] {
    return this.stories.problems;
  }

  /**
   * Shows the window from `start` to `end` (Dates or date strings of the SPEC's syntax).
   * Wins over the first view of data set before it in the same task, and is kept for data
   * set later while it still shows some of its events.
   */
  zoomTo(start: Date | string, end: Date | string, { animate = false }: { animate?: boolean } = {}): void {
    this.view.zoomTo(windowOf(start, end, 'zoomTo', this.times.zone), animate);
  }

  /** Zooms around the centre: a factor above 1 zooms in, below 1 zooms out. */
  zoomBy(factor: number, { animate = false }: { animate?: boolean } = {}): void {
    if (!(factor > 0) || !Number.isFinite(factor))
      throw new RangeError(`zoomBy: factor must be a positive number, got ${factor}`);
    this.view.zoomBy(factor, animate);
  }

  /** Shows every event with a margin. */
  fit({ animate = false }: { animate?: boolean } = {}): void {
    this.view.fit(animate);
  }

  /** Selects an event by id (or clears with null). Fires no `story-select`: only the user does. */
  select(id: string | null): void {
    this.selected = id ?? '';
  }

  /** The first render waits for a language loaded on demand: no flash of English. */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) {
      this.language.resolve();
      this.times.resolve();
      await Promise.all([this.language.pending, this.times.pending]);
    }
    return super.scheduleUpdate();
  }

  /**
   * Also waits for the zoom gestures and the detail card, fetched beside the first render (the
   * first drawing needs neither): once `updateComplete` resolves the reader can zoom, pan and read.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const reading = this.loader.pending?.then(undefined, () => undefined);
    const vertical = this.orientations.ready;
    await Promise.all([this.view.gesturesReady, this.detail.ready, this.times.pending, reading, vertical]);
    return this.isUpdatePending ? super.getUpdateComplete() : done;
  }

  /** The story as a standalone picture, SVG (default) or PNG, drawn from its layout (README, "Pictures and print"). */
  exportImage(options?: ExportOptions): Promise<Blob> {
    const { loader, stories, language, times, wording } = this;
    return exportImage(options, { host: this, loader, stories, language, times, wording });
  }

  /** Selects the next event in date order (the first when none is) and glides to it. Fires no `story-select`. */
  next(): void {
    this.selection.step(1);
  }

  /** Selects the previous event in date order (the last when none is) and glides to it. Fires no `story-select`. */
  previous(): void {
    this.selection.step(-1);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('langAttribute' as keyof StoryTimeline)) this.language.resolve();
    this.view.setDirection(this.language.direction);
    if (changed.has('wheel')) this.view.wheelMode = this.wheel === 'free' ? 'free' : 'ctrl';
    this.loader.inputsChanged(changed);
    // After the story: its times of day may call for the finer ticks.
    this.times.resolve();
    this.wording.setTimeZones(this.times.zones);
    this.selected = this.stories.resolve(this.selected);
    if ((changed.has('start') || changed.has('end')) && this.hasUpdated && (this.start || this.end)) {
      this.view.showDefault(initialWindow(this.start, this.end, this.view.fitWindow, this.times.zone));
    }
    if (changed.has('showGroups')) {
      this.stories.arrange(this.showGroups);
      if (this.stories.arrangement.grouped) this.showStory();
    }
    const wanted = [this.keyboard.focusedId, this.selected].filter((id) => id && this.stories.has(id));
    this.view.update({ lang: this.language.lang, wanted, fine: this.times.fine });
  }

  protected override firstUpdated(): void {
    // Text sizes are read with the first width, after this update: here they would ask for another.
    this.view.attach(this.renderRoot.querySelector<HTMLElement>('.plot')!);
    const probe = (name: string) => this.renderRoot.querySelector(name)!;
    this.resize.observe(probe('.width-probe'), probe('.label-probe'), probe('.mark-probe'));
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Also once the first layout exists: a selection made before (attribute, hash) is shown.
    // A page that opens on a selection, or new data, jumps there; a later change glides.
    const freshLayout = this.view.takeFreshLayout();
    if (this.selected && (changed.has('selected') || freshLayout)) this.moves.reveal(this.selected, !freshLayout);
  }

  /** The view shows the events in force (a new story, or a new `show-groups`), fitted anew. */
  private showStory(): void {
    const { arrangement, story } = this.stories;
    this.view.setEvents(arrangement, (fit) => initialWindow(this.start, this.end, fit, this.times.zone), story.eras);
  }

  override render(): TemplateResult {
    const { strings: t, lang } = this.language;
    const { width } = this.view;
    const selected = this.selection.event;
    const loadState = this.loader.state;
    const { story } = this.stories;
    const eras = story.eras ?? [];
    const narrow = this.view.labelLines > 1;
    const asOf = width ? asOfTime(this.asOf, this.times.zone) : undefined;
    // Nothing is drawn in flow before the first whole frame (width, text sizes, the story, the
    // card of an event it opens on): the page never sees a part drawn, then moved (README).
    const pending =
      !width ||
      (loadState.phase === 'loading' && !story.events.length) ||
      (!!selected && !this.detail.settled) ||
      this.orientations.waiting;
    const card =
      selected && this.detail.module
        ? this.detail.module.renderDetail({
            event: selected,
            when: formatEventDate(selected.date, lang, selected.displayDate, this.times.zones),
            strings: t,
            eras: erasDuring(eras, selected.date),
            playing: this.selection.playing === selected.id,
            onPlay: () => this.selection.play(selected.id),
            position: this.stories.position(selected.id)!,
            total: this.stories.events.length,
            onClose: () => this.selection.close(),
            onStep: (by, e) => this.selection.step(by, e),
          })
        : nothing;
    const vertical = this.orientations.plot(this.stories.events, asOf, story.groups, card);
    const frame = `frame${pending ? ' pending' : ''}${vertical ? ' vertical' : ''}`;
    return html`<div class=${frame} lang=${lang} dir=${this.language.direction}>
      ${
        this.noTitle
          ? nothing
          : renderTitleCard({ title: story.title, summary: story.summary, span: this.stories.span(lang) })
      }
      <div class="width-probe" aria-hidden="true"></div>
      ${renderTopBar({
        strings: t,
        onGo: this.moves.goOutside,
        narrow,
        loading: loadState.phase === 'loading',
        ...this.orientations.bar(this.view.outside, this.view.zoomRoom),
        onZoom: this.orientations.zoomAction,
      })}
      ${renderPlot({
        strings: t,
        name: this.label || story.title || t.defaultLabel,
        width,
        bands: this.view.bandFrames,
        grouped: this.stories.arrangement.grouped,
        ticks: this.view.ticks,
        lanes: this.view.lanes,
        laneHeight: this.view.laneHeight,
        axisHeight: this.metrics.axisHeight,
        clusterRow: this.view.clusterRow,
        narrow,
        eras,
        x: (time) => this.view.x(time),
        origin: this.view.origin,
        originShift: this.view.originShift,
        asOf: asOf === undefined ? undefined : { time: asOf, text: this.asOfLabel || t.asOf(formatDay(asOf, lang)) },
        hintShown: this.hint.shown,
        selected: this.selected,
        tabStop: this.keyboard.tabStop(this.view.marks),
        texts: (mark) => this.wording.texts(mark.event),
        clusterName: (cluster) => t.cluster(cluster.count, formatSpan(cluster.start, cluster.end, lang)),
        eraDate: (era) => formatEventDate(era.date, lang, undefined, this.times.zones),
        onKeyDown: this.keyboard.onKeyDown,
        onClick: this.selection.onClick,
        onFocusIn: this.keyboard.onFocusIn,
        onCluster: this.moves.zoomToCluster,
        vertical,
      })}
      ${loadState.phase === 'error' ? renderError(loadState.message, t, this.loader.retry) : renderEmpty(story, t)}
      ${vertical ? nothing : card} ${renderLegend(t, this.stories.arrangement.bands)}
      ${this.detail.module?.print.list({ events: this.stories.events, strings: t, wording: this.wording })}
      <div id="announce" class="visually-hidden" role="status" aria-live="polite">${this.announcer.text}</div>
    </div>`;
  }
}

if (canDefine('story-timeline')) customElements.define('story-timeline', StoryTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'story-timeline': StoryTimeline;
  }
}
