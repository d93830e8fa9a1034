import { css } from 'lit';

/**
 * The error message's rules, and its retry button's own padding and border (its box and the
 * button's shape are the element's shared rules).
 */
export const errorStyles = css`
  [part='error'] {
    display: flex;
    align-items: center;
    gap: 12px;
    flex-wrap: wrap;
  }
  [part='error'] button {
    padding-inline: 14px;
    border-color: var(--_axis);
    font-size: inherit;
  }
`;
