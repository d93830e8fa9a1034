/**
 * The per-frame loops of `layoutEvents` over the marks near the view: their pixel extents,
 * their left-edge order with where labels start, and the split into drawn marks and
 * clusters. Each takes positional arguments (typed arrays and numbers) rather than an
 * options object on purpose: they run over up to a hundred thousand events per frame, and a
 * loop over plain arguments that returns a number stays optimised by V8 from the first
 * frames of a gesture (see `layoutEvents`). Keep them that way.
 */
import { PIXEL_STEPS } from './counting-sort.js';
import { INSTANT, OPEN_END, OPEN_START } from './time-index.js';

/**
 * Kernel: pixel extents of the candidate events `near[0..total)`, keeping those that reach
 * into the view (their extents and positions go to `lefts`, `rights`, `positions`). Returns
 * how many were kept.
 */
export function keepNear(
  starts: Float64Array,
  ends: Float64Array,
  shapes: Uint8Array,
  near: Int32Array,
  total: number,
  slope: number,
  offset: number,
  width: number,
  cullMargin: number,
  openEndLength: number,
  dotSize: number,
  lefts: Float64Array,
  rights: Float64Array,
  positions: Int32Array,
): number {
  let count = 0;
  for (let i = 0; i < total; i++) {
    const position = near[i]!;
    const shape = shapes[position]!;
    let left: number;
    let right: number;
    if (shape & INSTANT) {
      const centre = slope * ((starts[position]! + ends[position]!) / 2) + offset;
      left = centre - dotSize / 2;
      right = centre + dotSize / 2;
    } else {
      left = slope * starts[position]! + offset;
      right = slope * ends[position]! + offset;
      if (shape & OPEN_START) left = right - Math.max(openEndLength, right - left);
      if (shape & OPEN_END) right = left + Math.max(openEndLength, right - left);
      // A duration or window narrower than a dot is drawn as wide as a dot, centred (the CSS
      // does the same): laid out at that width, it keeps its place in date order and its room.
      if (right - left < dotSize) {
        const centre = (left + right) / 2;
        left = centre - dotSize / 2;
        right = centre + dotSize / 2;
      }
    }
    if (right < -cullMargin || left > width + cullMargin) continue;
    // On a grid of 1/16 px (nobody sees less), so that ordering by left edge is a counting sort.
    lefts[count] = Math.round(left * PIXEL_STEPS) / PIXEL_STEPS;
    rights[count] = Math.round(right * PIXEL_STEPS) / PIXEL_STEPS;
    positions[count] = position;
    count++;
  }
  return count;
}

/**
 * Kernel: the kept marks in left-edge order (`order`), with where each label starts, and the
 * items whose events held a lane in the last frame (`heldLane`) listed in `keepItem` and
 * `keepLane`. Returns how many held one.
 */
export function inLeftOrder(
  order: Int32Array,
  count: number,
  lefts: Float64Array,
  rights: Float64Array,
  positions: Int32Array,
  floor: number,
  minLabelWidth: number,
  heldLane: Int8Array,
  markLeft: Float64Array,
  markRight: Float64Array,
  packLeft: Float64Array,
  labelLeft: Float64Array,
  eventAt: Int32Array,
  keepItem: Int32Array,
  keepLane: Int32Array,
): number {
  let keepCount = 0;
  for (let i = 0; i < count; i++) {
    const from = order[i]!;
    const left = lefts[from]!;
    const right = rights[from]!;
    const position = positions[from]!;
    markLeft[i] = left;
    markRight[i] = right;
    packLeft[i] = Math.max(floor, left);
    eventAt[i] = position;
    // A label starts at its mark. A mark that begins off the left edge keeps its label on
    // screen (stuck to the edge) while at least a short label still reaches the mark.
    labelLeft[i] = left >= 0 ? left : Math.min(0, Math.max(left, right - minLabelWidth));
    const lane = heldLane[position]!;
    if (lane >= 0) {
      keepItem[keepCount] = i;
      keepLane[keepCount] = lane;
      keepCount++;
    }
  }
  return keepCount;
}

/**
 * Kernel: lists the placed items in `drawn` (returns how many) and counts the others per
 * column of the view, so that a cluster says where they are; the columns tile the view
 * exactly, so badges never overlap.
 */
export function splitPlaced(
  starts: Float64Array,
  ends: Float64Array,
  markLeft: Float64Array,
  markRight: Float64Array,
  eventAt: Int32Array,
  lane: Int32Array,
  count: number,
  columns: number,
  columnWidth: number,
  columnCount: Int32Array,
  columnStart: Float64Array,
  columnEnd: Float64Array,
  drawn: Int32Array,
): number {
  let drawnCount = 0;
  for (let i = 0; i < count; i++) {
    if (lane[i]! >= 0) {
      drawn[drawnCount++] = i;
      continue;
    }
    const position = eventAt[i]!;
    const centre = (markLeft[i]! + markRight[i]!) / 2;
    const column = Math.min(columns - 1, Math.max(0, Math.floor(centre / columnWidth)));
    columnCount[column]!++;
    if (starts[position]! < columnStart[column]!) columnStart[column] = starts[position]!;
    if (ends[position]! > columnEnd[column]!) columnEnd[column] = ends[position]!;
  }
  return drawnCount;
}
