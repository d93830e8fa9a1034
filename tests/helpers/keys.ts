import { oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/**
 * Presses a key and waits for the view change it makes. The listener is added before the key
 * is sent: on a busy machine the key's round trip through the test server can last longer
 * than the short animation that ends with the event.
 */
export async function pressAndWait(element: HTMLElement, key: string): Promise<void> {
  const changed = oneEvent(element, 'story-rangechange');
  await sendKeys({ press: key });
  await changed;
}
