/**
 * `exportImage()`, as the main file holds it: the options' shape, what the element hands over,
 * and the element's own layout (its view) and wording that the picture is drawn with.
 * The work is in `picture.ts`, a chunk fetched the first time a page asks for a picture; it
 * gets those from here, so it imports nothing from the main file.
 */
import type { ReactiveControllerHost } from 'lit';
import { asOfTime } from '../layout/view.js';
import { formatDay } from '../format/dates.js';
import { ViewController } from '../controllers/view-controller.js';
import type { EventWording } from '../format/event-texts.js';
import type { LoadController } from '../controllers/load-controller.js';
import type { StoryController } from '../controllers/story-controller.js';
import type { LanguageController } from '../controllers/language-controller.js';
import type { TimesController } from '../controllers/times-controller.js';

export interface ExportOptions {
  /** `image/svg+xml` (the default) or `image/png`. */
  type?: string;
  /** The picture's width in CSS pixels (above 0, at most 10,000); the element's own by default. */
  width?: number;
  /** Device pixels per CSS pixel of a PNG (above 0, at most 4); 1 by default. */
  pixelRatio?: number;
  /** `light`, `dark`, or `auto` (the default): the page's colour scheme. */
  theme?: 'light' | 'dark' | 'auto';
}

/** What the element hands over: itself and the collaborators that know the story. */
export interface ExportSource {
  host: ReactiveControllerHost &
    HTMLElement & {
      hasUpdated: boolean;
      label: string;
      asOf: string;
      asOfLabel: string;
      updateComplete: Promise<boolean>;
    };
  loader: LoadController;
  stories: StoryController;
  language: LanguageController;
  times: TimesController;
  /** Each event's words (its date) in the element's language and zone. */
  wording: EventWording;
}

/** The picture lays the story out with a view of its own: the element's layout, at its width. */
const kit = { ViewController, asOfTime, formatDay };

export type ExportKit = typeof kit;

export function exportImage(options: ExportOptions | undefined, source: ExportSource): Promise<Blob> {
  return import('./picture.js').then(({ makePicture }) => makePicture(options, source, kit));
}
