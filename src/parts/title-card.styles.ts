import { css } from 'lit';

/** The title card's rules: the story's title, its span of dates and its summary. */
export const titleCardStyles = css`
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
`;
