/**
 * The story: where it comes from (`LoadController`), what it says once read (`StoryController`),
 * the time zone its times are shown in (`TimesController`), the language of its words
 * (`LanguageController`) and each event's wording (`EventWording`).
 */
import { EventWording } from '../format/event-texts.js';
import { emit } from '../story-events.js';
import { TimesController } from './times-controller.js';
import { StoryController } from './story-controller.js';
import { LoadController, type LoadHost } from './load-controller.js';
import { LanguageController, inheritedLang } from './language-controller.js';

/** The element's attributes the story reads. */
export interface StoryHost extends LoadHost {
  timeZone: string;
  start: string;
  end: string;
  asOf: string;
}

/** What the story asks of the element, and tells it. */
export interface StoryLinks {
  /** The `lang` and `dir` attributes, when set. */
  lang(): string | null;
  dir(): string | null;
  /** The plot has a width: the story can be laid out. */
  drawn(): boolean;
  /** A new story was read (or the same one again, in a new zone): caches go, a deep link is followed. */
  storyRead(): void;
  /** Then, its language in force, the story is shown. */
  showStory(): void;
}

export class Story {
  readonly times: TimesController;
  readonly stories: StoryController;
  readonly loader: LoadController;
  readonly language: LanguageController;
  readonly wording = new EventWording();

  constructor(host: StoryHost, links: StoryLinks) {
    this.times = new TimesController(host, {
      name: () => host.timeZone || 'UTC',
      hasTimes: () => this.stories.timed || /T\d/.test(host.start + host.end + host.asOf),
      changed: () => this.stories.reread(),
    });
    this.stories = new StoryController(host, this.times, {
      drawn: links.drawn,
      changed: () => {
        links.storyRead();
        this.wording.clear();
        this.language.resolve();
        links.showStory();
      },
    });
    this.loader = new LoadController(host, {
      strings: () => this.language.strings,
      onDocument: (input, reading) => this.stories.read(input, reading),
      onError: (message, cause) => emit(host, 'story-error', { message, cause }),
    });
    this.language = new LanguageController(host, {
      lang: () => links.lang() || inheritedLang(host) || this.stories.story.lang,
      dir: links.dir,
      changed: () => this.wording.setLanguage(this.language.lang, this.language.strings),
    });
  }
}
