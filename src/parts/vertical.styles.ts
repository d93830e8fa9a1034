/**
 * The vertical reading's styles, shipped with its chunk (`parts/vertical.ts`) and adopted by the
 * element's shadow root after the main sheet when the chunk arrives (plain text: the chunk
 * imports nothing, not even Lit's css tag). They override the main sheet's rules for
 * the horizontal plot it overrides inside `.plot.vertical`. Each row is in the page's flow: on
 * its inline-start side the axis's ticks (`--_axis-w`) and the rail with the marks
 * (`--_rail-w`), then the event's words on whole lines. Logical properties throughout: in a
 * right-to-left language the rail is on the right.
 */
/** Plain text, tagged so that the builds minify it as they do the element's own css templates. */
const css = String.raw;

export const verticalStyles = css`
  .plot.vertical {
    /* With large text on a phone the gutter stops growing: the words keep most of the width. */
    --_axis-w: min(3.5em, 22cqi);
    --_rail-w: min(1.75em, 9cqi);
    container-type: inline-size;
    height: auto;
    overflow: visible;
    /* The story grows the page: nothing inside is cut or scrolled on its own. */
    contain: none;
    cursor: auto;
    user-select: text;
    -webkit-user-select: text;
    /* One finger scrolls the page; two pinch the story's time per pixel (parts/vertical.ts). */
    touch-action: pan-y !important;
    border-block: 0;
  }
  .plot.vertical:active {
    cursor: auto;
  }
  .rail {
    position: relative;
    list-style: none;
    margin: 0;
    padding: 0.5em 0 1em;
  }
  .rail::before {
    content: '';
    position: absolute;
    top: 0;
    bottom: 0;
    inset-inline-start: calc(var(--_axis-w) + var(--_rail-w) / 2 - 1px);
    width: 2px;
    background: var(--_axis);
  }
  .rail .row {
    position: relative;
    display: block;
    padding-inline-start: calc(var(--_axis-w) + var(--_rail-w));
  }
  .plot.vertical .rail-axis {
    position: absolute;
    top: 0;
    bottom: 0;
    left: auto;
    right: auto;
    inset-inline-start: 0;
    width: var(--_axis-w);
    height: auto;
    border-top: 0;
    font-size: inherit;
    pointer-events: none;
  }
  .rail-tick {
    position: absolute;
    inset-inline-end: 0;
    translate: 0 -50%;
    font-size: 0.6875em;
    line-height: 1;
    white-space: nowrap;
    color: var(--_muted);
  }
  .rail-tick::after {
    content: '';
    display: inline-block;
    width: 6px; /* not in em: at 200 % text a bold year still fits the gutter at 320 px */
    margin-inline-start: 3px;
    vertical-align: middle;
    border-top: 1px solid var(--_axis);
  }
  .rail-tick.year {
    font-weight: 600;
    color: var(--_ink);
  }
  .plot.vertical .rail-era {
    inset-inline-start: 0;
    width: calc(var(--_axis-w) + var(--_rail-w) / 2 - 1px);
    /* One band down the rows it spans: no edge between one row's piece and the next. */
    border-inline-start: 0;
  }
  /* An era's name where its band begins, beside the rail, above or below the event. */
  .rail-era-name {
    position: relative;
    display: block;
    padding: 0.25em 0.375em 0;
    font-size: 0.75em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }

  .plot.vertical [part~='event'] {
    position: relative;
    display: block;
    contain: none;
    width: 100%;
    min-height: 44px;
    padding: 0.125em 0.375em 0.625em;
  }
  .plot.vertical .mark {
    top: 0.4em;
    inset-inline-start: calc(var(--_rail-w) / -2 - var(--_mark-size) / 2);
    width: var(--_mark-size);
    min-width: 0;
    height: var(--_mark-length);
    translate: none;
    background-color: var(--_halo);
  }
  .plot.vertical .instant .mark {
    height: var(--_mark-size);
    background: var(--_c);
  }
  .plot.vertical .duration .mark {
    background: var(--_c);
  }
  .plot.vertical .duration .mark,
  .plot.vertical .window .mark {
    translate: none;
  }
  .plot.vertical .reported.instant .mark,
  .plot.vertical .reported.duration .mark {
    background: color-mix(in srgb, var(--_c) 45%, var(--_halo));
  }
  .plot.vertical .planned.instant .mark,
  .plot.vertical .planned.duration .mark {
    background: var(--_halo);
  }
  /* A window: a hatched band along the rail, a little wider than a point, never as short as one. */
  .plot.vertical .window .mark {
    top: 0.4em;
    width: calc(var(--_mark-size) + 4px);
    inset-inline-start: calc(var(--_rail-w) / -2 - var(--_mark-size) / 2 - 2px);
    height: var(--_mark-length);
  }
  .plot.vertical .soft:not(.instant) .mark {
    border-inline-width: 2px;
    border-block-width: 0;
    mask-image: linear-gradient(
      to bottom,
      transparent,
      #000 min(14px, 35%),
      #000 calc(100% - min(14px, 35%)),
      transparent
    );
  }
  .plot.vertical .open-start .mark {
    border-top-width: 0;
    mask-image: linear-gradient(to bottom, transparent, #000 85%);
  }
  .plot.vertical .open-end .mark {
    border-bottom-width: 0;
    mask-image: linear-gradient(to top, transparent, #000 85%);
  }

  /* The words on whole lines: never cut, a long word broken rather than pushed out. */
  .plot.vertical .text {
    position: static;
    display: block;
    background: none;
  }
  /* Not the hidden probe: it measures the labels across, and a change of its size draws again. */
  .plot.vertical [part~='event-label']:not(.label-probe) {
    overflow: visible;
    white-space: normal;
    text-overflow: clip;
    overflow-wrap: anywhere;
    font-size: calc(var(--_label-size) * 1.15);
    line-height: 1.35;
  }
  .plot.vertical .when {
    overflow: visible;
    white-space: normal;
    text-overflow: clip;
    font-size: var(--_label-size);
  }
  .plot.vertical .tag {
    display: inline-block;
    margin-top: 0.25em;
    padding: 0 0.5em;
    border: 1px solid var(--_g);
    border-radius: 1em;
    font-size: 0.75em;
    line-height: 1.5;
  }
  /* The card opens under its event, across the whole width, its words wrapped. */
  .plot.vertical [part='detail'] {
    margin-block: 0 0.75em;
    margin-inline-start: calc(-1 * (var(--_axis-w) + var(--_rail-w)));
    overflow-wrap: anywhere;
  }

  .fold {
    position: relative;
    padding: 0.5em 0.375em;
  }
  .fold span {
    font-size: 0.8125em;
    font-style: italic;
    color: var(--_muted);
  }
  .fold::before {
    content: '';
    position: absolute;
    top: 0;
    bottom: 0;
    inset-inline-start: calc(var(--_rail-w) / -2 - 1px);
    width: 2px;
    background: repeating-linear-gradient(var(--_axis) 0 3px, var(--_halo) 3px 7px);
  }

  /* The "as of" moment: a line across the axis and the rail, its words beside it. */
  .plot.vertical [part='as-of'] {
    position: relative;
    top: auto;
    bottom: auto;
    display: flex;
    align-items: center;
    width: auto;
    margin-inline-start: calc(-1 * (var(--_axis-w) + var(--_rail-w)));
    padding-block: 0.5em;
    border: 0;
  }
  .plot.vertical [part='as-of']::before {
    content: '';
    flex: none;
    width: calc(var(--_axis-w) + var(--_rail-w) + 0.25em);
    border-top: 2px solid var(--_as-of);
  }
  .plot.vertical [part='as-of'] span {
    position: static;
    max-width: none;
    overflow: visible;
    white-space: normal;
    background: none;
    padding-inline: 0.375em;
  }

  /* Forced colours: the rail, its folds, the marks and the "as of" line in system colours. */
  @media (forced-colors: active) {
    .rail::before,
    .cell::before,
    .fold::before,
    .plot.vertical .mark,
    .plot.vertical [part='as-of']::before {
      forced-color-adjust: none;
    }
    .rail::before {
      background: CanvasText;
    }
    .cell::before {
      background: GrayText;
    }
    .fold::before {
      background: repeating-linear-gradient(CanvasText 0 3px, Canvas 3px 7px);
    }
    .plot.vertical .mark {
      --_c: CanvasText !important;
      --_halo: Canvas;
    }
    .plot.vertical [part='as-of']::before {
      border-top-color: Highlight;
    }
    .rail-tick::after {
      border-top-color: CanvasText;
    }
  }

  /* On paper: the reading runs on from page to page, no entry split between two, no controls. */
  @media print {
    .frame.vertical .top {
      display: none !important;
    }
    .plot.vertical {
      max-width: none;
      break-inside: auto;
    }
    .rail .row,
    .plot.vertical [part~='event'],
    .plot.vertical [part='as-of'] {
      break-inside: avoid;
    }
    .rail-era-name {
      break-after: avoid;
    }
  }
`;
