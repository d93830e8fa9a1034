// What vue-tsc checks a template's <story-timeline … /> against, once the package's Vue
// typings are in: GlobalComponents['story-timeline'], its $props and $emit.
import type { GlobalComponents } from 'vue';
import type {} from 'story-timeline/vue';
import type { StoryTimeline } from 'story-timeline';

type Component = GlobalComponents['story-timeline'];
type Props = InstanceType<Component>['$props'];
type Emit = InstanceType<Component>['$emit'];

// <story-timeline :data.prop="story" lang="en" as-of="2023-05-03" :timeout="5000" class="wide" />
export const props: Props = {
  data: { events: [{ date: '2023-05-03', title: 'Nikkei reports the plan' }] },
  lang: 'en',
  'as-of': '2023-05-03',
  wheel: 'free',
  timeout: 5000,
  'no-title': true,
  class: 'wide',
};
// @ts-expect-error timeout is a number
export const badTimeout: Props = { timeout: '5000' };
// @ts-expect-error wheel is ctrl or free
export const badWheel: Props = { wheel: 'always' };

// @story-select="(event) => …": the listener gets the CustomEvent with its detail.
export function listen(emit: Emit, element: InstanceType<Component>): StoryTimeline {
  emit('story-select', new CustomEvent('story-select', { detail: { id: null, event: null } }));
  // @ts-expect-error a range's detail has start and end
  emit('story-rangechange', new CustomEvent('story-rangechange', { detail: { id: 'x' } }));
  return element;
}
