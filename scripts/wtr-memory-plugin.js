// A web-test-runner command that forces a garbage collection through the Chrome DevTools
// Protocol and reports what is left: JS heap, DOM nodes, event listeners, documents.
// Tests call it with executeServerCommand('memory').
export function memoryPlugin() {
  return {
    name: 'memory-command',
    async executeCommand({ command, session }) {
      if (command !== 'memory') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        // Twice: the first pass can leave objects that only become garbage after it.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        const { nodes, jsEventListeners, documents } = await cdp.send('Memory.getDOMCounters');
        return { heap: usedSize, nodes, listeners: jsEventListeners, documents };
      } finally {
        await cdp.detach();
      }
    },
  };
}
