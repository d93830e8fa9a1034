/**
 * The reader: how a person reads the story and is told what happens. The keyboard
 * (`KeyboardController`), the selection (`SelectionController`), the deep link in the page's
 * URL (`DeepLinkController`), the live region (`Announcer`) and the wheel hint (`HintController`).
 */
import type { ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../model/types.js';
import type { UiStrings } from '../format/strings.js';
import { KeyboardController } from './keyboard-controller.js';
import { SelectionController, type SelectionHost } from './selection-controller.js';
import { DeepLinkController } from './deep-link-controller.js';
import { Announcer } from './announcer.js';
import { HintController } from './hint-controller.js';
import type { Story } from './story.js';
import type { View } from './view.js';

/** The element's attributes the reader's controllers read and write. */
export interface ReaderHost extends SelectionHost, ReactiveControllerHost {
  hash: boolean;
}

export class Reader {
  readonly announcer: Announcer;
  readonly hint: HintController;
  readonly keyboard: KeyboardController;
  readonly deepLinks: DeepLinkController;
  readonly selection: SelectionController;

  constructor(host: ReaderHost, story: Story, view: View) {
    const { stories, language } = story;
    const { orientation, moves } = view;
    this.keyboard = new KeyboardController(host, {
      events: () => stories.events,
      positionOf: (id) => stories.position(id),
      arrangement: () => stories.arrangement,
      zoom: orientation.zoomAction,
      pan: moves.pan,
      byDate: () => orientation.vertical,
      clearSelection: () => this.selection.clear(),
      reveal: (id) => moves.reveal(id, false),
      rtl: () => language.direction === 'rtl',
      button: (id) => host.renderRoot.querySelector(`[part~="event"][data-id="${CSS.escape(id)}"]`),
    });
    this.deepLinks = new DeepLinkController(
      host,
      () => host.hash,
      (id) => stories.has(id) && (host.selected = id),
    );
    this.selection = new SelectionController(host, {
      events: () => stories.events,
      positionOf: (id) => stories.position(id),
      changed: (event) => this.selectionChanged(event, language.strings),
      focused: (id) => (this.keyboard.focusedId = id),
      focus: (id) => void this.keyboard.focusEvent(id),
    });
    this.announcer = new Announcer(host);
    this.hint = new HintController(host);
  }

  /** The page's URL and the live region follow the reader's selection. */
  private selectionChanged(event: TimelineEvent | undefined, t: UiStrings): void {
    this.deepLinks.write(event?.id ?? null);
    this.announcer.announce(event ? t.selected(event.title) : t.selectionCleared);
  }
}
