import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { inlineStyle, ownedStyle } from './directives/inline-style.js';
import { classMap } from 'lit/directives/class-map.js';
import { scaleUtc, type TimeScale } from './layout/time-scale.js';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';

import styles from './story-timeline.styles.js';
import type { NormalizedStory, Problem, StoryData, StoryEvent, TimelineEvent, WheelMode } from './model/types.js';
import { parseDate } from './model/edtf.js';
import { isStoryShape, normalizeStory } from './model/normalize.js';
import { readDeclarative } from './model/declarative.js';
import { fetchStory, LoadFailure, MAX_DOCUMENT_BYTES, storyUrl, DEFAULT_TIMEOUT_MS } from './data/fetch-story.js';
import { defaultLayoutOptions, layoutEvents, type EventsLayout, type MarkLayout } from './layout/marks.js';
import { axisTicks, type AxisTick } from './layout/ticks.js';
import { formatDay, formatEventDate, formatSpan } from './format/dates.js';
import { resolveLang, uiStrings, type UiStrings } from './format/strings.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { ResizeController } from './controllers/resize-controller.js';

const DAY_MS = 86_400_000;
/** The fitted view never shows less than this, so a single event still has context. */
const MIN_FIT_SPAN_MS = 14 * DAY_MS;
/** Zooming out stops at about ten times the data's span. */
const MAX_ZOOM_OUT_SPANS = 10;
const HINT_MS = 1500;
/** Height of a lane: a 44 px touch target for each event (the CSS uses the same). */
const LANE_HEIGHT = 44;
/** More events than this are refused with a message rather than freezing the page. */
export const MAX_EVENTS = 200_000;

export interface StoryLoadDetail {
  count: number;
  problems: Problem[];
}
export interface StoryErrorDetail {
  message: string;
  cause?: unknown;
}
export interface StorySelectDetail {
  id: string | null;
  event: StoryEvent | null;
}
export interface StoryRangeDetail {
  start: Date;
  end: Date;
}
export interface VisibleRange {
  start: Date;
  end: Date;
}

type LoadState = { phase: 'idle' } | { phase: 'loading' } | { phase: 'error'; message: string };

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
 * @csspart axis - The time axis.
 * @csspart event - One rendered event (a button), with `data-id`.
 * @csspart event-label - An event's label.
 * @csspart cluster - Events merged when they are too close to label.
 * @csspart detail - The card for the selected event.
 * @csspart controls - The zoom buttons' container.
 * @csspart zoom-in - The zoom-in button.
 * @csspart zoom-out - The zoom-out button.
 * @csspart fit - The show-everything button.
 * @csspart legend - The key to the marks.
 * @csspart error - The loading error message.
 * @csspart as-of - The "as of" marker.
 *
 * @cssproperty [--story-ink] - Text colour.
 * @cssproperty [--story-muted] - Secondary text colour.
 * @cssproperty [--story-surface] - Card and button background.
 * @cssproperty [--story-background=transparent] - The element's background.
 * @cssproperty [--story-grid] - Grid lines and borders.
 * @cssproperty [--story-axis] - Axis line and ticks.
 * @cssproperty [--story-confirmed] - Colour of confirmed events.
 * @cssproperty [--story-reported] - Colour of reported events.
 * @cssproperty [--story-planned] - Colour of planned events.
 * @cssproperty [--story-as-of] - Colour of the "as of" marker.
 * @cssproperty [--story-focus] - Focus ring and links.
 * @cssproperty [--story-selected] - Background of the selected event.
 * @cssproperty [--story-font] - Font family; the page's by default.
 * @cssproperty [--story-label-size=0.8125rem] - Event label font size.
 * @cssproperty [--story-mark-size=12px] - Size of a day's dot and a bar's thickness.
 * @cssproperty [--story-radius=6px] - Corner radius of cards and buttons.
 */
export class StoryTimeline extends LitElement {
  static override styles = styles;

  /** URL of a JSON document to load (http, https or relative). Wins over `.events` and `.data`. */
  @property() src = '';

  /** Events set from JavaScript. Win over light-DOM data. */
  @property({ attribute: false }) events: StoryEvent[] | undefined;

  /** The whole document (title, lang, events), set from JavaScript. */
  @property({ attribute: false }) data: StoryData | undefined;

  /** Language of UI strings and dates; else the nearest ancestor's `lang`, else the data's, else `en`. */
  @property() override lang = '';

  /** Accessible name; else the data's title. */
  @property() label = '';

  /** Start of the initial window (a date of the SPEC's syntax). */
  @property() start = '';

  /** End of the initial window. */
  @property() end = '';

  /** Id of the selected event. */
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

  /** How long to wait for `src`, in milliseconds, before giving up with an error. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** `ctrl`: Ctrl/⌘ + wheel zooms and a plain wheel scrolls the page. `free`: the wheel zooms. */
  @property() wheel: WheelMode = 'ctrl';

