import { css } from 'lit';

/** The top bar's rules: the row above the plot, and the loading or status words in it. */
export const topBarStyles = css`
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 8px;
    margin-bottom: 4px;
  }
  .state {
    flex: 1;
    min-width: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
