import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { eventsOutside, type OutsideEvents } from '../src/layout/view.js';
import { normalizeStory } from '../src/model/normalize.js';
import type { TimelineEvent } from '../src/model/types.js';
import { generateEvents } from '../demo/generated.js';

/** The edge cues' figures by looking at every event: what the index must agree with. */
function scan(events: readonly TimelineEvent[], [start, end]: readonly [number, number]): OutsideEvents {
  const outside: OutsideEvents = { earlier: 0, later: 0 };
  for (const event of events) {
    const { date } = event;
    if (date.end <= start) {
      outside.earlier++;
      if (!outside.nearestEarlier || date.end > outside.nearestEarlier.date.end) outside.nearestEarlier = event;
    } else if (date.start >= end) {
      outside.later++;
      outside.nearestLater ??= event;
    }
  }
  return outside;
}

const ids = ({ earlier, later, nearestEarlier, nearestLater }: OutsideEvents) => ({
  earlier,
  later,
  nearestEarlier: nearestEarlier?.id,
  nearestLater: nearestLater?.id,
});

describe('eventsOutside (the edge cues: events before and after the window)', () => {
  const events = normalizeStory(generateEvents(600, 7)).events;
  const first = events[0]!.date.start;
  const last = Math.max(...events.map(({ date }) => date.end));

  it('counts and finds the nearest on each side as a look at every event does, for any window', () => {
    fc.assert(
      fc.property(
        fc.double({ min: first - 1e11, max: last + 1e11, noNaN: true }),
        fc.double({ min: 1, max: 3e12, noNaN: true }),
        (start, span) => {
          const window = [start, start + span] as const;
          expect(ids(eventsOutside(events, window))).to.deep.equal(ids(scan(events, window)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees on windows whose edges fall on events’ own starts and ends (ties)', () => {
    for (const { date } of events.slice(0, 200)) {
      for (const window of [
        [date.end, date.end + 86_400_000],
        [date.start - 86_400_000, date.start],
        [date.start, date.end],
      ] as const) {
        expect(ids(eventsOutside(events, window))).to.deep.equal(ids(scan(events, window)));
      }
    }
  });

  it('finds nothing outside when there are no events', () => {
    expect(eventsOutside([], [0, 1])).to.deep.equal({ earlier: 0, later: 0 });
  });
});
