/**
 * The detail card's styles, shipped with its chunk and adopted by the element's shadow root when
 * the chunk arrives (plain text: the chunk imports nothing, not even Lit's `css`). They read the
 * element's `--_*` colours, set on its host by the main styles. What keeps the controls, the
 * hint and the card off paper is in the main sheet, in force from the first drawing.
 */
export const detailStyles = `
[part='detail'] {
  position: relative;
  touch-action: pan-y;
  margin-top: 8px;
  padding-block: 12px;
  padding-inline: 14px 52px;
  border: 1px solid var(--_grid);
  border-radius: var(--_radius);
  background: var(--_surface);
}
[part='detail'] .close {
  position: absolute;
  top: 4px;
  inset-inline-end: 4px;
  width: 44px;
  height: 44px;
  border: 0;
  background: none;
  cursor: pointer;
  font-size: 1.25em;
}
.detail-title {
  margin: 0 0 4px;
  font-weight: 700;
  font-size: 1.375em;
  line-height: 1.25;
}
.detail-meta {
  margin: 0 0 6px;
  color: var(--_muted);
  font-size: 0.875em;
}
.status {
  display: inline-block;
  padding: 0 6px;
  border-radius: 3px;
  border: 1px solid currentColor;
  font-size: 0.857em;
  margin-inline-end: 6px;
}
.status.confirmed {
  color: var(--_confirmed);
}
.status.reported {
  color: var(--_reported);
}
.status.planned {
  color: var(--_planned);
}
.detail-description {
  margin: 0 0 8px;
  font-size: 1.0625em;
  line-height: 1.5;
}
/*
 * At most about 70 characters a line: 'ch' is the width of a zero, about a fifth wider than
 * the average character of running text (65ch gave lines of 80 and more), so 52ch.
 */
[part='detail'] p {
  max-width: 52ch;
}
.detail-eras {
  margin: 0 0 6px;
  font-size: 0.875rem;
  color: var(--_muted);
}
.detail-description a {
  color: var(--_focus);
}
[part='media'] {
  margin: 0 0 10px;
}
[part='media'] img,
[part='media'] iframe,
.poster {
  display: block;
  width: 100%;
  /* The box is kept before the picture arrives, so the card does not jump. */
  aspect-ratio: 16 / 9;
  max-height: 320px;
  border: 0;
  border-radius: 4px;
  object-fit: contain;
  object-position: left center;
}
[part='media'] img[hidden] {
  display: none;
}
.poster {
  position: relative;
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: center;
  gap: 8px;
  padding: 12px;
  cursor: pointer;
  /* A neutral dark screen in both schemes, drawn here: no thumbnail is fetched. */
  background: #2c3340;
  background: light-dark(#232a36, #2c3340);
  color: #fff;
  text-align: center;
}
.play {
  display: grid;
  place-items: center;
  width: 56px;
  height: 56px;
  border-radius: 50%;
  background: #fff;
  color: #232a36;
  font-size: 1.5rem;
  padding-inline-start: 4px;
}
.link-card {
  display: inline-block;
  padding: 8px 12px;
  border: 1px solid var(--_grid);
  border-radius: var(--_radius);
  color: var(--_focus);
}
[part='media'] figcaption {
  margin-top: 4px;
  font-size: 0.875rem;
}
.credit {
  font-size: 0.75rem;
  color: var(--_muted);
}
.detail-source {
  margin: 0;
  font-size: 0.875em;
  color: var(--_muted);
}
.detail-source a {
  color: var(--_focus);
}
/* On a narrow card the buttons wrap round "3 of 6" rather than squeeze it to a word a line. */
.steps {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px;
  margin-top: 10px;
}
.position {
  flex: 1;
  white-space: nowrap;
  text-align: center;
  color: var(--_muted);
  font-size: 0.875em;
  font-variant-numeric: tabular-nums;
}
[part='previous']::before {
  content: '← ' / '';
}
[part='next']::after {
  content: ' →' / '';
}
`;
