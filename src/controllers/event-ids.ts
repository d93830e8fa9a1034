/** Which event a DOM event came from: shared by the keyboard and the pointer (selection). */

/** The id of the event whose button `target` is in, if any (one listener serves every event). */
export function eventIdAt(target: EventTarget | null): string | undefined {
  return (target as Element | null)?.closest?.('[part~="event"]')?.getAttribute('data-id') ?? undefined;
}
