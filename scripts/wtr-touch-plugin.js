// A web-test-runner command that sends real touch input through the Chrome DevTools
// Protocol, so that touch-action, page scrolling and pinch behave as on a phone.
// Tests call it with executeServerCommand('touch', { steps: [Input.dispatchTouchEvent params…] });
// a step may also be `{ wait: ms }`, or `{ until: 'expression' }`, which holds the fingers where
// they are until the expression is true in the page (within 5 s).
export function touchPlugin() {
  return {
    name: 'touch-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
        for (const step of payload.steps) {
          if (step.wait) await new Promise((resolve) => setTimeout(resolve, step.wait));
          else if (step.until) await page.waitForFunction(step.until, undefined, { timeout: 5000 });
          else await cdp.send('Input.dispatchTouchEvent', step);
        }
      } finally {
        await cdp.detach();
      }
      return true;
    },
  };
}
