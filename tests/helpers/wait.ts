/**
 * open-wc's `waitUntil`, giving a condition 5 s by default instead of 1 s. In CI the three
 * engines share two cores, and a wait that ran out under that load failed tests for the
 * machine's sake, not for what they check. A wait given its own `timeout` keeps it.
 */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

export const DEFAULT_WAIT_MS = 5000;

export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: DEFAULT_WAIT_MS, ...options });
}
