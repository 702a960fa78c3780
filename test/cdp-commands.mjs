// Test-runner commands that need the Chrome DevTools Protocol: the heap size after garbage collection, for
// the lifecycle leak test, or a garbage collection alone (a WeakRef to a removed element is then cleared);
// the page's accessibility tree as Chromium gives it to screen readers; a finger on a touch screen; the
// browser's font size (Chrome's Settings → Font size); one element's role, name and description as Chromium
// computes them (the element the page put in `window.accessibleNodeTarget`).
export function cdpCommands() {
  return {
    name: 'cdp-commands',
    async executeCommand({ command, payload, session }) {
      if (
        !['heap-usage', 'collect-garbage', 'accessibility-tree', 'accessible-node', 'touch', 'font-sizes'].includes(
          command,
        )
      )
        return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        if (command === 'touch') {
          // `points` in CSS px of the viewport: down on the first, moved through the others, lifted. The page
          // keeps a touch screen from then on; the browser makes a tap of a touch that does not move, with
          // the mouse events a tap sends, and scrolls the page for one that does.
          await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
          const [[x, y], ...moves] = payload.points;
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
          for (const [moveX, moveY] of moves)
            await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: moveX, y: moveY }] });
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
          return true;
        }
        if (command === 'font-sizes') {
          // The default font size, in px, as a reader sets it in the browser's settings (16 by default).
          await cdp.send('Page.setFontSizes', { fontSizes: { standard: payload.standard, fixed: 13 } });
          return true;
        }
        if (command === 'accessible-node') {
          const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.accessibleNodeTarget' });
          if (!result.objectId) throw new Error('accessible-node: window.accessibleNodeTarget is not an element');
          const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
            objectId: result.objectId,
            fetchRelatives: false,
          });
          const [node] = nodes;
          return {
            role: node?.role?.value ?? '',
            name: node?.name?.value ?? '',
            description: node?.description?.value ?? '',
            ignored: node?.ignored ?? true,
          };
        }
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
        if (command === 'collect-garbage') return true;
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return usedSize;
      } finally {
        await cdp.detach();
      }
    },
  };
}
