/**
 * The events: an ordered list of buttons, one per drawn event, each with its mark (the
 * shape that says the date's precision) and its label.
 *
 * @csspart event - One rendered event (a button), with `data-id`.
 * @csspart event-label - An event's label.
 * @csspart event-mark - The drawn shape inside an `event`: a point, a bar or a hatched band (on the rail too, in the vertical reading).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { inlineStyle, ownedStyle } from '../directives/inline-style.js';
import type { MarkLayout } from '../layout/marks.js';
import type { EventTexts } from '../format/event-texts.js';
import { fromOrigin, shifted, type Origin } from './origin.js';

/** `origin`: where each event is placed from; `originShift`: the list's translation to it. */
export interface MarksProps extends Origin {
  marks: readonly MarkLayout[];
  /** The list's accessible name. */
  name: string;
  /** Or the id of the element that names it (a group's title). */
  labelledBy?: string;
  height: number;
  laneHeight: number;
  selected: string;
  /** Room for the date in words under each label. */
  showDate: boolean;
  /** The view's width: a label cut by its edge (not by a neighbour) keeps the date under it. */
  width: number;
  /** The event that takes the list's single Tab stop. */
  tabStop: string;
  texts(mark: { event: MarkLayout['event'] }): EventTexts;
  /** One listener for every event's click (and a finger's press and lift), one for focus. */
  onClick(event: Event): void;
  onFocusIn(event: FocusEvent): void;
}

export function renderMarks(props: MarksProps): TemplateResult {
  return html`<ol
    class="events"
    aria-label=${props.labelledBy ? nothing : props.name}
    aria-labelledby=${props.labelledBy ?? nothing}
    ${inlineStyle({ height: `${props.height}px`, translate: shifted(props.originShift) })}
    @click=${props.onClick}
    @pointerdown=${props.onClick}
    @touchend=${props.onClick}
    @focusin=${props.onFocusIn}
  >
    ${repeat(
      props.marks,
      (mark) => mark.event.id,
      (mark) => renderMark(mark, props),
    )}
  </ol>`;
}

function renderMark(
  mark: MarkLayout,
  { texts, selected, tabStop, laneHeight, showDate, origin, width }: MarksProps,
): TemplateResult {
  const { event } = mark;
  const left = Math.min(mark.left, mark.labelLeft);
  const right = Math.max(mark.left + mark.width, mark.labelLeft + mark.labelMaxWidth);
  const words = texts(mark);
  // A cut label keeps a trailing name in parentheses: "Tokyo aims to sign a… (ITPP)".
  const tail = mark.labelShortened ? / \([^()]+\)$/.exec(event.title) : null;
  const glyph = words.glyph ? html`<span class="glyph" aria-hidden="true">${words.glyph} </span>` : nothing;
  return html`<li>
    <button
      part="event"
      type="button"
      class=${words.classes}
      data-id=${event.id}
      tabindex=${tabStop === event.id ? 0 : -1}
      aria-pressed=${selected === event.id ? 'true' : 'false'}
      aria-label=${words.name}
      title=${mark.labelShortened ? words.titleWithDate : words.when}
      ${ownedStyle(
        `inset-inline-start:${fromOrigin(left, origin)}px;top:${mark.lane * laneHeight}px;width:${right - left}px;height:${laneHeight}px`,
      )}
    >
      <span
        part="event-mark"
        class="mark"
        ${ownedStyle(`inset-inline-start:${mark.left - left}px;--_mark-width:${mark.width}px`)}
      ></span>
      <span
        class="text"
        ${ownedStyle(`inset-inline-start:${mark.labelLeft - left}px;max-width:${mark.labelMaxWidth}px`)}
      >
        ${
          tail
            ? html`<span part="event-label" class="keep-tail"
                >${glyph}<span class="head">${event.title.slice(0, tail.index)}</span>
                <span>${tail[0].trim()}</span></span
              >`
            : html`<span part="event-label"
                >${glyph}${words.glyph ? mark.label.slice(words.glyph.length).trimStart() : mark.label}</span
              >`
        }
        ${
          // Under a label that neighbours crowd, no date line (it stays in the name and tooltip).
          showDate && (!mark.labelShortened || mark.labelLeft + mark.labelMaxWidth > width - 1)
            ? html`<span class="when" data-when=${words.when}></span>`
            : nothing
        }
      </span>
    </button>
  </li>`;
}
