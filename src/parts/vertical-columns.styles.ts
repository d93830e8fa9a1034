/**
 * The vertical reading's styles for a story's groups side by side, a column each (`parts/vertical-row.ts`),
 * shipped with its chunk beside `vertical.styles.ts` and adopted after it.
 */
/** Plain text, tagged so that the builds minify it as they do the element's own css templates. */
const css = String.raw;

export const verticalColumnStyles = css`
  /*
   * Groups side by side: the axis in the gutter, then a column per group, each with its own
   * rail of marks. One grid for the list: an event starts on its own row, in its column, and
   * holds the rows until its column's next event (layout/vertical.ts, columnPlaces); its card and a fold
   * take rows across every column. The pieces of the axis and the rows across reach out of
   * the event's column by its place: --_col columns of 100% (a column's width) and gaps.
   */
  .rail.columns,
  .rail-heads {
    --_gutter: calc(var(--_axis-w) + var(--_rail-w));
    --_gap: 0.75em;
    display: grid;
    grid-template-columns: var(--_gutter) repeat(var(--_cols), minmax(0, 1fr));
    column-gap: var(--_gap);
  }
  .rail-heads {
    align-items: end;
    padding-top: 0.25em;
  }
  .rail-head {
    border-bottom: 2px solid var(--_g);
  }
  .plot.vertical .rail-head [part~='group-label'] {
    padding-inline: calc(var(--_rail-w) / 2);
    overflow: visible;
    white-space: normal;
    overflow-wrap: anywhere;
    line-height: 1.4;
    font-size: 0.875em;
    background: none;
  }
  .rail.columns .row.in-column {
    /* Where --_col is known; a percentage here is read where it is used, in the event's column. */
    --_out: calc(-1 * (var(--_gutter) + var(--_gap) + var(--_col) * (100% + var(--_gap))));
    --_across: calc(var(--_gutter) + var(--_gap) + var(--_cols) * 100% + (var(--_cols) - 1) * var(--_gap));
    display: grid;
    grid-template-rows: subgrid;
    grid-template-columns: minmax(0, 1fr);
    padding: 0;
  }
  .rail.columns .as-of-row {
    min-width: 0;
  }
  .rail-piece {
    position: relative;
    grid-row: 1;
    grid-column: 1;
    width: var(--_gutter);
    margin-inline-start: var(--_out);
  }
  .cell {
    position: relative;
    grid-row: 1 / -1;
    grid-column: 1;
    min-width: 0;
    padding-inline-start: var(--_rail-w);
  }
  /* The column's rail, down its events' rows. */
  .cell::before {
    content: '';
    position: absolute;
    top: 0;
    bottom: 0;
    inset-inline-start: calc(var(--_rail-w) / 2 - 1px);
    width: 2px;
    background: var(--_grid, var(--_axis));
  }
  .across {
    grid-row: 2;
    grid-column: 1;
    width: var(--_across);
    margin-inline-start: var(--_out);
    padding-inline-start: var(--_gutter);
  }
  .across.fold-row {
    grid-row: -2 / -1;
  }
  .rail.columns [part='detail'] {
    margin-inline-start: 0;
  }
  .in-column.coloured .mark {
    --_c: var(--_g);
  }
`;
