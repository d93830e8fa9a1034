/**
 * A deterministic, news-like set of events for the demo's "larger example" and
 * for benchmarks. Pure: the same `count` and `seed` always give the same events,
 * with no clock, no randomness from the platform and no I/O.
 *
 * The events cluster in bursts around a handful of dates (as a running story
 * does), with about a quarter of them durations, mostly day precision, some
 * months, a few years and one-of sets, some approximate/uncertain dates, and
 * mixed statuses, spread over 1950–2025.
 */
import type { EventStatus, StoryEvent } from '../src/model/types.js';

/** mulberry32: a tiny 32-bit seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(1950, 0, 1) / DAY;
const LAST_DAY = Date.UTC(2025, 11, 31) / DAY;

const SUBJECTS = [
  'Talks',
  'Ministers',
  'Parliament',
  'Court',
  'Envoys',
  'Central bank',
  'Summit',
  'Unions',
  'Inquiry',
  'Delegation',
  'Regulators',
  'Council',
] as const;

const PREDICATES = [
  'resume in the capital',
  'announce a new plan',
  'reject the proposal',
  'meet behind closed doors',
  'publish a report',
  'sign an agreement',
  'call for a vote',
  'open an office abroad',
  'delay the decision',
  'confirm the timetable',
  'release a statement',
  'hold a press conference',
] as const;

const DESCRIPTIONS = [
  'Details remain scarce; officials have not commented.',
  'The move follows weeks of negotiations.',
  'Several outlets reported the news at the same time.',
  'Observers expect further announcements.',
  'The date was given by a spokesperson.',
] as const;

const SOURCES = ['Wire service', 'Morning Herald', 'Evening Post', 'Agency report'] as const;

const TAGS = ['politics', 'economy', 'diplomacy', 'justice', 'defence'] as const;

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Whole UTC day number (days since 1970-01-01) → `YYYY-MM-DD`. */
function dayText(day: number): string {
  const d = new Date(day * DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function monthText(day: number): string {
  const d = new Date(day * DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}`;
}

function yearText(day: number): string {
  return pad(new Date(day * DAY).getUTCFullYear(), 4);
}

function clampDay(day: number): number {
  return Math.min(LAST_DAY, Math.max(FIRST_DAY, Math.round(day)));
}

/** An approximately normal value (mean 0, sd ≈ 1) from three uniforms. */
function gaussish(rand: () => number): number {
  return (rand() + rand() + rand() - 1.5) * 2;
}

/** Sometimes add `~` (approximate), `?` (uncertain) or, rarely, `%` (both). */
function qualifier(rand: () => number): string {
  const r = rand();
  if (r < 0.06) return '~';
  if (r < 0.1) return '?';
  if (r < 0.115) return '%';
  return '';
}

function statusFor(rand: () => number): EventStatus | undefined {
  const r = rand();
  if (r < 0.45) return undefined; // defaults to confirmed
  if (r < 0.7) return 'confirmed';
  if (r < 0.9) return 'reported';
  return 'planned';
}

/**
 * `count` events, deterministic for a given `seed`. Ids are `gen-1` … `gen-<count>`,
 * titles `Event <n>: …`. The order is the generation order, not sorted by date.
 */
export function generateEvents(count: number, seed = 1): StoryEvent[] {
  const rand = mulberry32(seed);
  const span = LAST_DAY - FIRST_DAY;

  // A handful of bursts: a centre day and a spread (in days) around it.
  const burstCount = 6;
  const bursts: { centre: number; spread: number }[] = [];
  for (let b = 0; b < burstCount; b++) {
    bursts.push({
      centre: FIRST_DAY + Math.floor(rand() * span),
      spread: 10 + Math.floor(rand() * 120),
    });
  }

  const events: StoryEvent[] = [];
  for (let i = 1; i <= Math.max(0, Math.floor(count)); i++) {
    // 65% of events fall in a burst, the rest anywhere in the span.
    let day: number;
    if (rand() < 0.65) {
      const burst = pick(rand, bursts);
      day = clampDay(burst.centre + gaussish(rand) * burst.spread);
    } else {
      day = clampDay(FIRST_DAY + rand() * span);
    }

    let date: string;
    const shape = rand();
    if (shape < 0.25) {
      // A duration of 1–30 days (an interval lasts at least its two days).
      const length = 1 + Math.floor(rand() * 30);
      const start = Math.min(day, LAST_DAY - length);
      date = `${dayText(start)}/${dayText(start + length)}`;
    } else if (shape < 0.3) {
      // A one-of set of days: it happened somewhere in these 2–20 days.
      const length = 2 + Math.floor(rand() * 19);
      const start = Math.min(day, LAST_DAY - length);
      date = `[${dayText(start)}..${dayText(start + length)}]`;
    } else if (shape < 0.42) {
      date = monthText(day) + qualifier(rand);
    } else if (shape < 0.46) {
      date = yearText(day) + qualifier(rand);
    } else {
      date = dayText(day) + qualifier(rand);
    }

    const event: StoryEvent = {
      id: `gen-${i}`,
      date,
      title: `Event ${i}: ${pick(rand, SUBJECTS)} ${pick(rand, PREDICATES)}`,
    };
    const status = statusFor(rand);
    if (status) event.status = status;
    if (rand() < 0.5) event.description = pick(rand, DESCRIPTIONS);
    if (rand() < 0.4) event.source = { name: pick(rand, SOURCES) };
    if (rand() < 0.3) event.tags = [pick(rand, TAGS)];
    events.push(event);
  }
  return events;
}
