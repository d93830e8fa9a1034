/**
 * Times of day: the zone in force, from the element's `time-zone`, and the axis's hour and
 * minute ticks. UTC is built in; the code for other zones, for reading times of day and for
 * the finer ticks is a chunk of its own (`src/times.ts`), loaded when the zone is not UTC
 * or the data has times of day. The first render waits for it when the zone asked for is
 * not UTC, so times are never shown in the wrong zone; data with times is read once it is
 * here. The last zone asked for wins.
 */
import type { ReactiveControllerHost } from 'lit';
import { UTC_ZONE, type Zone } from '../model/zone.js';
import type { FineTicks } from '../layout/ticks.js';
import type { TimeZones } from '../format/dates.js';

type TimesModule = typeof import('../times.js');

let loaded: TimesModule | undefined;
let loading: Promise<TimesModule> | undefined;

export interface TimesRequest {
  /** The zone asked for (an IANA name), if any. */
  name(): string;
  /** The story (or the view's dates) has times of day. */
  hasTimes(): boolean;
  /** The zone in force changed, or the code to read times arrived. */
  changed(zone: Zone): void;
}

export class TimesController {
  zone: Zone = UTC_ZONE;
  /** The hour and minute ticks in the zone, once their code is here. */
  fine: FineTicks | undefined;
  /** The code on its way, if any. */
  pending: Promise<void> | undefined;
  private asked = 'UTC';
  /** The zone asked for when the code could not be had: not asked again until another is. */
  private failed: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly request: TimesRequest,
  ) {}

  /** Works out the zone again; the code, when needed and not here yet, is loaded, then used. */
  resolve(): void {
    const name = this.request.name().trim() || 'UTC';
    if (loaded) {
      this.asked = name;
      this.use(loaded.zoneNamed(name), loaded);
      return;
    }
    if (name === 'UTC' && !this.request.hasTimes()) {
      this.asked = name;
      this.use(UTC_ZONE);
      return;
    }
    if (name === this.asked && (this.pending || this.failed === name)) return;
    this.asked = name;
    this.failed = undefined;
    loading ??= import('../times.js');
    this.pending = loading.then(
      (module) => {
        loaded = module;
        if (this.asked === name) this.resolve();
      },
      () => {
        // Offline or blocked: times stay in UTC and day ticks; another zone tries again.
        loading = undefined;
        this.pending = undefined;
        this.failed = name;
      },
    );
  }

  /** Where times are shown (UTC for an unknown zone); the reader's own is asked when a time is worded. */
  get zones(): TimeZones {
    return { zone: this.zone.name };
  }

  private use(zone: Zone, module?: TimesModule): void {
    const same = zone.name === this.zone.name && zone.unknown === this.zone.unknown;
    if (same && (this.fine || !module)) return;
    this.zone = zone;
    this.fine = module?.fineTicks(zone);
    this.host.requestUpdate();
    this.request.changed(zone);
  }
}
