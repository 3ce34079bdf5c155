// Takes screenshots of the built app for a person to look at: npx tsx scripts/screenshot.ts [path] [width] [height] [out]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../playwright.config';

const [path = '/', width = '1366', height = '768', out = 'screenshots/page.png', full = 'full'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, locale: 'vi-VN' });
page.on('pageerror', (e) => console.error('pageerror', e.message));
await page.goto(`http://127.0.0.1:4173${path}`);
await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: full === 'full' });
console.log('wrote', out, 'scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth));
await browser.close();