  @state() private story: NormalizedStory = { events: [], problems: [] };
  @state() private loadState: LoadState = { phase: 'idle' };
  @state() private transform: ZoomTransform = zoomIdentity;
  @state() private width = 0;
  @state() private hintShown = false;
  @state() private announcement = '';

  private readonly zoom = new ZoomController(this, {
    onFrame: (transform) => {
      if (transform.k !== this.transform.k || transform.x !== this.transform.x) this.transform = transform;
    },
    onEnd: (transform, userEvent) => this.rangeChanged(transform, userEvent),
    onWheelHint: () => this.showWheelHint(),
    isMark: (target) => target instanceof Element && !!target.closest('[part~="event"], [part~="cluster"]'),
  });
  protected readonly resize = new ResizeController(this, (width) => {
    this.width = width;
  });

  /** The unzoomed scale: the fitted window across the width. Never mutated by zooming. */
  private baseScale: TimeScale = scaleUtc();
  private dataExtent: [number, number] = [0, 0];
  private lanes = 1;
  /** Each event's date, name and classes in the current language: made once, not at every frame. */
  private readonly texts = new Map<string, EventTexts>();
  /** Position of each event in date order (the story's events are sorted). */
  private dateOrder = new Map<string, number>();
  private clusterRow = false;
  private layout: EventsLayout = { marks: [], clusters: [], lanesUsed: 0 };
  /** What `layout` was made for: a new frame of the same keeps its events in their lanes. */
  private layoutBasis: { events: readonly TimelineEvent[]; lanes: number; width: number } = {
    events: [],
    lanes: 0,
    width: 0,
  };
  private ticks: AxisTick[] = [];
  private strings: UiStrings = uiStrings('en');
  private resolvedLang = 'en';
  /** A view to apply once the element has a width (first data, `start`/`end`, `zoomTo` before layout). */
  private pendingView: { start: number; end: number } | 'fit' | undefined;
  /** Set in willUpdate, pushed into d3-zoom after render. */
  private zoomSync: { transform: ZoomTransform } | undefined;
  private loadController: AbortController | undefined;
  private loadedSrc = '';
  private hintTimer: ReturnType<typeof setTimeout> | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private loadEventPending = false;
  private focusedId = '';
  private labelWidths = new Map<string, number>();
  private measureContext: CanvasRenderingContext2D | null | undefined;
  private labelFont = '';
  /** The font last given to the canvas (its own getter normalises the string). */
  private measureFont = '';

  /** The window now shown. */
  get visibleRange(): VisibleRange {
    const [start, end] = this.shownScale(this.zoom.transform).domain();
    return { start: start!, end: end! };
  }

  /** What could not be shown, and why. */
  get problems(): Problem[] {
    return this.story.problems.map((problem) => ({ ...problem }));
  }

  /** Shows the window from `start` to `end` (Dates or date strings of the SPEC's syntax). */
  zoomTo(start: Date | string, end: Date | string, { animate = false }: { animate?: boolean } = {}): void {
    const from = toMs(start, 'start');
    const to = toMs(end, 'end');
    if (!(to > from))
      throw new RangeError(`zoomTo: the end (${String(end)}) must come after the start (${String(start)})`);
    if (!this.width) {
      this.pendingView = { start: from, end: to };
      this.requestUpdate();
      return;
    }
    this.zoom.transformTo(this.transformFor(from, to), { animate });
  }

  /** Zooms around the centre: a factor above 1 zooms in, below 1 zooms out. */
  zoomBy(factor: number, options: { animate?: boolean } = {}): void {
    if (!(factor > 0) || !Number.isFinite(factor))
      throw new RangeError(`zoomBy: factor must be a positive number, got ${factor}`);
    this.zoom.scaleBy(factor, options);
  }

  /** Shows every event with a margin. */
  fit(options: { animate?: boolean } = {}): void {
    if (!this.width) {
      this.pendingView = 'fit';
      return;
    }
    this.zoom.transformTo(zoomIdentity, options);
  }

  /** Selects an event by id (or clears with null). Fires no `story-select`: only the user does. */
  select(id: string | null): void {
    this.selected = id ?? '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    // Moved into another part of the page: its language may differ.
    if (this.hasUpdated) {
      this.updateLang();
      this.requestUpdate();
    }
    this.lightDomObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      // The data's own attributes only: the host's (selected, lang…) are not data.
      attributeFilter: [
        'data-date',
        'data-title',
        'data-status',
        'data-id',
        'data-display-date',
        'data-tags',
        'datetime',
        'href',
        'type',
      ],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.lightDomObserver.disconnect();
    clearTimeout(this.hintTimer);
    clearTimeout(this.announceTimer);
    this.loadController?.abort();
    this.loadController = undefined;
    // A reconnect fetches again if the load was cut short.
    if (this.loadState.phase === 'loading') this.loadedSrc = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || !this.hasUpdated) this.updateLang();
    if (changed.has('wheel')) this.zoom.wheelMode = this.wheel === 'free' ? 'free' : 'ctrl';

