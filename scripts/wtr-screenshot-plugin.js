// A web-test-runner command that returns a PNG of the test page's viewport, as the engine
// painted it, so a test can read the pixels a reader sees (contrast, shapes). It works in
// every engine we run: Playwright (Chromium), Puppeteer over WebDriver BiDi (Firefox) and
// classic WebDriver (WebKit). Tests call it with executeServerCommand('screenshot') and get
// the PNG as base64.
export function screenshotPlugin() {
  return {
    name: 'screenshot-command',
    async executeCommand({ command, session }) {
      if (command !== 'screenshot') return undefined;
      const launcher = session.browser;
      if (launcher.type === 'webdriver') return launcher.driver.takeScreenshot();
      const page = launcher.getPage(session.id);
      if (launcher.type === 'playwright') return (await page.screenshot({ type: 'png' })).toString('base64');
      return page.screenshot({ type: 'png', encoding: 'base64' });
    },
  };
}
