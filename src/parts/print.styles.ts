/**
 * The printed page: the plot kept whole on one page, with the hatching and fades printed as
 * drawn (background graphics kept) and strong enough in black and white; no selection; and the
 * list of events under it, no entry split between pages. (The controls, hint, edge cues and
 * card are hidden by the card's styles, so a page printed before this chunk arrives has none.)
 * Shipped with printing's chunk and adopted beside the card's styles (plain text: the chunk
 * imports nothing).
 */
export const printStyles = `
.print-list {
  display: none;
}
@media print {
  .frame,
  .print-list {
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .plot,
  [part='title-card'],
  [part='legend'] {
    break-inside: avoid;
  }
  [part~='event'][aria-pressed='true'] {
    background: none;
    box-shadow: none;
  }
  [aria-pressed='true'] .text {
    background: none;
  }
  .window .mark::before {
    opacity: 0.8;
  }
  .print-list {
    display: block;
    margin: 16px 0 0;
    padding: 0;
    list-style: none;
    color: var(--_ink);
  }
  .print-list li {
    break-inside: avoid;
    padding: 8px 0;
    border-top: 1px solid var(--_grid);
  }
  .print-list p {
    margin: 0 0 4px;
  }
  .print-when,
  .print-source {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .print-title {
    font-weight: 700;
  }
}
`;