    if (this.src && this.src !== this.loadedSrc && this.isConnected) this.load(this.src);
    else if (!this.src && (changed.has('events') || changed.has('data') || changed.has('src'))) this.useLocalData();

    if (changed.has('story' as keyof StoryTimeline)) this.storyChanged();
    if ((changed.has('start') || changed.has('end')) && this.hasUpdated && (this.start || this.end)) {
      this.pendingView = this.initialView();
    }
    if (
      changed.has('width' as keyof StoryTimeline) ||
      changed.has('story' as keyof StoryTimeline) ||
      this.pendingView
    ) {
      this.fitBaseScale(
        changed.has('width' as keyof StoryTimeline)
          ? (changed.get('width' as keyof StoryTimeline) as number)
          : this.width,
      );
    }
    this.computeLayout();
    this.currentTabStop = this.tabStopId;
  }

  protected override firstUpdated(): void {
    this.zoom.attach(this.plot!);
    this.resize.observe(this.renderRoot.querySelector('.width-probe')!);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.zoomSync) {
      const { transform } = this.zoomSync;
      this.zoomSync = undefined;
      this.zoom.transformTo(transform, { silent: true });
    }
    if (this.loadEventPending && this.width) {
      this.loadEventPending = false;
      this.emit<StoryLoadDetail>('story-load', { count: this.story.events.length, problems: this.problems });
    }
    // Also once the first layout exists: a selection made before (attribute, hash) is shown.
    // A page that opens on a selection, or new data, jumps there; a later change glides.
    const freshLayout = changed.has('width' as keyof StoryTimeline) || changed.has('story' as keyof StoryTimeline);
    if (this.selected && (changed.has('selected') || freshLayout)) {
      this.bringIntoView(this.selected, !freshLayout);
    }
  }

  // ——— data ———

  private useLocalData(): void {
    this.loadController?.abort();
    this.loadedSrc = '';
    if (this.loadState.phase !== 'idle') this.loadState = { phase: 'idle' };
    const input = this.events ?? this.data;
    if (input !== undefined) {
      this.acceptDocument(this.events ? { ...this.data, events: this.events } : input);
      return;
    }
    this.useDeclarativeData();
  }

  /** The light DOM's inline JSON or list (SPEC, "Declarative data"), read as text only. */
  private useDeclarativeData(): void {
    const declared = readDeclarative(this);
    if (declared.kind === 'none') return;
    if (declared.kind === 'json-error') this.fail(new LoadFailure('json', declared.message));
    else if (declared.kind === 'json' && !isStoryShape(declared.value))
      this.fail(new LoadFailure('shape', 'inline JSON'));
    else this.acceptDocument(declared.value);
  }

  /** A CMS may fill or change the element's content after it started. */
  private readonly lightDomObserver = new MutationObserver(() => {
    if (!this.src && this.events === undefined && this.data === undefined) this.useDeclarativeData();
  });

  private setStory(story: NormalizedStory): void {
    this.story = story;
    this.selectFromHash();
    this.loadEventPending = true;
    this.pendingView = this.initialView();
    this.updateLang();
  }

  /** The element's `lang`, else the nearest ancestor's (across shadow roots), else the data's, else English. */
  private updateLang(): void {
    this.resolvedLang = resolveLang(this.lang || inheritedLang(this) || this.story.lang);
    this.strings = uiStrings(this.resolvedLang);
    this.texts.clear();
  }

  private async load(src: string): Promise<void> {
    this.loadedSrc = src;
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    const url = storyUrl(src, document.baseURI);
    if (!url) {
      this.loadState = { phase: 'idle' };
      this.fail(new LoadFailure('url', src));
      return;
    }
    this.loadState = { phase: 'loading' };
    try {
      const json = await fetchStory(url, { signal: controller.signal, timeoutMs: this.timeout });
      if (controller.signal.aborted) return;
      this.loadState = { phase: 'idle' };
      this.acceptDocument(json);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.fail(error instanceof LoadFailure ? error : new LoadFailure('network', String(error), undefined, error));
    } finally {
      if (this.loadController === controller) this.loadController = undefined;
    }
  }

  /** Shows a document from any input, unless it is too big to show without freezing the page. */
  private acceptDocument(input: unknown): void {
    const events = Array.isArray(input) ? input : (input as { events?: unknown } | null)?.events;
    if (Array.isArray(events) && events.length > MAX_EVENTS) {
      this.fail(new LoadFailure('too-large', `${events.length} events`), this.strings.errors.tooManyEvents(MAX_EVENTS));
      return;
    }
    if (this.loadState.phase === 'error') this.loadState = { phase: 'idle' };
    this.setStory(normalizeStory(input));
  }

  /** Shows the failure in the element and fires `story-error`; what was shown stays. */
  private fail(failure: LoadFailure, reasonText?: string): void {
    const { errors } = this.strings;
    const reason =
      reasonText ??
      {
        url: () => errors.badUrl(failure.message),
        network: () => errors.network,
        http: () => errors.httpStatus(failure.status ?? 0),
        json: () => errors.invalidJson,
        shape: () => errors.badShape,
        timeout: () => errors.timeout,
        'too-large': () => errors.tooLarge(`${Math.round(MAX_DOCUMENT_BYTES / 1024 / 1024)} MB`),
      }[failure.reason]();
    const message = this.strings.loadErrorBecause(reason);
    this.loadState = { phase: 'error', message };
    const cause = failure.cause ?? failure;
    this.emit<StoryErrorDetail>('story-error', { message, cause });
  }

  private retry(): void {
    this.loadedSrc = '';
    this.requestUpdate();
  }

  // ——— scale and zoom ———

  private eventTexts(event: TimelineEvent): EventTexts {
    let texts = this.texts.get(event.id);
    if (texts === undefined) {
      const { date } = event;
      const when = formatEventDate(date, this.resolvedLang, event.displayDate);
      texts = {
        when,
        name: this.strings.eventName(this.strings.status[event.status], event.title, when),
        titleWithDate: `${event.title} (${when})`,
        classes:
          `${date.kind} ${event.status}` +
          (date.approximate || date.uncertain ? ' soft' : '') +
          (date.openStart ? ' open-start' : '') +
          (date.openEnd ? ' open-end' : ''),
      };
      // Bounded: a reader who pans through a whole archive does not keep every event's words.
      if (this.texts.size >= 4096) this.texts.clear();
      this.texts.set(event.id, texts);
    }
    return texts;
  }

  private storyChanged(): void {
    this.labelWidths.clear();
    this.texts.clear();
    const { events } = this.story;
    this.dateOrder = new Map(events.map((event, position) => [event.id, position]));
    if (!events.length) {
      this.dataExtent = [0, 0];
      return;
    }
    let start = Infinity;
    let end = -Infinity;
    for (const { date } of events) {
      start = Math.min(start, date.start);
      end = Math.max(end, date.end);
    }
    this.dataExtent = [start, end];
  }

  private fitWindow(): [number, number] {
    let [start, end] = this.dataExtent;
    if (!this.story.events.length) {
      const now = Date.now();
      [start, end] = [now - 180 * DAY_MS, now + 180 * DAY_MS];
    }
    const span = end - start;
    if (span < MIN_FIT_SPAN_MS) {
      const centre = (start + end) / 2;
      return [centre - MIN_FIT_SPAN_MS / 2, centre + MIN_FIT_SPAN_MS / 2];
    }
    const margin = span * 0.06;
    return [start - margin, end + margin];
  }

  /**
   * Sets the base scale for the current width and, when the width changed, keeps the
   * same dates in view rather than the same pixels.
   */
  private fitBaseScale(previousWidth: number): void {
    if (!this.width) return;
    const keep = previousWidth && previousWidth !== this.width ? this.shownScale(this.transform).domain() : undefined;
    const [fitStart, fitEnd] = this.fitWindow();
    this.baseScale = scaleUtc().domain([fitStart, fitEnd]).range([0, this.width]);
    const fitSpan = fitEnd - fitStart;
    const dataSpan = Math.max(this.dataExtent[1] - this.dataExtent[0], MIN_FIT_SPAN_MS);
    const outer = (MAX_ZOOM_OUT_SPANS * dataSpan - fitSpan) / 2 + dataSpan;
    this.zoom.setLimits({
      width: this.width,
      height: this.lanes * LANE_HEIGHT + 40,
      scaleExtent: this.zoomScaleExtent(),
      translateExtent: [this.baseScale(fitStart - outer), this.baseScale(fitEnd + outer)],
    });
    this.lanes = this.lanesAtFit();

    let transform = this.transform;
    const view = this.pendingView;
    this.pendingView = undefined;
    if (view === 'fit') transform = zoomIdentity;
    else if (view) transform = this.transformFor(view.start, view.end);
    else if (keep) transform = this.transformFor(+keep[0]!, +keep[1]!);
    transform = this.zoom.clamp(transform);
    this.transform = transform;
    this.zoomSync = { transform };
  }

  private initialView(): { start: number; end: number } | 'fit' {
    const start = this.start ? parseDate(this.start) : undefined;
    const end = this.end ? parseDate(this.end) : undefined;
    const [fitStart, fitEnd] = this.fitWindow();
    const from = start?.ok ? start.value.start : fitStart;
    const to = end?.ok ? end.value.end : fitEnd;
    if ((!start?.ok && !end?.ok) || !(to > from)) return 'fit';
    return { start: from, end: to };
  }

  private transformFor(start: number, end: number): ZoomTransform {
    const x0 = this.baseScale(start);
    const x1 = this.baseScale(end);
    const k = this.width / Math.max(1e-9, x1 - x0);
    return zoomIdentity.scale(k).translate(-x0, 0);
  }

  private shownScale(transform: ZoomTransform): TimeScale {
    if (!this.width) {
      const [start, end] = this.fitWindow();
      return scaleUtc().domain([start, end]).range([0, 1]);
    }
    return transform.rescaleX(this.baseScale);
  }

  private rangeChanged(transform: ZoomTransform, userEvent: Event | null): void {
    const [start, end] = this.shownScale(transform).domain();
    this.emit<StoryRangeDetail>('story-rangechange', { start: start!, end: end! });
    if (userEvent) this.announce(this.strings.showingRange(formatSpan(+start!, +end!, this.resolvedLang)), 600);
  }

  // ——— layout ———

  private lanesAtFit(): number {
    const layout = layoutEvents(this.story.events, this.baseScale, this.layoutOptions(defaultLayoutOptions.lanes));
    this.clusterRow = layout.clusters.length > 0;
    return Math.max(1, layout.lanesUsed);
  }

  private layoutOptions(lanes: number) {
    return {
      ...defaultLayoutOptions,
      lanes,
      width: this.width,
      measureLabel: (text: string) => this.measureLabel(text),
    };
  }

  private computeLayout(): void {
    if (!this.width) return;
    const scale = this.shownScale(this.transform);
    // The events drawn in the last frame keep their lanes while they fit (same events, same
    // lanes, same width): zooming and panning change the drawing only where they must.
    const basis = { events: this.story.events, lanes: this.lanes, width: this.width };
    const last = this.layoutBasis;
    const same = last.events === basis.events && last.lanes === basis.lanes && last.width === basis.width;
    const options = this.layoutOptions(this.lanes);
    let layout = layoutEvents(basis.events, scale, { ...options, previous: same ? this.layout : undefined });
    // The focused or selected event is never crowded out by events held over from the last
    // frame: when a fresh layout would draw it, that one is used.
    const wanted = [this.focusedId, this.selected].filter((id) => id && this.eventById(id));
    if (same && wanted.some((id) => !layout.marks.some((mark) => mark.event.id === id))) {
      const fresh = layoutEvents(basis.events, scale, options);
      const drawn = (candidate: EventsLayout) =>
        wanted.filter((id) => candidate.marks.some((mark) => mark.event.id === id)).length;
      if (drawn(fresh) > drawn(layout)) layout = fresh;
    }
    this.layout = layout;
    this.layoutBasis = basis;
    this.ticks = axisTicks(scale, this.width, this.resolvedLang);
  }

  private measureLabel(text: string): number {
    const cached = this.labelWidths.get(text);
    if (cached !== undefined) return cached;
    if (this.measureContext === undefined) this.measureContext = document.createElement('canvas').getContext('2d');
    const probe = this.labelFont ? null : this.renderRoot.querySelector<HTMLElement>('.label-probe');
    if (probe) {
      const style = getComputedStyle(probe);
      this.labelFont = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    }
    let width = text.length * 7.5;
    if (this.measureContext && this.labelFont) {
      // Setting a canvas font parses it: only when it differs.
      if (this.measureFont !== this.labelFont) {
        this.measureContext.font = this.labelFont;
        this.measureFont = this.labelFont;
      }
      width = this.measureContext.measureText(text).width;
    }
    width = Math.ceil(width) + 4;
    if (this.labelFont) this.labelWidths.set(text, width);
    return width;
  }

  // ——— interaction ———

  private get plot(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.plot');
  }

  private eventById(id: string): TimelineEvent | undefined {
    const position = this.dateOrder.get(id);
    return position === undefined ? undefined : this.story.events[position];
  }

  /** The event whose button `target` is in, if any (one listener serves every event). */
  private eventAt(target: EventTarget | null): TimelineEvent | undefined {
    const id = (target as Element | null)?.closest?.('[part~="event"]')?.getAttribute('data-id');
    return id ? this.eventById(id) : undefined;
  }

  private readonly onEventsClick = (domEvent: Event): void => {
    const event = this.eventAt(domEvent.target);
    if (!event) return;
    this.focusedId = event.id;
    this.userSelect(this.selected === event.id ? null : event.id);
  };

  private readonly onEventsFocus = (domEvent: FocusEvent): void => {
    const event = this.eventAt(domEvent.target);
    if (event) this.focusedId = event.id;
  };

  private userSelect(id: string | null): void {
    const previous = this.selected;
    this.selected = id ?? '';
    if (previous === this.selected) return;
    if (this.hash) writeHash(id);
    const event = id ? this.eventById(id) : undefined;
    this.emit<StorySelectDetail>('story-select', { id: event ? id : null, event: event ? toStoryEvent(event) : null });
    this.announce(event ? this.strings.selected(event.title) : this.strings.selectionCleared, 0);
  }

  private readonly onHashChange = (): void => this.selectFromHash();

  /** With `hash`, a `#event-<id>` naming one of our events selects it. */
  private selectFromHash(): void {
    if (!this.hash) return;
    const match = /^#event-(.+)$/.exec(location.hash);
    const id = match ? decodeURIComponent(match[1]!) : '';
    if (id && this.story.events.some((event) => event.id === id)) this.selected = id;
  }

  private onClusterClick(start: number, end: number, userEvent: Event): void {
    const pad = Math.max((end - start) * 0.15, DAY_MS);
    this.zoom.transformTo(this.transformFor(start - pad, end + pad), { animate: true, userEvent });
  }

  /** The reader's three zoom actions, the same from the buttons and the keys. */
  private userZoom(action: 'in' | 'out' | 'fit', userEvent: Event): void {
    const options = { animate: true, userEvent };
    if (action === 'fit') this.zoom.transformTo(zoomIdentity, options);
    else this.zoom.scaleBy(action === 'in' ? 2 : 0.5, options);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const markId = (event.target as Element | null)?.closest?.('[part~="event"]')?.getAttribute('data-id');
    switch (event.key) {
      case '+':
      case '=':
        this.userZoom('in', event);
        break;
      case '-':
      case '_':
        this.userZoom('out', event);
        break;
      case '0':
        this.userZoom('fit', event);
        break;
      case 'Escape':
        if (!this.selected) return;
        this.userSelect(null);
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'ArrowUp':
      case 'ArrowDown':
      case 'Home':
      case 'End':
        if (markId) this.moveFocus(markId, event.key);
        else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
          const step = this.width * 0.2 * (event.shiftKey ? 3 : 1);
          this.zoom.translateBy(event.key === 'ArrowLeft' ? step : -step, { animate: true, userEvent: event });
        } else return;
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  /** Arrow keys walk the events in date order; the view follows the focus. */
  private moveFocus(fromId: string, key: string): void {
    const { events } = this.story;
    const index = this.dateOrder.get(fromId) ?? 0;
    let next = index;
    if (key === 'Home') next = 0;
    else if (key === 'End') next = events.length - 1;
    else if (key === 'ArrowLeft' || key === 'ArrowUp') next = Math.max(0, index - 1);
    else next = Math.min(events.length - 1, index + 1);
    const target = events[next];
    if (!target) return;
    void this.focusEvent(target.id);
  }

  private async focusEvent(id: string): Promise<void> {
    this.focusedId = id;
    // No animation: focus must land on a drawn event at once.
    this.bringIntoView(id, false);
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part~="event"][data-id="${CSS.escape(id)}"]`)?.focus();
  }

  /**
   * Pans so that the event is drawn, zooming out if it is longer than the view and in if
   * it is merged into a cluster. The view is found with the pure layout before moving.
   */
  private bringIntoView(id: string, animate = true): void {
    const event = this.eventById(id);
    if (!event || !this.width) return;
    const shown = (layout: EventsLayout) =>
      layout.marks.some((mark) => mark.event.id === id && mark.left >= 0 && mark.left + mark.width <= this.width);
    if (shown(this.layout)) return;
    const [start, end] = this.shownScale(this.zoom.transform).domain().map(Number) as [number, number];
    const centre = (event.date.start + event.date.end) / 2;
    let span = Math.max(end - start, (event.date.end - event.date.start) * 1.3);
    const [minK] = this.zoomScaleExtent();
    const [fitStart, fitEnd] = this.fitWindow();
    const fitSpan = fitEnd - fitStart;
    span = Math.min(span, fitSpan / minK);
    for (let attempt = 0; attempt < 24 && span >= DAY_MS; attempt++) {
      const scale = scaleUtc()
        .domain([centre - span / 2, centre + span / 2])
        .range([0, this.width]);
      if (shown(layoutEvents(this.story.events, scale, this.layoutOptions(this.lanes)))) break;
      span /= 2;
    }
    span = Math.max(span, DAY_MS);
    this.zoom.transformTo(this.transformFor(centre - span / 2, centre + span / 2), { animate });
  }

  private showWheelHint(): void {
    this.hintShown = true;
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => {
      this.hintShown = false;
    }, HINT_MS);
  }

  private announce(text: string, delay: number): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = text;
    }, delay);
  }

  private emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  // ——— rendering ———

  override render(): TemplateResult {
    const t = this.strings;
    const name = this.label || this.story.title || t.defaultLabel;
    const k = this.transform.k;
    const [minK, maxK] = this.zoomScaleExtent();
    const selected = this.selected ? this.eventById(this.selected) : undefined;
    // The cluster row is kept when the fitted view needs it, so zooming does not make the page jump.
    const plotHeight = this.lanes * LANE_HEIGHT + (this.clusterRow || this.layout.clusters.length ? 36 : 0) + 24;
    return html`<div class="frame">
      <div class="width-probe" aria-hidden="true"></div>
      <div class="top">
        <div class="state" role="status">
          ${this.loadState.phase === 'loading' ? html`<span class="loading">${t.loading}</span>` : nothing}
        </div>
        <div part="controls" role="group" aria-label=${t.zoomControls}>
          ${this.controlButton('in', t.zoomIn, '+', k >= maxK * 0.999)}
          ${this.controlButton('out', t.zoomOut, '−', k <= minK * 1.001)}
          ${this.controlButton('fit', t.fit, '⤢', false)}
        </div>
      </div>
      <div
        class="plot"
        tabindex="0"
        role="group"
        aria-label=${`${name}. ${t.keyboardHelp}`}
        aria-describedby="announce"
        @keydown=${this.onKeyDown}
        ${inlineStyle({ height: `${plotHeight + 28}px` })}
      >
        ${this.ticks.map((tick) => html`<div class="grid ${tick.major ? 'major' : ''}" ${inlineStyle({ left: `${tick.x}px` })}></div>`)}
        ${this.renderAsOf()}
        <ol
          class="events"
          aria-label=${name}
          ${inlineStyle({ height: `${plotHeight}px` })}
          @click=${this.onEventsClick}
          @focusin=${this.onEventsFocus}
        >
          ${repeat(
            this.layout.marks,
            (mark) => mark.event.id,
            (mark) => this.renderMark(mark),
          )}
        </ol>
        ${this.layout.clusters.map(
          (cluster) =>
            html` <button
              part="cluster"
              type="button"
              class="cluster"
              ${inlineStyle({ left: `${cluster.left + 2}px`, width: `${cluster.width - 4}px`, top: `${20 + this.lanes * LANE_HEIGHT + 2}px` })}
              aria-label=${t.cluster(cluster.count, formatSpan(cluster.start, cluster.end, this.resolvedLang))}
              @click=${(e: Event) => this.onClusterClick(cluster.start, cluster.end, e)}
            >
              +${cluster.count}
            </button>`,
        )}
        <div part="axis" aria-hidden="true">
          ${this.ticks.map(
            (tick) =>
              html`<div
                class=${classMap({ tick: true, major: tick.major, 'at-start': tick.x < 24, 'at-end': tick.x > this.width - 24 })}
                ${inlineStyle({ left: `${tick.x}px` })}
              >
                <span>${tick.label}</span>
              </div>`,
          )}
        </div>
        <div class="hint ${this.hintShown ? 'shown' : ''}" aria-hidden="true">
          <span>${isMac() ? t.wheelHintMac : t.wheelHint}</span>
        </div>
        <span class="label-probe" part="event-label" aria-hidden="true">M</span>
      </div>

      ${
        this.loadState.phase === 'error'
          ? html`<div part="error" role="alert">
              <span>${this.loadState.message}</span> <button type="button" @click=${this.retry}>${t.retry}</button>
            </div>`
          : nothing
      }
      ${selected ? this.renderDetail(selected) : nothing} ${this.renderLegend()}
      <div id="announce" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private controlButton(action: 'in' | 'out' | 'fit', name: string, glyph: string, disabled: boolean): TemplateResult {
    return html`<button
      part=${action === 'fit' ? 'fit' : `zoom-${action}`}
      type="button"
      aria-label=${name}
      title=${name}
      ?disabled=${disabled}
      @click=${(e: Event) => this.userZoom(action, e)}
    >
      ${glyph}
    </button>`;
  }

  private zoomScaleExtent(): [number, number] {
    const [fitStart, fitEnd] = this.fitWindow();
    const fitSpan = fitEnd - fitStart;
    const dataSpan = Math.max(this.dataExtent[1] - this.dataExtent[0], MIN_FIT_SPAN_MS);
    return [Math.min(1, fitSpan / (MAX_ZOOM_OUT_SPANS * dataSpan)), Math.max(1, fitSpan / DAY_MS)];
  }

  /** The event that takes the list's single Tab stop. */
  /** Worked out once per update (in willUpdate), not once per mark. */
  private currentTabStop = '';

  private get tabStopId(): string {
    const marks = this.layout.marks;
    if (this.focusedId && marks.some((mark) => mark.event.id === this.focusedId)) return this.focusedId;
    let first: MarkLayout | undefined;
    for (const mark of marks) {
      if (!first || this.dateOrder.get(mark.event.id)! < this.dateOrder.get(first.event.id)!) first = mark;
    }
    return first?.event.id ?? '';
  }

  private renderMark(mark: MarkLayout): TemplateResult {
    const { event } = mark;
    const left = Math.min(mark.left, mark.labelLeft);
    const right = Math.max(mark.left + mark.width, mark.labelLeft + mark.labelMaxWidth);
    const texts = this.eventTexts(event);
    // One Tab stop for all events: the last focused one while it is drawn, else the first drawn.
    const focusable = this.currentTabStop === event.id;
    return html`<li>
      <button
        part="event"
        type="button"
        class=${texts.classes}
        data-id=${event.id}
        tabindex=${focusable ? 0 : -1}
        aria-pressed=${this.selected === event.id ? 'true' : 'false'}
        aria-label=${texts.name}
        title=${mark.labelShortened ? texts.titleWithDate : texts.when}
        ${ownedStyle(
          `left:${left}px;top:${mark.lane * LANE_HEIGHT}px;width:${right - left}px;` +
            `--_mark-left:${mark.left - left}px;--_mark-width:${mark.width}px;` +
            `--_label-left:${mark.labelLeft - left}px;--_label-width:${mark.labelMaxWidth}px`,
        )}
      >
        <span class="mark"></span>
        <span part="event-label">${event.title}</span>
      </button>
    </li>`;
  }

  private renderAsOf(): TemplateResult | typeof nothing {
    if (!this.asOf || !this.width) return nothing;
    const parsed = parseDate(this.asOf);
    if (!parsed.ok) return nothing;
    const time = (parsed.value.start + parsed.value.end) / 2;
    const x = this.shownScale(this.transform)(time);
    if (x < 0 || x > this.width) return nothing;
    const text = this.asOfLabel || this.strings.asOf(formatDay(parsed.value.start, this.resolvedLang));
    return html`<div part="as-of" class=${x > this.width * 0.6 ? 'flip' : ''} ${inlineStyle({ left: `${x}px` })}>
      <span>${text}</span>
    </div>`;
  }

  private renderDetail(event: TimelineEvent): TemplateResult {
    const t = this.strings;
    const url = event.source?.url;
    return html`<section part="detail" aria-labelledby="detail-title">
      <button class="close" type="button" aria-label=${t.close} title=${t.close} @click=${() => this.closeDetail()}>
        ×
      </button>
      <p class="detail-title" id="detail-title">${event.title}</p>
      <p class="detail-meta">
        <span class="status ${event.status}">${t.status[event.status]}</span
        >${formatEventDate(event.date, this.resolvedLang, event.displayDate)}
      </p>
      ${event.description ? html`<p class="detail-description">${event.description}</p>` : nothing}
      ${
        event.source
          ? html`<p class="detail-source">
              ${t.sourceLabel}
              ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${event.source.name}</a>` : event.source.name}
            </p>`
          : nothing
      }
    </section>`;
  }

  private closeDetail(): void {
    const id = this.selected;
    this.userSelect(null);
    if (id) void this.focusEvent(id);
  }

  private renderLegend(): TemplateResult {
    const t = this.strings;
    const swatch = (classes: string) =>
      html`<span class="swatch ${classes}" aria-hidden="true"><span class="mark"></span></span>`;
    // Shapes and statuses are two separate encodings, so they are two rows.
    return html`<div part="legend" role="group" aria-label=${t.legendTitle}>
      <ul>
        <li>${swatch('instant confirmed')}${t.legend.exactDay}</li>
        <li>${swatch('duration confirmed')}${t.legend.duration}</li>
        <li>${swatch('window confirmed')}${t.legend.window}</li>
        <li>${swatch('duration soft confirmed')}${t.legend.fuzzyEdges}</li>
      </ul>
      <ul>
        <li>${swatch('duration confirmed')}${t.status.confirmed}</li>
        <li>${swatch('duration reported')}${t.status.reported}</li>
        <li>${swatch('duration planned')}${t.status.planned}</li>
      </ul>
    </div>`;
  }
}

/** What an event's button says, worded once per language. */
interface EventTexts {
  /** The date at its precision ("April 2023"). */
  when: string;
  /** The accessible name: status, title and date. */
  name: string;
  /** The tooltip of a shortened label. */
  titleWithDate: string;
  classes: string;
}

function toMs(value: Date | string, side: 'start' | 'end'): number {
  if (value instanceof Date) {
    if (Number.isNaN(+value)) throw new RangeError('zoomTo: invalid Date');
    return +value;
  }
  const parsed = parseDate(String(value));
  if (!parsed.ok) throw new RangeError(`zoomTo: ${parsed.message}`);
  return side === 'start' ? parsed.value.start : parsed.value.end;
}

function toStoryEvent(event: TimelineEvent): StoryEvent {
  return {
    id: event.id,
    date: event.dateText,
    title: event.title,
    ...(event.displayDate ? { displayDate: event.displayDate } : {}),
    ...(event.description ? { description: event.description } : {}),
    status: event.status,
    ...(event.source ? { source: { ...event.source } } : {}),
    tags: [...event.tags],
  };
}

/** The `lang` of the nearest ancestor, looking through the shadow roots the element sits in. */
function inheritedLang(element: Element): string | undefined {
  let node: Element | null = element.parentElement ?? hostOf(element);
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? hostOf(node);
  }
  return undefined;
}

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Writes or clears `#event-<id>` without adding a history entry or scrolling the page. */
function writeHash(id: string | null): void {
  const url = new URL(location.href);
  url.hash = id ? `event-${encodeURIComponent(id)}` : '';
  history.replaceState(history.state, '', id ? url.href : url.href.replace(/#$/, ''));
}

function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

if (!customElements.get('story-timeline')) customElements.define('story-timeline', StoryTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'story-timeline': StoryTimeline;
  }
  interface HTMLElementEventMap {
    'story-load': CustomEvent<StoryLoadDetail>;
    'story-error': CustomEvent<StoryErrorDetail>;
    'story-select': CustomEvent<StorySelectDetail>;
    'story-rangechange': CustomEvent<StoryRangeDetail>;
  }
}
