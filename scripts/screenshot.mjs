// Takes a screenshot of a URL in headless Chromium: node scripts/screenshot.mjs URL OUT.png [WIDTH] [HEIGHT]
// With HEIGHT, only that much of the page; without, the full page. FORCED_COLORS=1 emulates Windows
// High Contrast; COLOR_SCHEME=dark a dark colour scheme.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from './find-browser.mjs';

const [url, out, width = '1200', height] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [WIDTH] [HEIGHT]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height ?? 900) } });
  await page.emulateMedia({
    forcedColors: process.env.FORCED_COLORS ? 'active' : 'none',
    colorScheme: process.env.COLOR_SCHEME === 'dark' ? 'dark' : 'light',
  });
  page.on('console', (message) => console.log(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: out, fullPage: height === undefined });
} finally {
  await browser.close();
}
