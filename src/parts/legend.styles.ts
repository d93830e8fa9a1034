import { css } from 'lit';

/** The legend's rules: its lists and the swatches that draw a mark in small. */
export const legendStyles = css`
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
  .swatch.by-outline .mark {
    --_c: var(--_ink);
  }
`;
