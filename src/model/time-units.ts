/** One day in milliseconds: the unit of the UTC time line's day arithmetic (no leap seconds). */
export const DAY_MS = 86_400_000;
