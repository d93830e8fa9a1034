/** @jsxImportSource preact */
// A Preact app's TSX with the package's Preact typings.
import { useRef } from 'preact/hooks';
import type {} from 'story-timeline/preact';
import type { StoryData, StoryTimeline } from 'story-timeline';

const story: StoryData = { events: [{ date: '2023-05-03', title: 'Nikkei reports the plan' }] };

export function Timeline({ onSelect }: { onSelect: (id: string | null) => void }) {
  const ref = useRef<StoryTimeline>(null);
  return (
    <div>
      <story-timeline
        ref={ref}
        data={story}
        lang="fr"
        as-of="2023-05-03"
        wheel="ctrl"
        timeout={5000}
        hash={false}
        class="wide"
        onstory-select={(event) => onSelect(event.detail.id)}
        onstory-rangechange={(event) => event.detail.end.getTime()}
      />
      {/* @ts-expect-error timeout is a number */}
      <story-timeline timeout="5000" />
      {/* @ts-expect-error events is an array of events */}
      <story-timeline events={story} />
      {/* @ts-expect-error an error's detail has no id */}
      <story-timeline onstory-error={(event) => event.detail.id} />
    </div>
  );
}
