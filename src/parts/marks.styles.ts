import { css } from 'lit';

/** The marks' rules: the list of events, each event's button, its mark, its label and date, and the probes that measure them. */
export const marksStyles = css`
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

  .glyph {
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
`;
