import { css } from 'lit';

/**
 * Colours are read through `--story-*` custom properties (documented in the README);
 * the defaults pick light or dark with light-dark(), by the page's color-scheme.
 *
 * Engines older than light-dark() (Safari before 17.5, Firefox before 120; our floor is
 * Safari 16.4, Firefox ESR 115, Chrome 111) would keep a custom property that uses it and
 * then drop every declaration that reads it: marks without fill or border. They get the
 * first block instead: neutrals from the system colours Canvas and CanvasText, which follow
 * the page's color-scheme as light-dark() does, and the light status colours.
 *
 * The custom properties a page may set (custom-elements.json lists them from here):
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
 * @cssproperty [--story-selected] - Background of the selected event (a ring in `--story-ink` goes round it).
 * @cssproperty [--story-font] - Font family; the page's by default.
 * @cssproperty [--story-label-size=0.8125em] - Event label font size.
 * @cssproperty [--story-mark-size=0.75em] - Size of a day's dot and a bar's thickness; lanes grow with it and with the text.
 * @cssproperty [--story-radius=6px] - Corner radius of cards and buttons.
 * @cssproperty [--story-era-<name>] - Colour of the eras of that `color` (grey, blue, green, yellow, red, purple or any name).
 * @cssproperty [--story-group-<name>] - Colour of the events of the groups of that `color` (grey, blue, green, yellow, red, purple or any name).
 */
