/**
 * Dispatches a wheel on `target` as a reader's would reach it (bubbling, composed, cancelable),
 * at `x` px across and `y` px down from its box's corner (its middle when not given). `Wheel`
 * is another window's WheelEvent for a target inside a frame: the element tells wheels apart
 * with `instanceof`. Returns false when the element took the wheel (the page does not scroll).
 */
export function wheelOn(
  target: Element,
  init: WheelEventInit & { x?: number; y?: number } = {},
  Wheel: typeof WheelEvent = WheelEvent,
): boolean {
  const box = target.getBoundingClientRect();
  const { x = box.width / 2, y = box.height / 2, ...rest } = init;
  return target.dispatchEvent(
    new Wheel('wheel', {
      clientX: box.left + x,
      clientY: box.top + y,
      bubbles: true,
      cancelable: true,
      composed: true,
      ...rest,
    }),
  );
}
