/**
 * The extras chunk (`parts/extras.ts`), fetched the first time a frame needs one of its parts:
 * a story with eras or groups, a failed load, a story with nothing to draw, or the wheel hint.
 * A first story with none of them never fetches it. The first whole frame waits for it, unseen,
 * when it draws one of them (but the hint), as it waits for the card of the event it opens on;
 * a later frame does not hide (nor lose the focus in it): the parts appear when their code does.
 * `story-load` waits for them either way.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadExtras, type Extras } from '../parts/load-extras.js';
import { OnDemand } from './on-demand.js';
import type { Story } from './story.js';
import type { HintController } from './hint-controller.js';

export class ExtrasController implements ReactiveController {
  private code: OnDemand<Extras> | undefined;
  /** The frame draws eras or groups. */
  private layout = false;
  /** The frame shows the error or the empty story's message. */
  private message = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly story: Pick<Story, 'stories' | 'loader'>,
    private readonly hint: Pick<HintController, 'shown' | 'partSettled'>,
  ) {
    host.addController(this);
  }

  /** Before each render: what the frame draws, and the chunk asked for when it needs it. */
  hostUpdate(): void {
    const { stories, loader } = this.story;
    const { story } = stories;
    this.layout = !!story.eras?.length || stories.arrangement.grouped;
    this.message = loader.state.phase === 'error' || (!story.events.length && story.problems.length > 0);
    if (this.layout || this.message || this.hint.shown) {
      this.code ??= new OnDemand(this.host, loadExtras, 'the eras, groups and messages');
    }
    if (this.code?.settled) this.hint.partSettled();
  }

  /** The parts, once their code is here. */
  get module(): Extras | undefined {
    return this.code?.module;
  }

  /** Resolves once the code is here (or could not be had); none when nothing asked for it. */
  get ready(): Promise<void> | undefined {
    return this.code?.ready;
  }

  /** What the frame draws needs the code, which is still on its way. */
  get missing(): boolean {
    return !!this.code && !this.code.settled && (this.layout || this.message);
  }
}
