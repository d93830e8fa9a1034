/**
 * What data with times of day, or a zone other than UTC, needs beyond the main file: the
 * time-zone arithmetic and the hour and minute ticks. One chunk, loaded on demand by the
 * times controller.
 */
export { zoneNamed } from './model/time-zone.js';
export { fineTicks } from './layout/time-ticks.js';
