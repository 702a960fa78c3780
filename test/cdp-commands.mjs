// A test-runner command that needs the Chrome DevTools Protocol: the heap size after garbage
// collection, for the lifecycle leak test.
export function cdpCommands() {
  return {
    name: 'cdp-commands',
    async executeCommand({ command, session }) {
      if (command !== 'heap-usage') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return usedSize;
      } finally {
        await cdp.detach();
      }
    },
  };
}