export default css`
  :host {
    --_ink: var(--story-ink, CanvasText);
    --_muted: var(--story-muted, color-mix(in srgb, CanvasText 72%, Canvas));
    --_surface: var(--story-surface, Canvas);
    --_background: var(--story-background, transparent);
    --_halo: var(--story-background, Canvas);
    --_grid: var(--story-grid, color-mix(in srgb, CanvasText 12%, Canvas));
    --_axis: var(--story-axis, color-mix(in srgb, CanvasText 50%, Canvas));
    --_confirmed: var(--story-confirmed, #1d4f9c);
    --_reported: var(--story-reported, #a04a00);
    --_planned: var(--story-planned, #6a3d9a);
    --_as-of: var(--story-as-of, #b3261e);
    --_focus: var(--story-focus, #0b57d0);
    --_selected: var(--story-selected, color-mix(in srgb, #ffd21f 25%, Canvas));
    /* Eras: muted tints, never as strong as the marks. */
    --_era-grey: color-mix(in srgb, #8a8a96 14%, Canvas);
    --_era-blue: color-mix(in srgb, #1d4f9c 10%, Canvas);
    --_era-green: color-mix(in srgb, #1e7b3a 10%, Canvas);
    --_era-yellow: color-mix(in srgb, #c9a20a 12%, Canvas);
    --_era-red: color-mix(in srgb, #b3261e 10%, Canvas);
    --_era-purple: color-mix(in srgb, #6a3d9a 10%, Canvas);
    /* Groups: as strong as the marks (3:1 at least on the background). */
    --_group-grey: #5f5f6b;
    --_group-blue: #1d4f9c;
    --_group-green: #1e7b3a;
    --_group-yellow: #7d6400;
    --_group-red: #b3261e;
    --_group-purple: #6a3d9a;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_ink: var(--story-ink, light-dark(#1b1b1f, #ececf1));
      --_muted: var(--story-muted, light-dark(#50505a, #b4b4c0));
      --_surface: var(--story-surface, light-dark(#ffffff, #1d1d22));
      --_grid: var(--story-grid, light-dark(#e2e2e8, #34343c));
      --_axis: var(--story-axis, light-dark(#8a8a96, #7a7a86));
      --_confirmed: var(--story-confirmed, light-dark(#1d4f9c, #8cb8ff));
      --_reported: var(--story-reported, light-dark(#a04a00, #ffb067));
      --_planned: var(--story-planned, light-dark(#6a3d9a, #cfa8ff));
      --_as-of: var(--story-as-of, light-dark(#b3261e, #ff8a80));
      --_focus: var(--story-focus, light-dark(#0b57d0, #a8c7fa));
      --_selected: var(--story-selected, light-dark(#fff3c4, #263a5e));
      --_era-grey: light-dark(#efeff2, #27272e);
      --_era-blue: light-dark(#e8eff9, #1d2735);
      --_era-green: light-dark(#e7f3ea, #1c2d22);
      --_era-yellow: light-dark(#f9f4e1, #302b19);
      --_era-red: light-dark(#f9e8e6, #352020);
      --_era-purple: light-dark(#f1eaf7, #2b2233);
      --_group-grey: light-dark(#5f5f6b, #b4b4c0);
      --_group-blue: light-dark(#1d4f9c, #8cb8ff);
      --_group-green: light-dark(#1e7b3a, #7fd49a);
      --_group-yellow: light-dark(#7d6400, #e8c547);
      --_group-red: light-dark(#b3261e, #ff8a80);
      --_group-purple: light-dark(#6a3d9a, #cfa8ff);
    }
  }
  :host {
    --_label-size: var(--story-label-size, 0.8125em);
    --_mark-size: var(--story-mark-size, 0.75em);
    --_radius: var(--story-radius, 6px);

    /*
     * No color-scheme of our own: the element inherits the page's, so a page that supports
     * dark mode (color-scheme: light dark) gets dark colours when the reader prefers them,
     * and a light-only page never gets light text on its white background.
     */
    display: block;
    position: relative;
    font: inherit;
    color: var(--_ink);
    background: var(--_background);
    /* The component must never make the page scroll sideways. */
    max-width: 100%;
    min-width: 0;
    contain: layout paint;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  /*
   * Inherited text properties that a host page may set for its own prose (or a hostile
   * global rule may force) would break the drawing: the font is inherited on purpose,
   * the rest is reset here.
   */
  .frame {
    /* Unset, var() is invalid and font-family inherits: the page's font. */
    font-family: var(--story-font);
    line-height: 1.4;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
    direction: ltr;
  }
  /*
   * Before its first whole frame (its width, its text sizes, its story) the element lays its
   * parts out unseen, in one line of height, and shows only the loading state: then they all
   * appear at once, where they stay. A page that reserves the final height (README, "No layout
   * shift") sees nothing move.
   */
  .frame.pending {
    position: relative;
    height: 1.4em;
    overflow: hidden;
    visibility: hidden;
  }
  .frame.pending .state {
    position: absolute;
    inset: 0;
    visibility: visible;
  }
  /* Right-to-left languages: the interface is mirrored and time runs from right to left. */
  .frame[dir='rtl'] {
    direction: rtl;
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .width-probe {
    height: 0;
  }
  [part='title-card'] {
    margin: 0 0 12px;
  }
  .story-title {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.2;
    font-weight: 700;
  }
  .story-span {
    margin: 2px 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .story-summary {
    margin: 6px 0 0;
    max-width: 52ch;
    font-size: 1.0625em;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 8px;
    margin-bottom: 4px;
  }
  /* The story's buttons: edge cues, steps and zoom controls, each at least a 44 px target. */
  [part='earlier'],
  [part='later'],
  .steps button,
  [part='controls'] button {
    min-height: 44px;
    padding: 0 10px;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    font-size: 0.875em;
  }
  .steps button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  /* At a phone's width with large text the buttons wrap rather than leave the element. */
  [part='controls'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 4px;
    flex: 0 1 auto;
    max-width: 100%;
    margin-inline-start: auto;
  }
  [part='controls'] button {
    min-width: 44px;
    font-size: 1.125em;
    line-height: 1;
  }
  [part='fit'] {
    font-size: 0.875em;
  }
  [part='controls'] button:hover {
    border-color: var(--_axis);
  }
  [part='controls'] button:disabled {
    opacity: 0.45;
    cursor: default;
  }

  /* The chart's own font: labels and axis in the system's sans-serif unless --story-font says. */
  .plot,
  [part='legend'] {
    font-family: var(--story-font, system-ui, sans-serif);
  }
  .plot {
    position: relative;
    overflow: hidden;
    /* Its height is set, its width is the host's: nothing inside can resize it. */
    contain: strict;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
    border-block: 1px solid var(--_grid);
  }
  .plot:active {
    cursor: grabbing;
  }
  .plot:focus-visible {
    outline-offset: -2px;
  }
  /* Grid lines and ticks are placed from the view's origin, in a layer translated to it. */
  .grid-lines,
  .ticks {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .grid {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 1px;
    background: var(--_grid);
    pointer-events: none;
  }
  .grid.major {
    background: var(--_axis);
    opacity: 0.5;
  }
  .events {
    position: relative;
    /* Room above the lanes for the "as of" label. */
    margin-top: 20px;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .events li {
    display: contents;
  }

  [part~='event'] {
    position: absolute;
    contain: layout style;
    display: block;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
    cursor: pointer;
    border-radius: 4px;
  }
  /*
   * The selection is a fill and a ring in the text colour: the ring stands out from the
   * background (3:1 and more in both schemes) and from every mark, where a fill dark enough
   * to keep its text readable in dark mode would not.
   */
  [part~='event'][aria-pressed='true'] {
    background: var(--_selected);
    box-shadow: 0 0 0 2px var(--_ink);
  }
  .mark {
    position: absolute;
    top: 6px;
    /*
     * Its place and width are set on it (and the label's on the label), not as custom
     * properties on the button: those are inherited, so changing them at every zoom step
     * would restyle everything inside each button; plain properties restyle only these.
     */
    width: var(--_mark-width);
    height: var(--_mark-size);
    --_c: var(--_confirmed);
    border: 2px solid var(--_c);
    pointer-events: none;
  }
  .reported .mark {
    --_c: var(--_reported);
    border-style: dotted;
  }
  .planned .mark {
    --_c: var(--_planned);
    border-style: dashed;
  }
  /* A precise day: a point. */
  .instant .mark {
    width: var(--_mark-size);
    border-radius: 50%;
    background: var(--_c);
  }
  /* A bar or a band is never narrower than a dot, so it reads as what it is. */
  .duration .mark,
  .window .mark {
    min-width: var(--_mark-size);
    translate: min(0px, (var(--_mark-width) - var(--_mark-size)) / 2);
  }
  [dir='rtl'] .duration .mark,
  [dir='rtl'] .window .mark {
    translate: max(0px, (var(--_mark-size) - var(--_mark-width)) / 2);
  }
  /*
   * A bar's fill and a band's hatching are drawn on a layer inside the outline, so that a
   * fade (soft or open edges, below) thins out the fill while the outline keeps its full
   * colour, 3:1 or more on the background, along the whole length of the mark.
   */
  .duration .mark::before,
  .window .mark::before {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }
  /* A duration: a solid bar from its first to its last day. */
  .duration .mark {
    border-radius: 3px;
  }
  /* The fill runs under the outline: edge to edge, the two would leave a seam between them. */
  .duration .mark::before {
    inset: -2px;
    background: var(--_c);
  }
  /* Reported: a lighter fill than confirmed, still 3:1 on the default backgrounds. */
  .reported.instant .mark,
  .reported.duration .mark::before {
    background: color-mix(in srgb, var(--_c) 72%, transparent);
  }
  .planned.instant .mark,
  .planned.duration .mark::before {
    background: transparent;
  }
  /*
   * An uncertainty window: a hatched band with no point in it, so that "2024" reads as
   * "some time in 2024", never as 1 January. The hatch lines are in the full colour (a
   * reader who needs 3:1 sees them); the gaps between them tell the band from a bar.
   */
  .window .mark {
    top: 4px;
    height: calc(var(--_mark-size) + 4px);
    border-width: 1px;
    border-radius: 2px;
  }
  .window .mark::before {
    background: repeating-linear-gradient(-45deg, var(--_c) 0 2px, transparent 2px 6px);
  }
  /* Approximate or uncertain dates: soft edges instead of sharp ones. */
  .soft.instant .mark {
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--_c) 25%, transparent);
    filter: blur(0.5px);
  }
  .soft:not(.instant) .mark {
    border-inline-width: 0;
  }
  /* Never fade more than a third of a short mark, or it would vanish. */
  .soft:not(.instant) .mark::before {
    mask-image: linear-gradient(
      to right,
      transparent,
      #000 min(14px, 35%),
      #000 calc(100% - min(14px, 35%)),
      transparent
    );
  }
  /*
   * An open end ("..") fades out on its open side: the fill or hatching fades over the open
   * stretch of time the layout drew (most of the mark), from the full colour at the known
   * end; the outline runs on at full colour and stops without an end on the open side.
   */
  .open-start .mark {
    border-inline-start-width: 0;
  }
  .open-end .mark {
    border-inline-end-width: 0;
  }
  .open-start .mark::before {
    mask-image: linear-gradient(to right, transparent, #000 85%);
  }
  .open-end .mark::before {
    mask-image: linear-gradient(to left, transparent, #000 85%);
  }
  [dir='rtl'] .open-start .mark::before {
    mask-image: linear-gradient(to left, transparent, #000 85%);
  }
  [dir='rtl'] .open-end .mark::before {
    mask-image: linear-gradient(to right, transparent, #000 85%);
  }

  /* Groups: one band of lanes each, its title at the start edge whatever the pan. */
  .group {
    position: absolute;
    inset-inline: 0;
  }
  .group + .group {
    border-top: 1px solid var(--_grid);
  }
  /* A row of its own, over the grid lines: the title never covers a mark. */
  [part~='group-label'] {
    display: block;
    padding-inline: 4px;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 0.75rem;
    font-weight: 600;
    line-height: 22px;
    background: var(--_halo);
  }
  /* A group's colour replaces the status colour; the status stays in the outline's style and the fill. */
  .group.coloured .mark,
  .swatch.group-colour .mark {
    --_c: var(--_g);
  }
  .swatch.by-outline .mark {
    --_c: var(--_ink);
  }

  .glyph {
    color: var(--_muted);
  }

  .eras {
    position: absolute;
    inset: 0 0 28px;
    pointer-events: none;
  }
  [part~='era'] {
    position: absolute;
    top: 0;
    bottom: 0;
    background: var(--_era);
    border-inline-start: 1px solid color-mix(in srgb, var(--_muted) 35%, transparent);
  }
  [part~='era'].cut {
    border-inline-start: 0;
  }
  [part~='era'] span {
    position: absolute;
    bottom: 2px;
    left: 4px;
    right: 4px;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 0.6875rem;
    color: var(--_muted);
  }

  /* The label and the date under it, placed in the button's font so the mark size reads right. */
  .text {
    position: absolute;
    top: calc(var(--_mark-size) + 10px);
    pointer-events: none;
    /* A halo in the background colour: grid and "as of" lines run behind the text, never across it. */
    background: var(--_halo);
    border-radius: 2px;
  }
  [aria-pressed='true'] .text {
    background: none;
  }
  [part~='event-label'] {
    display: block;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: var(--_label-size);
    line-height: 1.4;
    padding-inline-end: 2px;
    pointer-events: none;
  }
  /* A cut label keeps its trailing "(NAME)": only the words before it are cut. */
  .plot [part~='event-label'].keep-tail {
    display: flex;
    align-items: flex-end;
    gap: 0.25em;
  }
  .keep-tail > * {
    flex: none;
  }
  .keep-tail > .head {
    flex: 0 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .two-lines .keep-tail > .head {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    white-space: normal;
  }
  /* The date in words, under the label: smaller and muted. */
  .when {
    display: block;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: calc(var(--_label-size) * 0.9);
    line-height: 1.3;
    color: var(--_muted);
  }
  /*
   * Drawn as generated content: the date is already in the button's name, and a button's
   * visible words must stand together in its name (WCAG 2.5.3), which a cut title followed
   * by its date in the text would not.
   */
  .when::before {
    content: attr(data-when);
  }
  .label-probe,
  .mark-probe {
    position: absolute;
    visibility: hidden;
    white-space: nowrap;
    font-size: var(--_label-size);
  }
  .mark-probe {
    font-size: inherit;
    width: var(--_mark-size);
  }
  /* At narrow widths a label takes two lines before it is cut. */
  .two-lines [part~='event-label']:not(.label-probe, .keep-tail) {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    white-space: normal;
  }

  [part~='cluster'] {
    position: absolute;
    height: 32px;
    padding: 0 6px;
    border: 1px solid var(--_axis);
    border-radius: 14px;
    background: var(--_surface);
    font-size: 0.75em;
    cursor: zoom-in;
  }

  [part='as-of'] {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 0;
    border-inline-start: 2px solid var(--_as-of);
    pointer-events: none;
  }
  /* On the side of the line with more room, and cut with an ellipsis where even that is short. */
  [part='as-of'] span {
    position: absolute;
    top: 2px;
    inset-inline-start: 4px;
    max-width: var(--_room);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_as-of);
    background: color-mix(in srgb, var(--_surface) 85%, transparent);
    padding: 0 3px;
    border-radius: 3px;
  }
  [part='as-of'].flip span {
    inset-inline-start: auto;
    inset-inline-end: 4px;
  }

  [part='axis'] {
    position: absolute;
    left: 0;
    right: 0;
    bottom: 0;
    height: 2.33em;
    border-top: 1px solid var(--_axis);
    font-size: 0.75em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .tick {
    position: absolute;
    top: 0;
    height: 6px;
    width: 1px;
    background: var(--_axis);
  }
  /* On a halo, like the labels: the "as of" line runs behind the axis's words. */
  .tick span {
    position: absolute;
    top: 8px;
    transform: translateX(-50%);
    white-space: nowrap;
    background: var(--_halo);
    padding: 0 2px;
    border-radius: 2px;
  }
  .tick.at-start span {
    transform: none;
  }
  .tick.at-end span {
    transform: translateX(-100%);
  }
  [dir='rtl'] .tick span {
    transform: translateX(50%);
  }
  [dir='rtl'] .tick.at-start span {
    transform: none;
  }
  [dir='rtl'] .tick.at-end span {
    transform: translateX(100%);
  }
  .tick.major span {
    font-weight: 600;
    color: var(--_ink);
  }

  .hint {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    pointer-events: none;
    opacity: 0;
    transition: opacity 0.2s;
  }
  .hint span {
    background: color-mix(in srgb, var(--_ink) 85%, transparent);
    color: var(--_surface);
    padding: 6px 12px;
    border-radius: var(--_radius);
    font-size: 0.875em;
  }
  .hint.shown {
    opacity: 1;
  }

  [part='legend'] {
    /* A long word ("approximatives" at 200% on a phone) breaks rather than leaves the element. */
    overflow-wrap: anywhere;
    margin: 8px 0 0;
    font-size: 0.75em;
    color: var(--_muted);
  }
  [part='legend'] ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: 4px 14px;
    margin: 0 0 8px;
    padding: 0;
    list-style: none;
  }
  .legend-heading {
    margin: 0 0 2px;
    font-weight: 600;
    color: var(--_ink);
  }
  [part='legend'] li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  /* In em, like the marks: the swatches grow with the text. */
  .swatch {
    position: relative;
    display: inline-block;
    width: 2.33em;
    height: 1.5em;
    flex: none;
  }
  .swatch .mark {
    top: 0.25em;
    height: var(--_mark-size);
    inset-inline-start: 0;
    width: 100%;
  }
  .swatch.instant .mark {
    inset-inline-start: calc(50% - var(--_mark-size) / 2);
    width: var(--_mark-size);
  }
  .swatch.window .mark {
    top: 0.08em;
  }

  [part='error'] {
    margin-top: 8px;
    padding: 10px 12px;
    border: 1px solid var(--_as-of);
    border-radius: var(--_radius);
    color: var(--_ink);
    display: flex;
    align-items: center;
    gap: 12px;
    flex-wrap: wrap;
  }
  [part='empty'] {
    margin-top: 8px;
    padding: 10px 12px;
    border: 1px solid var(--_as-of);
    border-radius: var(--_radius);
    color: var(--_ink);
  }
  [part='empty'] p,
  [part='empty'] ul {
    margin: 0;
  }
  [part='empty'] ul {
    margin-block: 0.5em;
    padding-inline-start: 1.25em;
    overflow-wrap: anywhere;
  }
  [part='error'] button {
    min-height: 44px;
    padding: 0 14px;
    border: 1px solid var(--_axis);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .state {
    flex: 1;
    min-width: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    .hint {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    /*
     * Every mark in the system's text colour, whatever its status or group colour (those
     * rules are more specific, hence the !important); the outline's style keeps the status.
     */
    .mark,
    .swatch .mark {
      forced-color-adjust: none;
      --_c: CanvasText !important;
    }
    [part='as-of'] {
      border-color: Highlight;
    }
    [part~='event'][aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
