// A React 19 app's TSX with the package's React typings.
import { useRef } from 'react';
import type {} from 'story-timeline/react';
import type { StoryData, StoryTimeline } from 'story-timeline';

const story: StoryData = { title: 'NATO in Tokyo', events: [{ date: '2023-05-03', title: 'Nikkei reports the plan' }] };

export function Timeline({ onSelect }: { onSelect: (id: string | null) => void }) {
  const ref = useRef<StoryTimeline>(null);
  return (
    <>
      <story-timeline
        ref={ref}
        data={story}
        lang="en"
        label="NATO in Tokyo"
        start="2023-01"
        end="2024"
        selected="last"
        as-of="2023-05-03"
        as-of-label="As reported on 3 May 2023"
        wheel="free"
        hash
        timeout={5000}
        no-title
        time-zone="Europe/Paris"
        show-groups="a,b"
        orientation="auto"
        dir="rtl"
        className="wide"
        onstory-select={(event) => onSelect(event.detail.id)}
        onstory-load={(event) => event.detail.count.toFixed()}
        onstory-error={(event) => event.detail.message.toUpperCase()}
        onstory-rangechange={(event) => event.detail.start.getTime()}
      />
      <story-timeline src="story.json" events={story.events} />
      {/* @ts-expect-error timeout is a number */}
      <story-timeline timeout="5000" />
      {/* @ts-expect-error wheel is ctrl or free */}
      <story-timeline wheel="always" />
      {/* @ts-expect-error data is a story document */}
      <story-timeline data="story.json" />
      {/* @ts-expect-error a selection's detail has no count */}
      <story-timeline onstory-select={(event) => event.detail.count} />
      {/* @ts-expect-error no such attribute */}
      <story-timeline zoom="2" />
    </>
  );
}
