// Test-runner commands that need the Chrome DevTools Protocol: the heap size after garbage collection, for
// the lifecycle leak test; the page's accessibility tree as Chromium gives it to screen readers.
export function cdpCommands() {
  return {
    name: 'cdp-commands',
    async executeCommand({ command, session }) {
      if (command !== 'heap-usage' && command !== 'accessibility-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        if (command === 'accessibility-tree') {
          const { nodes } = await cdp.send('Accessibility.getFullAXTree');
          // What a screen reader gets, in document order: the nodes not ignored, with role, name and description.
          return nodes
            .filter((node) => !node.ignored)
            .map((node) => ({
              role: node.role?.value ?? '',
              name: node.name?.value ?? '',
              description: node.description?.value ?? '',
            }));
        }
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return usedSize;
      } finally {
        await cdp.detach();
      }
    },
  };
}
