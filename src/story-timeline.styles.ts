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
 * The default colours of the eras and groups are set with their parts' rules (parts/extras.ts),
 * which come with the extras chunk: only a story with eras or groups reads them.
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
import { css } from 'lit';
import { titleCardStyles } from './parts/title-card.styles.js';
import { topBarStyles } from './parts/top-bar.styles.js';
import { controlsStyles } from './parts/controls.styles.js';
import { plotStyles } from './parts/plot.styles.js';
import { axisStyles } from './parts/axis.styles.js';
import { marksStyles } from './parts/marks.styles.js';
import { clustersStyles } from './parts/clusters.styles.js';
import { asOfStyles } from './parts/as-of.styles.js';
import { legendStyles } from './parts/legend.styles.js';

/*
 * The element's own rules (colours, the frame, the shared button rule) come first, then each
 * part's, in this order (ties between equally specific selectors go to the later rule), then the
 * overrides for forced colours. The rules of the parts fetched on demand (the extras' eras,
 * groups, hint, error and empty message; the vertical reading) are added after these when
 * their chunk comes (parts/added-styles.ts).
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
    /* Its direction is its dir attribute's (ltr or rtl, always set), by the browser's own rule. */
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
  /*
   * The story's buttons: edge cues, the card's steps, zoom controls and the error's retry, each
   * at least a 44 px target.
   */
  [part='earlier'],
  [part='later'],
  .steps button,
  [part='controls'] button,
  [part='error'] button {
    min-height: 44px;
    padding: 0 10px;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    font-size: 0.875em;
  }
  .steps button:disabled,
  [part='controls'] button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  ${titleCardStyles}
  ${topBarStyles}
  ${controlsStyles}
  ${plotStyles}
  ${axisStyles}
  ${marksStyles}
  ${clustersStyles}
  ${asOfStyles}
  ${legendStyles}
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
  /* On paper, from the first drawing on: no controls, hint, card or message (printing's own
     chunk, fetched when asked for, lays the story out for the page and lists the events). */
  @media print {
    .top,
    .hint,
    [part='detail'],
    [part='error'] {
      display: none !important;
    }
  }
`;
