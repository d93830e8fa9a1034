import { css } from 'lit';

/** The plot's rules: the chart's font, and the frame that pans and zooms. */
export const plotStyles = css`
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
    touch-action: pan-y;
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
`;
