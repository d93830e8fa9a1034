import { css } from 'lit';

/** The zoom controls' rules (their buttons' shape is the element's shared button rule). */
export const controlsStyles = css`
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
`;
