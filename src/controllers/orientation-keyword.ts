/**
 * The `orientation` attribute as read, and whether the vertical reading's code is wanted as
 * soon as the element connects. It imports nothing: the early request (data/early-request.ts),
 * evaluated before the rest of the script, asks the same question the element does.
 */
export type Orientation = 'horizontal' | 'vertical' | 'auto';

/** `auto` is vertical below this width, in ems of the element's font. */
export const NARROW_EM = 30;

/** The attribute's value in force: an unknown one reads as the default. */
export function orientationOf(value: string | null | undefined): Orientation {
  const keyword = String(value ?? '').toLowerCase();
  return (/^(vertical|auto)$/.test(keyword) ? keyword : 'horizontal') as Orientation;
}

/** Vertical, or `auto` in a window narrower than the threshold (at the usual 16 px font): no wide element fits. */
export function wantsVerticalCode(orientation: Orientation): boolean {
  return orientation === 'vertical' || (orientation === 'auto' && innerWidth < NARROW_EM * 16);
}
